"""The demo HUB directory: complete in all three languages, idempotent,
within the rule that real governments get no invented figures; and every
account the README names signs in. The whole demo is loaded once for this
module (`demo_site`)."""

import re
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from hub_pages.choices import HubStatus
from hub_pages.demo_accounts import DEMO_PASSWORD
from hub_pages.models import HubIndexPage, HubPage
from site_core.demo.fixtures import read_fixture
from site_core.models import PartnerOrganisation, Theme

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr")
DOCUMENTED_HUBS = [page["text"]["en"] for page in read_fixture("hub_pages", "hubs_documented.json")["pages"]]


def test_demo_hub_directory_is_complete_in_three_languages_and_idempotent(demo_site, client):
    check_hub_counts_regions_and_statuses()
    check_hubs_are_linked_translations_with_synced_relations()
    check_results_milestones_partners_and_connections()
    check_real_governments_get_no_invented_figures()
    check_taxonomy_snippets()
    check_pages_render(client)
    check_illustrative_hubs_have_a_shared_public_contact(client)
    counts = (HubPage.objects.count(), Theme.objects.count(), PartnerOrganisation.objects.count())
    call_command("load_demo_content")
    assert (HubPage.objects.count(), Theme.objects.count(), PartnerOrganisation.objects.count()) == counts


def check_hub_counts_regions_and_statuses():
    for code in LANGUAGES:
        hubs = HubPage.objects.live().filter(locale__language_code=code)
        assert hubs.count() >= 8
        assert len(set(hubs.values_list("region", flat=True))) >= 5
        assert set(hubs.values_list("status", flat=True)) == set(HubStatus.values)


def check_hubs_are_linked_translations_with_synced_relations():
    for english in HubPage.objects.filter(locale__language_code="en"):
        translations = {page.locale.language_code: page for page in english.get_translations().specific()}
        assert set(translations) == {"es", "fr"}
        for page in translations.values():
            assert page.title != english.title or "Venice" in page.title
            assert page.hero_image_id and page.hero_image_alt and page.hero_image_alt != english.hero_image_alt
            assert set(page.sdgs.values_list("number", flat=True)) == set(english.sdgs.values_list("number", flat=True))
            assert page.themes.count() == english.themes.count()
            assert page.partners.count() == english.partners.count()
            assert page.connected_hubs.count() == english.connected_hubs.count()
            assert (page.start_date, page.end_date, page.status, page.country) == (
                english.start_date,
                english.end_date,
                english.status,
                english.country,
            )


def check_results_milestones_partners_and_connections():
    hubs = HubPage.objects.filter(locale__language_code="en")
    assert sum(len(hub.expected_results) for hub in hubs) >= 6
    assert sum(len(hub.roadmap) for hub in hubs) >= 10
    assert sum(hub.partners.count() for hub in hubs) >= 8
    assert sum(hub.connected_hubs.count() for hub in hubs) >= 6


def check_real_governments_get_no_invented_figures():
    for spec in DOCUMENTED_HUBS:
        hub = HubPage.objects.get(slug=spec["slug"], locale__language_code="en")
        assert len(hub.expected_results) == 0
        assert not hub.title.startswith("Illustrative")
    for hub in HubPage.objects.filter(locale__language_code="en"):
        if len(hub.expected_results):
            assert hub.title.startswith("Illustrative example")
            assert hub.lead_government.startswith("Illustrative")


def check_taxonomy_snippets():
    for code in LANGUAGES:
        assert Theme.objects.filter(locale__language_code=code).count() >= 12
        assert PartnerOrganisation.objects.filter(locale__language_code=code).count() >= 9
    assert Theme.objects.get(slug="housing", locale__language_code="fr").name == "L'avenir du logement"


def check_pages_render(client):
    for page in list(HubPage.objects.live()) + list(HubIndexPage.objects.live()):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'lang="{page.locale.language_code}"' in html
        assert page.title.replace("'", "&#x27;") in html
    translation.activate("en")


def check_illustrative_hubs_have_a_shared_public_contact(client):
    """A team and its organisation's address, the same in every language; never a person."""
    for hub in read_fixture("hub_pages", "hubs_illustrative.json")["pages"]:
        english = HubPage.objects.get(slug=hub["text"]["en"]["slug"], locale__language_code="en")
        for page in english.get_translations(inclusive=True).specific():
            assert page.contact_email == hub["fields"]["contact_email"]
            assert page.contact_name == hub["text"][page.locale.language_code]["contact_name"]
            html = client.get(page.url).content.decode()
            assert f'href="mailto:{page.contact_email}"' in html


def readme_accounts():
    """(username, password) of every account the README's table names."""
    readme = (Path(django_settings.BASE_DIR) / "README.md").read_text()
    return re.findall(r"user `([^`]+)`, password `([^`]+)`", readme)


def test_every_account_the_readme_names_signs_in_through_the_admin_login_form(demo_site, settings):
    settings.DEBUG = True  # as under `make run`: ensure_local_admin refuses otherwise
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
