"""The rule for what the page cache keeps, through views opted in with
`cacheable_view` (the sitemap's way in): a response is kept only if it is a
plain 200 that sets no cookie, is not private and varies on nothing but
the session and the language."""

import pytest
from django.core.cache import cache

from tests.site_core import page_cache_urls

pytestmark = [pytest.mark.urls("tests.site_core.page_cache_urls"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    page_cache_urls.calls.clear()
    yield
    cache.clear()


def views_made(client, path, times=2):
    """How many of `times` GETs reached the view, and the last response."""
    page_cache_urls.calls.clear()
    for _ in range(times):
        response = client.get(path)
    return len(page_cache_urls.calls), response


def test_an_opted_in_view_is_kept_and_served_without_a_query(client, django_assert_num_queries):
    miss = client.get("/cached/")
    with django_assert_num_queries(0):
        hit = client.get("/cached/")
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    assert page_cache_urls.calls == ["/cached/"]


def test_a_view_that_did_not_opt_in_is_never_kept(client):
    made, response = views_made(client, "/not-opted-in/")
    assert made == 2
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"


def test_declared_parameters_make_their_own_entry_in_any_order(client):
    assert client.get("/cached/?view-only=1")["X-Page-Cache"] == "miss"
    assert client.get("/cached/")["X-Page-Cache"] == "miss"
    again = client.get("/cached/?utm_source=x&view-only=1&fbclid=y")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == b"seen: view-only=1"


def test_other_parameters_never_reach_the_view_nor_make_an_entry(client):
    miss = client.get("/cached/?utm_source=newsletter&fbclid=abc&gclid=def&whatever=1")
    assert miss["X-Page-Cache"] == "miss"
    assert miss.content == b"seen: "  # what is kept is what the key names
    assert client.get("/cached/")["X-Page-Cache"] == "hit"
    assert client.get("/cached/?utm_campaign=other")["X-Page-Cache"] == "hit"


def test_repeated_values_keep_their_order(client):
    """A form reads the last value: ?p=1&p=2 and ?p=2&p=1 are different pages."""
    assert client.get("/cached/?view-only=1&view-only=2").content == b"seen: view-only=1&view-only=2"
    assert client.get("/cached/?view-only=2&view-only=1")["X-Page-Cache"] == "miss"


@pytest.mark.parametrize(
    "path", ["/sets-cookie/", "/varies-on-cookie/", "/varies-on-user-agent/", "/private/", "/not-found/", "/streaming/"]
)
def test_responses_the_rule_refuses_are_made_each_time(client, path):
    made, response = views_made(client, path)
    assert made == 2
    assert "X-Page-Cache" not in response


def test_a_session_cookie_goes_past_the_cache(client):
    client.get("/cached/")
    client.cookies["sessionid"] = "anything"
    made, response = views_made(client, "/cached/")
    assert made == 2
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"


def test_an_authorization_header_goes_past_the_cache(client):
    client.get("/cached/")
    page_cache_urls.calls.clear()
    response = client.get("/cached/", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert page_cache_urls.calls == ["/cached/"]
    assert "X-Page-Cache" not in response


def test_post_is_never_answered_from_the_cache(client):
    client.get("/cached/")
    page_cache_urls.calls.clear()
    response = client.post("/cached/")
    assert page_cache_urls.calls == ["/cached/"]
    assert "X-Page-Cache" not in response


def test_head_is_answered_from_the_entry_a_get_made_and_the_other_way_round(client, django_assert_num_queries):
    get = client.get("/cached/")
    with django_assert_num_queries(0):
        head = client.head("/cached/")
    assert (head.status_code, head["X-Page-Cache"], head.content) == (200, "hit", b"")
    assert head["Content-Length"] == get["Content-Length"]
    cache.clear()
    assert client.head("/cached/")["X-Page-Cache"] == "miss"
    assert client.get("/cached/").content == get.content


def test_nothing_happens_when_the_cache_is_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    made, response = views_made(client, "/cached/")
    assert made == 2
    assert "X-Page-Cache" not in response and "Cache-Control" not in response
