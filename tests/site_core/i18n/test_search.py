"""Search answers in the visitor's language only; on PostgreSQL with that
language's stemming."""

import pytest
from django.core.management import call_command
from django.db import connection

from tests.factories import build_standard_page
from tests.site_core.i18n.helpers import soup

pytestmark = pytest.mark.django_db

CITY = {
    "en": {"title": "The city", "slug": "city", "intro": "A city that recycles its water: local action."},
    "es": {"title": "La ciudad", "slug": "ciudad", "intro": "Una ciudad que recicla su agua: acción local."},
    "fr": {"title": "La ville", "slug": "ville", "intro": "Une ville qui recycle son eau : action locale."},
}

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's FTS5 index matches words as written, with no stemming (documented in settings/base.py)",
)


@pytest.fixture
def city_pages(homes):
    pages = build_standard_page(homes, CITY)
    call_command("update_index", verbosity=0)
    return pages


def result_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".search-results h2 a")]


def count_text(response):
    element = soup(response).select_one(".search-page__count")
    return element.get_text(" ", strip=True) if element else None


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [("en", "city", "The city"), ("es", "ciudad", "La ciudad"), ("fr", "ville", "La ville")],
)
def test_search_returns_pages_in_the_visitors_language_only(client, city_pages, language, query, title):
    # "local" is in the English and Spanish text, "action" in the English and
    # French: each language still sees only its own page.
    response = client.get(f"/{language}/search/", {"q": "local" if language != "fr" else "action"})
    assert response.status_code == 200
    assert result_titles(response) == [city_pages[language].title]
    assert result_titles(client.get(f"/{language}/search/", {"q": query})) == [title]


def test_result_count_and_links_are_in_the_visitors_language(client, city_pages):
    response = client.get("/es/search/", {"q": "ciudad"})
    assert count_text(response) == "1 resultado para «ciudad»"
    assert soup(response).select_one(".search-results a")["href"] == "/es/ciudad/"


def test_empty_states(client, homes):
    response = client.get("/fr/search/")
    assert "Saisissez un ou plusieurs mots" in soup(response).select_one(".search-page__empty").get_text()
    response = client.get("/fr/search/", {"q": "zzzzyx"})
    assert count_text(response) == "0 résultat pour « zzzzyx »"
    assert soup(response).select_one(".search-page__empty") is not None


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999", "1.5", ""])
def test_malformed_page_numbers_never_fail(client, city_pages, page):
    response = client.get("/en/search/", {"q": "city", "page": page})
    assert response.status_code == 200
    assert result_titles(response) == ["The city"]


@pytest.mark.parametrize("query", ['"unclosed', 'a"b"c"', '"', "a & b | !c", "' OR 1=1 --", "(", "*", "x" * 500])
def test_odd_queries_never_fail(client, city_pages, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200


def test_pagination_splits_results_and_keeps_the_query(client, homes):
    for number in range(12):
        build_standard_page(
            homes,
            {
                "en": {"title": f"Water report {number}", "slug": f"water-{number}"},
                "es": {"title": f"Informe del agua {number}", "slug": f"agua-{number}"},
                "fr": {"title": f"Rapport sur l'eau {number}", "slug": f"eau-{number}"},
            },
        )
    call_command("update_index", verbosity=0)
    first = client.get("/en/search/", {"q": "water"})
    assert count_text(first) == "12 results for “water”"
    assert len(result_titles(first)) == 10
    next_link = soup(first).select_one('.search-pagination a[rel="next"]')["href"]
    assert next_link == "?q=water&page=2"
    second = client.get("/en/search/" + next_link)
    assert len(result_titles(second)) == 2
    assert "Page 2 of 2" in soup(second).select_one(".search-pagination").get_text(" ", strip=True)


def test_header_has_a_search_box_for_the_current_language(client, homes):
    form = soup(client.get("/fr/")).select_one("header form[role=search]")
    assert form["action"] == "/fr/search/"
    assert form.select_one("input[name=q]") is not None
    assert form.select_one("label").get_text(strip=True) == "Rechercher sur le site"


def test_search_page_is_not_indexed_and_switches_language_with_the_query(client, homes):
    response = client.get("/en/search/", {"q": "water"})
    assert soup(response).select_one('meta[name="robots"]')["content"] == "noindex"
    nav = soup(response).select_one("nav.language-switcher")
    assert {a["hreflang"]: a["href"] for a in nav.select("a")}["es"] == "/es/search/?q=water"


@postgres_only
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("es", "ciudades"),
        ("fr", "villes"),
        ("en", "cities"),
        ("es", "reciclan"),
        ("fr", "recycler"),
        ("en", "recycling"),
        ("es", "ciudades agua"),
    ],
)
def test_stemming_in_each_language(client, city_pages, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert result_titles(response) == [city_pages[language].title]
