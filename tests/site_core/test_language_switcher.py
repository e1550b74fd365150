import pytest
from bs4 import BeautifulSoup

from tests.factories import build_english_only_page

pytestmark = pytest.mark.django_db


def switcher_links(response):
    nav = BeautifulSoup(response.content, "html.parser").select_one("nav.language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.select("a")}


def test_translated_page_links_to_its_translations(client, about_pages):
    response = client.get("/es/acerca-de/")
    assert switcher_links(response) == {"en": "/en/about/", "es": "/es/acerca-de/", "fr": "/fr/a-propos/"}


def test_untranslated_page_links_to_the_other_homes(client, homes):
    build_english_only_page(homes["en"])
    response = client.get("/en/only-in-english/")
    assert response.status_code == 200
    assert switcher_links(response) == {
        "en": "/en/only-in-english/",
        "es": "/es/?untranslated",
        "fr": "/fr/?untranslated",
    }


def test_draft_translation_is_not_offered(client, about_pages):
    about_pages["fr"].unpublish()
    response = client.get("/en/about/")
    assert switcher_links(response)["fr"] == "/fr/?untranslated"


def test_menu_shows_the_homes_children_in_the_current_language(client, about_pages):
    response = client.get("/fr/")
    menu = BeautifulSoup(response.content, "html.parser").select_one("nav.main-nav")
    assert [a.get_text(strip=True) for a in menu.select("a")] == ["À propos"]
