"""hreflang alternates, canonical URLs and <html lang> on every live page."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, get_page_models

from tests.factories import build_english_only_page
from tests.site_core.i18n.helpers import canonical, hreflangs, soup

pytestmark = pytest.mark.django_db

ABOUT = {
    "en": "http://localhost/en/about/",
    "es": "http://localhost/es/acerca-de/",
    "fr": "http://localhost/fr/a-propos/",
}


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_translated_page_declares_all_languages_and_x_default(client, about_pages, language):
    response = client.get(ABOUT[language])
    assert hreflangs(response) == {**ABOUT, "x-default": ABOUT["en"]}
    assert canonical(response) == ABOUT[language]
    assert soup(response).html["lang"] == language


def test_untranslated_page_declares_only_itself(client, homes):
    build_english_only_page(homes["en"])
    response = client.get("/en/only-in-english/")
    url = "http://localhost/en/only-in-english/"
    assert hreflangs(response) == {"en": url, "x-default": url}


def test_draft_translation_is_not_declared(client, about_pages):
    about_pages["fr"].unpublish()
    assert "fr" not in hreflangs(client.get("/en/about/"))


def test_alias_is_not_declared_and_its_canonical_is_the_original(client, homes):
    page = build_english_only_page(homes["en"])
    page.create_alias(parent=homes["es"], update_slug="only-in-english", update_locale=homes["es"].locale)
    response = client.get("/es/only-in-english/")
    assert response.status_code == 200
    assert canonical(response) == "http://localhost/en/only-in-english/"
    assert hreflangs(response) == {}
    assert "es" not in hreflangs(client.get("/en/only-in-english/"))


def test_query_string_does_not_change_the_canonical_url(client, homes):
    response = client.get("/fr/?untranslated&utm_source=x")
    assert canonical(response) == "http://localhost/fr/"


def concrete_page_models():
    return {model for model in get_page_models() if model is not Page and not model._meta.abstract}


def test_every_demo_page_in_every_language_declares_its_translations(client):
    """Generic over the demo content, so new page types are covered as soon
    as their app adds demo pages."""
    call_command("load_demo_content")
    problems = []
    pages = Page.objects.filter(depth__gt=1).live().public().filter(alias_of__isnull=True).specific()
    for page in pages:
        url = page.get_full_url()
        response = client.get(url)
        if response.status_code != 200:
            problems.append(f"{url}: HTTP {response.status_code}")
            continue
        expected = {
            t.locale.language_code: t.get_full_url()
            for t in page.get_translations(inclusive=True).live().public().filter(alias_of__isnull=True)
        }
        expected["x-default"] = expected.get("en")
        expected = {code: href for code, href in expected.items() if href}
        if hreflangs(response) != expected:
            problems.append(f"{url}: hreflang {hreflangs(response)} != {expected}")
        if canonical(response) != url:
            problems.append(f"{url}: canonical {canonical(response)}")
        if soup(response).html["lang"] != page.locale.language_code:
            problems.append(f"{url}: lang {soup(response).html['lang']}")
    assert problems == []
    covered = {type(page) for page in pages}
    assert covered, "the demo content has no pages"


def test_every_page_type_is_in_the_demo_content_in_every_language():
    call_command("load_demo_content")
    missing = []
    for model in concrete_page_models():
        languages = set(
            model.objects.live().filter(alias_of__isnull=True).values_list("locale__language_code", flat=True)
        )
        if languages != {"en", "es", "fr"}:
            missing.append(f"{model._meta.label}: {sorted(languages)}")
    assert missing == [], "page types missing from the demo content in some language"


def test_page_models_are_discoverable():
    # Guards the generic tests above against an empty model list.
    assert apps.get_model("site_core", "HomePage") in concrete_page_models()
