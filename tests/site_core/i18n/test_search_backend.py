"""The locale-aware PostgreSQL backend relies on internal modelsearch APIs."""

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from site_core.search.backend import LocaleAwareSearchBackend, pinned_signatures_match, spanish_singular

pytestmark = pytest.mark.django_db

PARAMS = {"SEARCH_CONFIG": "simple", "LANGUAGE_CONFIGS": {"en": "english", "es": "spanish", "fr": "french"}}


def test_the_internal_apis_it_overrides_keep_their_signatures():
    assert pinned_signatures_match()


def test_configuration_per_language_code():
    backend = LocaleAwareSearchBackend(PARAMS)
    assert backend.config_for_language("es") == "spanish"
    assert backend.config_for_language("fr-CA") == "french"
    assert backend.config_for_language("de") == "simple"
    assert backend.config_for_language(None) == "simple"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the backend needs PostgreSQL; SQLite uses FTS5")
def test_settings_select_it_on_postgresql():
    assert isinstance(get_search_backend(), LocaleAwareSearchBackend)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the backend needs PostgreSQL; SQLite uses FTS5")
def test_query_uses_the_filtered_locale_not_the_interface_language(homes):
    backend = get_search_backend()
    spanish = Locale.objects.get(language_code="es")
    with translation.override("en"):
        results = backend.search("x", Page.objects.filter(locale=spanish))
        assert results.query_compiler.get_config(backend) == "spanish"
        results = backend.search("x", Page.objects.all())
        assert results.query_compiler.get_config(backend) == "english"


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("ciudades", "ciudad"),
        ("regiones", "region"),
        ("luces", "luz"),
        ("Ciudades", "ciudad"),
        ("casas", None),
        ("agua", None),
        ("mes", None),
    ],
)
def test_spanish_singular(word, singular):
    assert spanish_singular(word) == singular


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the backend needs PostgreSQL; SQLite uses FTS5")
def test_excluding_a_spanish_plural_excludes_its_singular_too(homes):
    from django.core.management import call_command
    from modelsearch.query import Not, PlainText

    from tests.factories import build_standard_page

    build_standard_page(
        homes,
        {
            "en": {"title": "Water city", "slug": "water-city"},
            "es": {"title": "Ciudad del agua", "slug": "ciudad-agua"},
            "fr": {"title": "Ville de l'eau", "slug": "ville-eau"},
        },
    )
    call_command("update_index", verbosity=0)
    spanish = Locale.objects.get(language_code="es")
    pages = Page.objects.live().filter(locale=spanish)
    assert [p.title for p in pages.search(PlainText("agua"))] == ["Ciudad del agua"]
    assert [p.title for p in pages.search(PlainText("agua") & Not(PlainText("ciudades")))] == []
