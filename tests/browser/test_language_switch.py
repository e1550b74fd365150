import pytest

from tests.factories import build_home_pages, build_standard_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ABOUT_SPEC = {
    "en": {"title": "About", "slug": "about"},
    "es": {"title": "Acerca de", "slug": "acerca-de"},
    "fr": {"title": "À propos", "slug": "a-propos"},
}


def test_switch_from_spanish_to_french(live_server, page):
    homes = build_home_pages()
    build_standard_page(homes, ABOUT_SPEC, show_in_menus=True)

    page.goto(f"{live_server.url}/es/acerca-de/")
    assert page.locator("html").get_attribute("lang") == "es"

    page.get_by_role("navigation", name="Idioma").get_by_role("link", name="Français").click()
    page.wait_for_url(f"{live_server.url}/fr/a-propos/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", level=1).inner_text() == "À propos"
