"""In wagtail-localize's translation editor (a real browser), a segment that
breaks a content rule shows the reason on that segment when it is saved,
and an unsafe link override shows its error instead of "Changed"."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from site_core.models import StandardPage
from tests.factories import build_english_only_page, build_home_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = [
    ("heading", {"text": "Our results", "level": "h2", "anchor": ""}),
    (
        "call_to_action",
        {
            "heading": "Join the network",
            "text": "",
            "link": {"label": "Read the call", "page": None, "url": "https://www.uclg.org/"},
            "style": "brand",
        },
    ),
]


def spanish_translation_of_a_page():
    page = build_english_only_page(build_home_pages()["en"], title="Results", slug="results")
    page.body = BODY
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(StandardPage.objects.get(pk=page.pk))
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="es"))
    translation.save_target(publish=False)
    return translation.get_target_instance()


def test_translation_editor_shows_the_broken_rule_on_the_segment(live_server, page):
    spanish = spanish_translation_of_a_page()
    get_user_model().objects.create_superuser("admin", "admin@example.org", "admin-password")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "admin-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{spanish.pk}/edit/")

    heading = page.locator("li", has_text="Our results").last
    heading.get_by_role("button", name="Translate").click()
    heading.locator("textarea").fill("Resultados " * 20)
    heading.get_by_role("button", name="Save").click()
    expect(heading).to_contain_text("at most 120 characters")

    page.locator("li", has_text="https://www.uclg.org/").last.get_by_role("button", name="Edit").click()
    page.locator("textarea").fill("javascript:alert(1)")  # the only segment being edited
    page.get_by_role("button", name="Save").click()
    link = page.locator("li", has_text="javascript:alert(1)").last
    expect(link).to_contain_text("http://, https://, mailto: or tel:")
    expect(link).not_to_contain_text("Changed")
