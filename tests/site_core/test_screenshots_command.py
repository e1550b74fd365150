"""`manage.py screenshots --list`: what the screenshot run photographs (the
browser part is exercised by `make screenshots` itself)."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS
from tests.factories import build_standard_page

pytestmark = pytest.mark.django_db

ABOUT = {code: {"title": f"About {code}", "slug": f"about-{code}"} for code in ("en", "es", "fr")}


def listing(*arguments):
    out = StringIO()
    call_command("screenshots", "--list", *arguments, stdout=out)
    return json.loads(out.getvalue())


def test_lists_one_page_per_type_and_language_then_search_and_not_found(homes, django_user_model):
    about = build_standard_page(homes, ABOUT)
    pages = listing("--languages", "en", "fr")["pages"]
    assert ["en", "homepage", homes["en"].url] in pages
    assert ["fr", "standardpage", about["fr"].url] in pages
    assert ["fr", "search", "/fr/search/?q=HUB"] in pages and ["en", "not-found", "/en/no-such-page/"] in pages
    assert not [page for page in pages if page[0] == "es"]


def test_lists_one_account_per_role(django_user_model):
    for username, group in (("team", COMMUNICATIONS_TEAM), ("words", TRANSLATORS), ("city", "HUB: Bilbao")):
        user = django_user_model.objects.create_user(username)
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    django_user_model.objects.create_superuser("root", password="x")
    assert listing()["accounts"] == [["team", "team"], ["translator", "words"], ["contributor", "city"]]
