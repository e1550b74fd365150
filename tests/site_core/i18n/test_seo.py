"""hreflang alternates, canonical URLs and <html lang> on every live page."""

import pytest

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
