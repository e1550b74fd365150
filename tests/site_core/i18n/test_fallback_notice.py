"""The switcher sends visitors to a language's home, with a notice in that
language, when the page they read is not translated."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import build_english_only_page
from tests.site_core.i18n.helpers import canonical, soup

pytestmark = pytest.mark.django_db


def switcher_links(response):
    nav = BeautifulSoup(response.content, "html.parser").select_one("nav.language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.select("a")}


def notice(response):
    element = soup(response).select_one(".fallback-notice")
    return element.get_text(" ", strip=True) if element else None


def test_untranslated_page_sends_to_the_home_with_a_notice_in_the_new_language(client, homes):
    build_english_only_page(homes["en"])
    target = switcher_links(client.get("/en/only-in-english/"))["es"]
    assert target == "/es/?untranslated"
    response = client.get(target)
    assert response.status_code == 200
    assert notice(response) == (
        "La página que estaba leyendo aún no está disponible en este idioma, "
        "así que le hemos traído a la página de inicio."
    )
    french = client.get(switcher_links(client.get("/en/only-in-english/"))["fr"])
    assert notice(french).startswith("La page que vous lisiez")


def test_the_notice_url_is_not_a_second_indexable_home(client, homes):
    response = client.get("/es/?untranslated")
    assert canonical(response) == "http://localhost/es/"


def test_translated_pages_link_without_the_notice(client, about_pages):
    links = switcher_links(client.get("/en/about/"))
    assert links == {"en": "/en/about/", "es": "/es/acerca-de/", "fr": "/fr/a-propos/"}
    assert notice(client.get("/es/")) is None


def test_the_parameter_shows_nothing_on_other_pages(client, about_pages):
    assert notice(client.get("/es/acerca-de/?untranslated")) is None
