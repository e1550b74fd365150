"""site_core's pages in at most MAX_QUERIES queries, and the sitemap in a
few, the same however many pages and translations there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from site_core.models import StandardPage
from tests.factories import build_standard_page
from tests.query_counts import MAX_QUERIES, assert_constant, count_queries

pytestmark = pytest.mark.django_db


def spec(slug):
    return {
        code: {"title": f"{slug} {code}", "slug": f"{slug}-{code}", "intro": "Intro."} for code in ("en", "es", "fr")
    }


def add_pages(homes, start, stop):
    for number in range(start, stop):
        build_standard_page(homes, spec(f"page-{number:02d}"), show_in_menus=True)


def test_standard_page_queries_do_not_grow_with_translations_and_menu(client, homes):
    add_pages(homes, 0, 1)
    page = StandardPage.objects.get(slug="page-00-fr")
    few = count_queries(client, page.url)
    add_pages(homes, 1, 8)
    assert_constant(few, count_queries(client, page.url))


def test_search_results_stay_within_the_budget(client, homes):
    add_pages(homes, 0, 3)
    assert count_queries(client, "/en/search/?q=page") <= MAX_QUERIES


def sitemap_queries(client):
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_sitemap_queries_do_not_grow_with_pages(client, homes):
    add_pages(homes, 0, 2)
    few, xml = sitemap_queries(client)
    assert xml.count("<url>") == 3 * 3
    add_pages(homes, 2, 12)
    many, xml = sitemap_queries(client)
    assert xml.count("<url>") == 3 * 13
    assert xml.count('hreflang="x-default"') == 3 * 13  # each URL names its alternates
    assert few <= 5, few
    assert many == few, (few, many)
