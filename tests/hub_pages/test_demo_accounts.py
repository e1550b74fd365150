import re
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from hub_pages.demo_accounts import DEMO_PASSWORD, load_demo_accounts
from hub_pages.models import HubPage
from site_core.demo import DemoContext
from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS
from tests.hub_pages.factories import build_hub, build_hub_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_context(homes):
    indexes = build_hub_index(homes)
    context = DemoContext()
    context.pages["hubs"] = {
        slug: build_hub(indexes, slug, country=country) for slug, country in (("bilbao", "ES"), ("dakar", "SN"))
    }
    return context


def test_one_contributor_per_hub_and_a_communications_editor(settings, demo_context):
    settings.DEBUG = True
    load_demo_accounts(demo_context)
    users = get_user_model().objects
    assert users.get(username="comms").groups.filter(name=COMMUNICATIONS_TEAM).exists()
    assert users.get(username="translator").groups.filter(name=TRANSLATORS).exists()
    for slug, language in (("bilbao", "es"), ("dakar", "fr")):
        user = users.get(email=f"{slug}@contributors.example")
        assert user.check_password(DEMO_PASSWORD)
        assert user.wagtail_userprofile.preferred_language == language
        assert demo_context.pages["hubs"][slug]["en"].permissions_for_user(user).can_edit()
    count = users.count()
    load_demo_accounts(demo_context)
    assert users.count() == count


def test_no_demo_accounts_on_a_real_site(settings, demo_context):
    settings.DEBUG = False
    load_demo_accounts(demo_context)
    assert not get_user_model().objects.exists()


def readme_accounts():
    """(username, password) of every account the README's table names."""
    readme = (Path(django_settings.BASE_DIR) / "README.md").read_text()
    return re.findall(r"user `([^`]+)`, password `([^`]+)`", readme)


def test_every_account_the_readme_names_signs_in_through_the_admin_login_form(settings):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=StringIO())
    call_command("ensure_local_admin", stdout=StringIO())
    accounts = readme_accounts()
    assert {"admin", "comms", "translator", "bilbao-city-of-values@contributors.example"} <= {
        name for name, _pw in accounts
    }
    hubs = {hub.slug: hub for hub in HubPage.objects.filter(locale__language_code="en")}
    accounts += [(f"{slug}@contributors.example", DEMO_PASSWORD) for slug in hubs]
    for username, password in accounts:
        client = Client()
        response = client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
        assert response.status_code == 302, f"{username} cannot sign in"
        dashboard = client.get("/admin/")
        assert dashboard.status_code == 200, f"{username} cannot open the admin"
        page = BeautifulSoup(dashboard.content, "html.parser")
        panels = {section["id"].removesuffix("-section") for section in page.select("section.w-panel--dashboard")}
        if username.endswith("@contributors.example"):
            assert panels == {"your_hub", "hub_drafts", "hub_in_review"}, username
            assert hubs[username.split("@")[0]].title in page.select_one("#your_hub-section").get_text()
            assert not page.select(".w-summary"), username
        elif username == "translator":
            assert "translations_to_do" in panels and "proposals_waiting" not in panels
        else:
            assert {"proposals_waiting", "pages_in_review", "translations_to_do"} <= panels, username
