import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from site_core.sitemaps import MultilingualSitemap
from tests.factories import build_english_only_page, build_standard_page

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def xml(client, url):
    response = client.get(urlsplit(url)._replace(scheme="", netloc="").geturl())
    assert response.status_code == 200
    return ET.fromstring(response.content)


def section_urls(client):
    """The sections the index at /sitemap.xml lists (on the request's host,
    where Django's index view puts them)."""
    return [loc.text for loc in xml(client, "/sitemap.xml").findall("sm:sitemap/sm:loc", NS)]


def section_entries(client, url):
    """{URL: {hreflang: alternate URL}} of one section."""
    entries = {}
    for entry in xml(client, url).findall("sm:url", NS):
        loc = entry.find("sm:loc", NS).text
        assert loc not in entries, f"{loc} listed twice"
        entries[loc] = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)}
    return entries


def sitemap_entries(client):
    """Every section's entries, each URL in one section only."""
    entries = {}
    for url in section_urls(client):
        section = section_entries(client, url)
        assert not section.keys() & entries.keys(), "a URL in two sections"
        entries |= section
    return entries


def test_sitemap_lists_every_page_once_per_language_with_alternates(client, about_pages):
    entries = sitemap_entries(client)
    about = {
        "en": "http://localhost/en/about/",
        "es": "http://localhost/es/acerca-de/",
        "fr": "http://localhost/fr/a-propos/",
    }
    homes = {code: f"http://localhost/{code}/" for code in ("en", "es", "fr")}
    assert set(entries) == set(about.values()) | set(homes.values())
    for url in about.values():
        assert entries[url] == {**about, "x-default": about["en"]}
    assert entries["http://localhost/fr/"] == {**homes, "x-default": homes["en"]}


def test_sitemap_leaves_out_drafts_and_aliases(client, about_pages, homes):
    about_pages["es"].unpublish()
    page = build_english_only_page(homes["en"])
    page.create_alias(parent=homes["fr"], update_slug="only-in-english", update_locale=homes["fr"].locale)
    entries = sitemap_entries(client)
    assert "http://localhost/es/acerca-de/" not in entries
    assert "http://localhost/fr/only-in-english/" not in entries
    assert entries["http://localhost/en/only-in-english/"] == {
        "en": "http://localhost/en/only-in-english/",
        "x-default": "http://localhost/en/only-in-english/",
    }
    assert "es" not in entries["http://localhost/en/about/"]


def test_sitemap_is_not_under_a_language_prefix(client, homes):
    assert client.get("/en/sitemap.xml").status_code == 404


def test_robots_txt_points_at_the_sitemap_and_hides_the_admin(client, homes):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /es/search/" in lines


def spec(slug):
    return {code: {"title": f"{slug} {code}", "slug": f"{slug}-{code}"} for code in ("en", "es", "fr")}


@pytest.fixture
def small_sections(monkeypatch):
    monkeypatch.setattr(MultilingualSitemap, "limit", 4)
    return 4


def test_the_index_lists_sections_of_at_most_the_limit_with_every_page_once(client, homes, small_sections):
    for number in range(6):
        build_standard_page(homes, spec(f"page-{number}"))
    pages = 3 * 7  # six pages and the home, in three languages
    assert section_urls(client) == [
        "http://testserver/sitemap-pages.xml",
        *(f"http://testserver/sitemap-pages.xml?p={number}" for number in range(2, 7)),
    ]
    sizes = [len(section_entries(client, url)) for url in section_urls(client)]
    assert sizes == [4, 4, 4, 4, 4, 1]
    entries = sitemap_entries(client)
    assert len(entries) == pages
    # Alternates name the translations wherever their sections are (four
    # URLs a section, three a page: some pages' translations span two).
    for number in range(6):
        urls = {code: f"http://localhost/{code}/page-{number}-{code}/" for code in ("en", "es", "fr")}
        for url in urls.values():
            assert entries[url] == {**urls, "x-default": urls["en"]}


@pytest.mark.parametrize("page", ["7", "0", "-1", "two"])
def test_a_section_past_the_last_or_not_a_number_is_not_found(client, homes, small_sections, page):
    build_standard_page(homes, spec("page"))  # six pages: two sections
    assert client.get("/sitemap-pages.xml?p=2").status_code == 200
    assert client.get(f"/sitemap-pages.xml?p={page}").status_code == 404
    assert client.get("/sitemap-news.xml").status_code == 404


def test_the_index_is_kept_until_the_next_publish_headers_included(
    client, homes, small_sections, django_assert_num_queries, django_capture_on_commit_callbacks
):
    build_standard_page(homes, spec("page-0"))  # six pages: two sections
    first = client.get("/sitemap.xml")
    assert first["X-Robots-Tag"] == "noindex, noodp, noarchive" and first["Last-Modified"]
    with django_assert_num_queries(0):
        second = client.get("/sitemap.xml")
    assert (second.content, second["X-Robots-Tag"], second["Last-Modified"], second["Content-Type"]) == (
        first.content,
        first["X-Robots-Tag"],
        first["Last-Modified"],
        first["Content-Type"],
    )
    other_host = client.get("/sitemap.xml", HTTP_HOST="localhost")  # its own index
    assert other_host.content == first.content.replace(b"testserver", b"localhost")
    with django_capture_on_commit_callbacks(execute=True):
        build_standard_page(homes, spec("page-1"))  # nine pages: three sections
    assert len(section_urls(client)) == 3


def test_a_section_is_kept_until_the_next_publish(
    client, homes, small_sections, django_assert_num_queries, django_capture_on_commit_callbacks
):
    build_standard_page(homes, spec("page-0"))  # six pages: two sections
    first = client.get("/sitemap-pages.xml?p=2")
    with django_assert_num_queries(0):
        second = client.get("/sitemap-pages.xml?p=2")
    assert (second.content, second["Content-Type"]) == (first.content, first["Content-Type"])
    assert client.get("/sitemap-pages.xml").content != first.content  # each section its own
    with django_capture_on_commit_callbacks(execute=True):
        build_standard_page(homes, spec("page-1"))
    entries = sitemap_entries(client)  # every section made again: each page once
    assert len(entries) == 9 and "http://localhost/en/page-1-en/" in entries
