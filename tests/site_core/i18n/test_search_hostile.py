"""Whatever a visitor or an editor types into a search box, the answer is a
page: on SQLite (FTS5) and PostgreSQL, in the public search and in every
admin search (listings and choosers go through the same search backend)."""

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents import get_document_model

from site_core.search.query import MAX_QUERY_LENGTH, clean_search_query
from tests.factories import build_standard_page
from tests.site_core.block_fixtures import make_image
from tests.site_core.i18n.helpers import soup

pytestmark = pytest.mark.django_db

CITY = {
    "en": {"title": "The city", "slug": "city", "intro": "A city that recycles its water."},
    "es": {"title": "La ciudad", "slug": "ciudad", "intro": "Una ciudad que recicla su agua."},
    "fr": {"title": "La ville", "slug": "ville", "intro": "Une ville qui recycle son eau."},
}

# FTS5 and tsquery syntax, quotes, control characters, operators and sheer length.
HOSTILE = [
    "\x00",
    "city\x00",
    'a:"a:"',
    '"><script>alert(1)</script>',
    '"',
    '""',
    "'",
    "\\",
    "*",
    "city*",
    "NEAR(city water)",
    "NEAR(",
    "(",
    ")",
    "-",
    "-city",
    "city -water",
    "AND",
    "city OR",
    "title:city",
    "^city",
    "city & | ! :* <->",
    "\x01\x1f\x7f",
    "city " * 2000,
]
# Hostile queries that still name the page: the answer finds it.
STILL_FIND_THE_CITY = ["city\x00", '"city', 'city:"city"', "city*", "-city", "city " * 2000]


@pytest.fixture
def city_pages(homes):
    pages = build_standard_page(homes, CITY)
    call_command("update_index", verbosity=0)
    return pages


def result_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".search-results h2 a")]


def test_the_public_search_answers_every_query_with_a_page(client, city_pages):
    for query in HOSTILE:
        response = client.get("/fr/search/", {"q": query})
        assert response.status_code == 200, query
        page = soup(response)
        assert page.select_one(".search-page__count, .search-page__empty") is not None, query
        assert len(page.select_one("#search-page-query")["value"]) <= 200


def test_hostile_characters_around_a_word_still_find_it(client, city_pages):
    for query in STILL_FIND_THE_CITY:
        assert result_titles(client.get("/en/search/", {"q": query})) == ["The city"], query


@pytest.fixture
def editor_client(client, django_user_model, city_pages):
    make_image(title="City hall")
    get_document_model().objects.create(title="City plan", file=ContentFile(b"%PDF-1.4\n", name="city-plan.pdf"))
    call_command("update_index", verbosity=0)
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


ADMIN_SEARCHES = {
    "image library": ("wagtailimages:index", "City hall"),
    "image chooser": ("wagtailimages_chooser:choose_results", "City hall"),
    "document library": ("wagtaildocs:index", "City plan"),
    "document chooser": ("wagtaildocs_chooser:choose_results", "City plan"),
    "page search": ("wagtailadmin_pages:search", "The city"),
    "page chooser": ("wagtailadmin_choose_page_search", "The city"),
}


@pytest.mark.parametrize("search", ADMIN_SEARCHES)
def test_every_admin_search_answers_every_query_with_a_page(editor_client, search):
    url_name, title = ADMIN_SEARCHES[search]
    for query in HOSTILE:
        response = editor_client.get(reverse(url_name), {"q": query})
        assert response.status_code == 200, query
    # (Django's forms refuse a NUL byte before any search: no "still finds" for it.)
    for query in ('"city', 'city:"city"', "city*", "city " * 2000):
        response = editor_client.get(reverse(url_name), {"q": query})
        assert title in response.content.decode(), query


def test_a_parsed_admin_query_is_cleaned_part_by_part_within_one_length_limit():
    from modelsearch.query import And, Phrase, PlainText

    cleaned = clean_search_query(
        And([PlainText('a"b\x00c ' * 30), Phrase("\x01\x7f"), Phrase("city " * 40), PlainText("water")])
    )
    assert [type(part) for part in cleaned.subqueries] == [PlainText, Phrase]  # blank and over-budget parts dropped
    assert cleaned.subqueries[0].query_string.startswith("a b c a b c")
    assert sum(len(part.query_string) for part in cleaned.subqueries) == MAX_QUERY_LENGTH
    assert clean_search_query(And([Phrase("\x00")])) == ""
