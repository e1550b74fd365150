"""Local demo accounts: one contributor per demo HUB, one communications
editor and one translator (after the HUBs). Only with DEBUG on: these passwords are
published in the README and must never exist on a real site."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hub_pages.contributors import add_contributor
from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "local4action-demo")
SPANISH_SPEAKING = {"AR", "BO", "CL", "CO", "CR", "EC", "ES", "GT", "MX", "PE", "PY", "UY"}
FRENCH_SPEAKING = {"BE", "BF", "CI", "CM", "FR", "MA", "ML", "SN", "TN"}


def contributor_language(hub):
    code = str(hub.country)
    return "es" if code in SPANISH_SPEAKING else "fr" if code in FRENCH_SPEAKING else "en"


def _with_demo_password(user):
    """Sets the demo password on an account that has none yet; a password
    changed locally is kept. An empty one (left by earlier versions of this
    loader) counts as none: nobody can sign in with it."""
    if not user.password or not user.has_usable_password():
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])


def _demo_user(username, email, first_name, last_name):
    users = get_user_model().objects
    user = users.filter(username=username).first()
    if user is None:
        # create_user without a password stores an unusable one, which the
        # demo password then replaces (a bare create would store "").
        user = users.create_user(username, email=email, first_name=first_name, last_name=last_name)
    return user


def load_demo_accounts(context):
    if not settings.DEBUG:
        context.log("Demo accounts skipped: they are for local development only (DEBUG is off).")
        return
    demo_users = (("comms", COMMUNICATIONS_TEAM, "Comms", "Editor"), ("translator", TRANSLATORS, "Tina", "Translator"))
    for username, group_name, first_name, last_name in demo_users:
        user = _demo_user(username, f"{username}@uclg.example", first_name, last_name)
        user.groups.add(Group.objects.get(name=group_name))
        _with_demo_password(user)
    for slug, pages in context.pages.get("hubs", {}).items():
        hub = pages["en"]
        user, _created = add_contributor(hub, f"{slug}@contributors.example", language=contributor_language(hub))
        _with_demo_password(user)
    context.log(
        f"Demo accounts ready (password “{DEMO_PASSWORD}”): comms, translator, <hub-slug>@contributors.example."
    )
