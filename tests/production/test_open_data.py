"""Open data as deployed (gunicorn, Redis, page cache on): the API, the
feeds, calendars and exports keep their headers whether served fresh or
from the page cache, set no cookie, and the API shows no private page."""

import json

import feedparser
import icalendar
import pytest

from hub_pages.models import HubIndexPage
from news.models import EventPage, NewsIndexPage
from tests.production.client import Visitor
from tests.production.content import KINDS, LANGUAGES

pytestmark = pytest.mark.production


def twice(visitor, url):
    """The first answer and the one a cached copy would give."""
    return visitor.get(url), Visitor(visitor.base_url).get(url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_api_lists_public_pages_only_for_everyone(visitor, admin_visitor, pages, language):
    private_titles = [pages[kind, which][language].title for kind in KINDS for which in ("page", "child")]
    for who in (visitor, admin_visitor):
        response = who.get(f"/api/v2/pages/?locale={language}&limit=100&fields=*")
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "application/json"
        assert "public" in response.headers["Cache-Control"]
        assert "Set-Cookie" not in response.headers
        titles = [item["title"] for item in json.loads(response.content)["items"]]
        assert pages["public"][language].title in titles
        assert not set(private_titles) & set(titles)
    assert visitor.get(f"/api/v2/pages/{pages[KINDS[0], 'page'][language].pk}/").status_code == 404


@pytest.mark.parametrize(
    ("path", "content_type"), [("feed/atom/", "application/atom+xml"), ("feeds/sdg/11/", "application/rss+xml")]
)
def test_feeds_keep_their_headers_when_cached(visitor, pages, path, content_type):
    url = NewsIndexPage.objects.get(locale__language_code="fr").url + path
    for response in twice(visitor, url):
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith(content_type)
        assert "public" in response.headers["Cache-Control"]
        assert "Set-Cookie" not in response.headers
        assert not feedparser.parse(response.content).bozo


@pytest.mark.parametrize(("kind", "content_type"), [("csv", "text/csv"), ("geojson", "application/geo+json")])
def test_exports_keep_their_headers_when_cached(visitor, pages, kind, content_type):
    url = HubIndexPage.objects.get(locale__language_code="es").url + f"export/{kind}/?status=active"
    first, second = twice(visitor, url)
    assert first.content == second.content
    for response in (first, second):
        assert response.headers["Content-Type"].startswith(content_type)
        assert response.headers["Content-Disposition"] == f'attachment; filename="local4action-hubs-es.{kind}"'
        assert "public" in response.headers["Cache-Control"]
        assert "Set-Cookie" not in response.headers


def test_an_event_file_keeps_its_headers_when_cached(visitor, pages):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    for response in twice(visitor, event.url + "ical/"):
        assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
        assert response.headers["Content-Disposition"].startswith("attachment;")
        assert "public" in response.headers["Cache-Control"]
        (parsed,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        assert parsed.decoded("dtstart") == event.start
