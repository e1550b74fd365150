"""A CDN or caching proxy in front of the site: configured from the
environment only when set, and purged of a page, its listings and the
sitemap (its index and every section) when a publish, unpublish or move is committed."""

from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured

from site_core.settings.frontend_cache import frontend_cache_from_environment
from site_core.sitemaps import MultilingualSitemap
from tests.factories import build_english_only_page

HTTP_BACKEND = {
    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "LOCATION": "http://purge.internal:6081",
}


def test_nothing_is_configured_without_variables():
    assert frontend_cache_from_environment({}) == {}


def test_an_http_purge_backend_from_its_url():
    environ = {"FRONTEND_CACHE_PURGE_URL": "http://purge.internal:6081"}
    assert frontend_cache_from_environment(environ) == {"http": HTTP_BACKEND}


def test_cloudflare_from_its_zone_and_token():
    environ = {"CLOUDFLARE_ZONE_ID": "zone", "CLOUDFLARE_API_TOKEN": "token"}
    assert frontend_cache_from_environment(environ) == {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zone",
            "BEARER_TOKEN": "token",
        }
    }


@pytest.mark.parametrize("given", ["CLOUDFLARE_ZONE_ID", "CLOUDFLARE_API_TOKEN"])
def test_half_a_cloudflare_configuration_refuses_to_start(given):
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN"):
        frontend_cache_from_environment({given: "x"})


@pytest.fixture
def purged(settings):
    """The URLs the HTTP backend sent PURGE requests for (to the purge
    address, with the page's own host)."""
    settings.WAGTAILFRONTENDCACHE = {"http": HTTP_BACKEND}
    requests = []
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen", side_effect=requests.append):
        yield requests


def urls(requests):
    assert {request.get_method() for request in requests} <= {"PURGE"}
    assert {request.host for request in requests} <= {"purge.internal:6081"}
    return {request.full_url.removeprefix("http://purge.internal:6081") for request in requests}


@pytest.mark.django_db
def test_a_publish_purges_the_page_its_listings_and_the_sitemap_after_the_commit(
    about_pages, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about_pages["fr"].save_revision().publish()
        assert purged == []  # nothing before the commit: the CDN would fetch the old page again
    assert urls(purged) == {"/fr/a-propos/", "/fr/", "/sitemap.xml", "/sitemap-pages.xml"}
    assert {request.headers["Host"] for request in purged} == {"localhost"}


@pytest.mark.django_db
def test_an_unpublish_purges_the_page(about_pages, purged, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        about_pages["es"].unpublish()
    assert "/es/acerca-de/" in urls(purged)


@pytest.mark.django_db
def test_a_move_purges_the_old_and_the_new_address(about_pages, purged, django_capture_on_commit_callbacks):
    elsewhere = build_english_only_page(about_pages["en"].get_parent(), "Elsewhere", "elsewhere")
    with django_capture_on_commit_callbacks(execute=True):
        about_pages["en"].move(elsewhere, pos="last-child")
    assert urls(purged) == {
        "/en/about/",
        "/en/elsewhere/about/",
        "/en/elsewhere/",
        "/en/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    }


@pytest.mark.django_db
def test_a_publish_purges_every_section_of_the_sitemap(
    about_pages, purged, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(MultilingualSitemap, "limit", 2)  # six pages: three sections
    with django_capture_on_commit_callbacks(execute=True):
        about_pages["fr"].save_revision().publish()
    assert {"/sitemap.xml", "/sitemap-pages.xml", "/sitemap-pages.xml?p=2", "/sitemap-pages.xml?p=3"} <= urls(purged)
    assert "/sitemap-pages.xml?p=4" not in urls(purged)


@pytest.mark.django_db
def test_nothing_is_purged_without_a_backend(about_pages, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen:
        with django_capture_on_commit_callbacks(execute=True):
            about_pages["fr"].save_revision().publish()
    urlopen.assert_not_called()


@pytest.mark.django_db
def test_cloudflare_is_asked_to_purge_the_published_page(about_pages, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = frontend_cache_from_environment(
        {"CLOUDFLARE_ZONE_ID": "zone-1", "CLOUDFLARE_API_TOKEN": "secret"}
    )
    answer = mock.Mock(status_code=200, **{"json.return_value": {"success": True}})
    with mock.patch("wagtail.contrib.frontend_cache.backends.cloudflare.requests.post", return_value=answer) as post:
        with django_capture_on_commit_callbacks(execute=True):
            about_pages["en"].save_revision().publish()
    (address,), call = post.call_args
    assert address == "https://api.cloudflare.com/client/v4/zones/zone-1/purge_cache"
    assert call["headers"]["Authorization"] == "Bearer secret"
    assert "http://localhost/en/about/" in call["json"]["files"]
