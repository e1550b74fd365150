import xml.etree.ElementTree as ET

import pytest

from tests.factories import build_english_only_page

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.find("sm:loc", NS).text
        assert loc not in entries, f"{loc} listed twice"
        entries[loc] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
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
