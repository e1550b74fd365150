"""site_core's pages in at most MAX_QUERIES queries, and the sitemap's
index and sections in a few, the same however many pages and translations
there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from site_core.models import StandardPage
from site_core.sitemaps import MultilingualSitemap
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


def sitemap_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_sitemap_queries_and_sizes_do_not_grow_with_pages(
    client, homes, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(MultilingualSitemap, "limit", 6)
    add_pages(homes, 0, 3)  # 12 pages: two sections
    few_index, index = sitemap_queries(client, "/sitemap.xml")
    assert index.count("<sitemap>") == 2
    few, xml = sitemap_queries(client, "/sitemap-pages.xml?p=2")
    assert xml.count("<url>") == 6
    assert xml.count('hreflang="x-default"') == 6  # each URL names its alternates
    with django_capture_on_commit_callbacks(execute=True):  # the publishes renew the kept count
        add_pages(homes, 3, 13)  # 42 pages: seven sections
    many_index, index = sitemap_queries(client, "/sitemap.xml")
    assert index.count("<sitemap>") == 7
    many, xml = sitemap_queries(client, "/sitemap-pages.xml?p=6")  # its pages' translations in others
    assert xml.count("<url>") == 6
    assert xml.count('hreflang="x-default"') == 6
    assert few_index <= 3, few_index
    assert many_index == few_index, (few_index, many_index)
    assert few <= 3, few
    assert many == few, (few, many)
