"""RSS of the news and iCalendar of the upcoming events, per language."""

import datetime
import xml.etree.ElementTree as ET
from unittest import mock

import icalendar
import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news import feeds, ical
from tests.news.factories import aware, build_event, build_news, english_event, english_news
from tests.query_counts import assert_constant, count_queries

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def test_the_news_index_links_its_feed(client, news_indexes):
    html = client.get(news_indexes["es"].url).content.decode()
    assert f'<link rel="alternate" type="application/rss+xml" href="{news_indexes["es"].url}feed/"' in html


def test_rss_is_valid_and_in_the_index_language(client, news_indexes):
    build_news(news_indexes, "older", date=datetime.date(2026, 1, 5))
    build_news(news_indexes, "newer", date=datetime.date(2026, 6, 1), authors="UCLG")
    response = client.get(news_indexes["fr"].url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Actualités · Local4Action HUBs by UCLG"
    assert channel.findtext("language") == "fr"
    assert channel.findtext("link").endswith(news_indexes["fr"].url)
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["[fr] Newer", "[fr] Older"]
    assert items[0].findtext("description") == "[fr] Summary of Newer."
    assert items[0].findtext("link").endswith("/fr/actualites/newer-fr/")
    assert "01 Jun 2026" in items[0].findtext("pubDate")


@pytest.fixture
def ics_events(event_indexes):
    build_event(
        event_indexes,
        "venice",
        aware(2026, 12, 3, 9, 30),
        aware(2026, 12, 4, 17, 30),
        title="Venice, forum; 2026",
        organiser="AICCRE",
    )
    english_event(event_indexes["en"], "past", aware(2025, 12, 3, 9, 30), aware(2025, 12, 4, 17, 30))


def unfold(body):
    return body.replace("\r\n ", "")


@time_machine.travel(NOW, tick=False)
def test_the_event_index_links_its_calendar(client, event_indexes):
    html = client.get(event_indexes["en"].url).content.decode()
    assert f'<link rel="alternate" type="text/calendar" href="{event_indexes["en"].url}ical/"' in html


@time_machine.travel(NOW, tick=False)
def test_ical_feed_lists_upcoming_events_in_their_zone(client, event_indexes, ics_events):
    response = client.get(event_indexes["en"].url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "public" in response["Cache-Control"] and "max-age=900" in response["Cache-Control"]
    body = response.content.decode("utf-8")
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")
    for line in body.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    lines = unfold(body).split("\r\n")
    assert lines.count("BEGIN:VEVENT") == 1  # the past event is left out
    assert "DTSTART;TZID=Europe/Rome:20261203T093000" in lines
    assert "DTEND;TZID=Europe/Rome:20261204T173000" in lines
    assert "TZID:Europe/Rome" in lines and lines.count("BEGIN:VTIMEZONE") == 1
    assert "SUMMARY:Venice\\, forum\\; 2026" in lines
    assert any(line.startswith("DESCRIPTION:") and "Organiser: AICCRE" in line for line in lines)
    assert "LOCATION:Palazzo Ducale" in lines
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == aware(2026, 12, 3, 9, 30)


def test_the_calendar_is_kept_until_a_publish_or_the_next_minute(
    client, event_indexes, ics_events, django_capture_on_commit_callbacks
):
    url = event_indexes["en"].url + "ical/"
    with time_machine.travel(NOW, tick=False):
        first = client.get(url).content
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).content == first
        assert not [query for query in queries.captured_queries if "news_eventpage" in query["sql"]]
        with django_capture_on_commit_callbacks(execute=True):
            upcoming(event_indexes, [10])
        assert unfold(client.get(url).content.decode()).count("BEGIN:VEVENT") == 2
    # Venice ends on 4 December at 17:30 in Venice: the next day it has left, with no publish.
    with time_machine.travel(datetime.datetime(2026, 12, 5, 12, 0, tzinfo=datetime.UTC), tick=False):
        body = unfold(client.get(url).content.decode())
    assert "SUMMARY:Upcoming 10" in body and "Venice" not in body


@time_machine.travel(NOW, tick=False)
def test_ical_feed_per_language(client, event_indexes, ics_events):
    body = unfold(client.get(event_indexes["es"].url + "ical/").content.decode())
    assert "SUMMARY:[es] Venice\\, forum\\; 2026" in body
    assert "X-WR-CALNAME:Eventos · Local4Action HUBs by UCLG" in body
    assert "LOCATION:[es] Palazzo Ducale" in body


def upcoming(event_indexes, numbers, zone="Europe/Rome"):
    for number in numbers:
        start = aware(2026, 12, 1 + number, 9, 0)
        english_event(event_indexes["en"], f"upcoming-{number}", start, start + datetime.timedelta(hours=2), zone)


@time_machine.travel(NOW, tick=False)
def test_ical_feed_reads_a_fixed_number_of_events_in_a_fixed_number_of_queries(
    client, event_indexes, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(feeds, "ICAL_SIZE", 3)
    url = event_indexes["en"].url + "ical/"
    upcoming(event_indexes, [5, 4])
    few = count_queries(client, url)
    assert unfold(client.get(url).content.decode()).count("BEGIN:VEVENT") == 2
    with django_capture_on_commit_callbacks(execute=True):  # the publishes renew the kept calendar
        upcoming(event_indexes, [9, 8, 7, 3, 6], zone="America/Bogota")
        english_event(event_indexes["en"], "past", aware(2025, 12, 3, 9, 30), aware(2025, 12, 4, 17, 30))
    assert_constant(few, count_queries(client, url))
    lines = unfold(client.get(url).content.decode()).split("\r\n")
    assert [line for line in lines if line.startswith("SUMMARY:")] == [
        "SUMMARY:Upcoming 3",
        "SUMMARY:Upcoming 4",
        "SUMMARY:Upcoming 5",
    ]
    assert [line for line in lines if line.startswith("TZID:")] == ["TZID:America/Bogota", "TZID:Europe/Rome"]


@time_machine.travel(NOW, tick=False)
def test_a_zone_is_described_once_for_every_calendar_of_the_same_years(client, event_indexes, ics_events):
    ical.vtimezone.cache_clear()
    with mock.patch.object(ical.Timezone, "from_tzid", wraps=ical.Timezone.from_tzid) as from_tzid:
        first = client.get(event_indexes["en"].url + "ical/").content
        second = client.get(event_indexes["es"].url + "ical/").content
    from_tzid.assert_called_once()
    assert b"TZID:Europe/Rome" in first and b"TZID:Europe/Rome" in second


def test_news_feed_reads_a_fixed_number_of_items_in_a_fixed_number_of_queries(
    client, news_indexes, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(feeds, "FEED_SIZE", 3)
    url = news_indexes["en"].url + "feed/"
    atom = news_indexes["en"].url + "feed/atom/"  # a version not kept yet: made in full
    with django_capture_on_commit_callbacks(execute=True):
        for day in (1, 2):
            english_news(news_indexes["en"], f"news-{day}", datetime.date(2026, 6, day))
    count_queries(client, url)  # the lookups, kept
    few = count_queries(client, atom, warm_visits=0)
    with django_capture_on_commit_callbacks(execute=True):
        for day in range(3, 9):
            english_news(news_indexes["en"], f"news-{day}", datetime.date(2026, 6, day))
    count_queries(client, url)
    assert_constant(few, count_queries(client, atom, warm_visits=0))
    items = ET.fromstring(client.get(url).content).find("channel").findall("item")
    assert [item.findtext("title") for item in items] == ["News 8", "News 7", "News 6"]
