import pytest
from django.utils import translation

from tests.factories import build_home_pages, build_standard_page

ABOUT_SPEC = {
    "en": {"title": "About", "slug": "about", "intro": "What HUBs are."},
    "es": {"title": "Acerca de", "slug": "acerca-de", "intro": "Qué son los HUBs."},
    "fr": {"title": "À propos", "slug": "a-propos", "intro": "Ce que sont les HUBs."},
}


@pytest.fixture(autouse=True)
def reset_active_language():
    yield
    translation.activate("en")


@pytest.fixture
def homes(db):
    """{"en": HomePage, "es": …, "fr": …}, the English one the site root."""
    return build_home_pages()


@pytest.fixture
def about_pages(homes):
    return build_standard_page(homes, ABOUT_SPEC, show_in_menus=True)
