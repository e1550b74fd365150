"""Anonymous visitors get pages from the shared cache; any change editors
make is visible on the next view."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from site_core.models import Theme
from tests.hub_pages.proposal_helpers import build_call

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def test_second_view_comes_from_the_cache_with_fewer_queries(client, about_pages):
    client.get("/en/")  # the site's first view creates its settings row, a change like any other
    with CaptureQueriesContext(connection) as first:
        miss = client.get("/fr/a-propos/")
    with CaptureQueriesContext(connection) as second:
        hit = client.get("/fr/a-propos/")
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    assert len(second) < len(first)


def test_publishing_any_page_shows_at_once(client, about_pages, homes):
    client.get("/en/about/")
    about = about_pages["en"]
    about.title = "About the HUBs"
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "miss"
    assert "About the HUBs" in response.content.decode()


def test_unpublished_page_is_not_served_from_the_cache(client, about_pages):
    client.get("/es/acerca-de/")
    about_pages["es"].unpublish()
    assert client.get("/es/acerca-de/").status_code == 404


def test_snippet_changes_empty_the_cache(client, about_pages):
    client.get("/en/about/")
    Theme.objects.create(name="Housing", slug="housing", locale=about_pages["en"].locale)
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_editors_never_get_a_cached_copy(admin_client, client, about_pages):
    client.get("/en/about/")
    assert "X-Page-Cache" not in admin_client.get("/en/about/")


def test_the_proposal_form_is_never_cached(client, homes):
    call = build_call(homes)["en"]
    client.get(call.url)
    response = client.get(call.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
