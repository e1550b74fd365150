"""An event's "Add to calendar" file: RFC 5545 as calendar apps read it
(the icalendar package), the same UID as in the language's feed, the
event's own zone with its VTIMEZONE, and only web links in LOCATION."""

import datetime

import icalendar
import pytest
import time_machine
from wagtail.models import PageViewRestriction

from news.models import EventPage
from tests.news.factories import aware, build_event, english_event

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def ics(client, event):
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response


def only_event(body):
    (event,) = icalendar.Calendar.from_ical(body).walk("VEVENT")
    return event


@pytest.mark.parametrize(
    ("zone", "start", "end"),
    [
        ("Europe/Rome", (2026, 12, 3, 9, 30), (2026, 12, 4, 17, 30)),  # winter, UTC+1
        ("Europe/Rome", (2027, 7, 1, 9, 0), (2027, 7, 1, 18, 0)),  # summer time, UTC+2
        ("America/Bogota", (2026, 12, 10, 8, 0), (2026, 12, 10, 12, 0)),  # UTC-5
    ],
)
def test_the_time_zone_survives_the_round_trip(client, event_indexes, zone, start, end):
    event = english_event(
        event_indexes["en"], "meeting", aware(*start, zone=zone), aware(*end, zone=zone), timezone=zone
    )
    body = ics(client, event).content
    parsed = only_event(body)
    assert parsed.decoded("dtstart") == event.start  # the same instant…
    assert parsed.decoded("dtend") == event.end
    assert str(parsed.decoded("dtstart").tzinfo) == zone  # …named in the event's zone
    assert parsed["dtstart"].params["TZID"] == zone
    (vtimezone,) = icalendar.Calendar.from_ical(body).walk("VTIMEZONE")
    assert vtimezone["TZID"] == zone
    # The VTIMEZONE alone gives the event's offset (as a client without a
    # time zone database reads it).
    local = datetime.datetime(*start)
    offset = vtimezone.to_tz().utcoffset(local)
    assert offset == aware(*start, zone=zone).utcoffset() != datetime.timedelta(0)


@time_machine.travel(NOW, tick=False)
def test_the_file_has_the_feed_uid_and_is_valid_for_calendar_apps(client, event_indexes):
    events = build_event(
        event_indexes,
        "venice",
        aware(2026, 12, 3, 9, 30),
        aware(2026, 12, 4, 17, 30),
        title="Venice, forum; “2026” with a long title that must be folded over several lines é é é",
        organiser="AICCRE",
    )
    for language in ("en", "fr"):
        event = events[language]
        response = ics(client, event)
        body = response.content.decode("utf-8")
        assert body.endswith("\r\n") and "\n" not in body.replace("\r\n", "")
        assert all(len(line.encode("utf-8")) <= 75 for line in body.split("\r\n"))
        assert response["Content-Disposition"].startswith("attachment; filename=")
        assert "public" in response["Cache-Control"]
        calendar = icalendar.Calendar.from_ical(response.content)
        assert calendar["VERSION"] == "2.0" and calendar["METHOD"] == "PUBLISH" and calendar["PRODID"]
        parsed = only_event(response.content)
        assert str(parsed["summary"]) == event.title
        assert parsed.decoded("dtstamp").tzinfo is not None
        assert parsed.decoded("dtstamp") == event.last_published_at.replace(microsecond=0)
        assert str(parsed["url"]) == event.get_full_url()
        feed = icalendar.Calendar.from_ical(client.get(event_indexes[language].url + "ical/").content)
        (in_feed,) = feed.walk("VEVENT")
        assert str(in_feed["uid"]) == str(parsed["uid"])
        assert str(parsed["uid"]).startswith(f"{event.translation_key}-{language}@")


def test_the_event_page_links_its_file_in_the_visitor_language(client, event_indexes):
    events = build_event(event_indexes, "venice", aware(2026, 12, 3, 9, 30), aware(2026, 12, 4, 17, 30))
    html = client.get(events["es"].url).content.decode()
    assert f'<a href="{events["es"].url}ical/" download>Añadir al calendario (archivo .ics)</a>' in html


def test_location_keeps_only_web_links(client, event_indexes):
    event = english_event(
        event_indexes["en"],
        "online",
        aware(2026, 12, 3, 9, 30),
        aware(2026, 12, 3, 10, 30),
        attendance="hybrid",
        online_url="https://meet.example/room",
    )
    assert str(only_event(ics(client, event).content)["location"]) == "Town hall, https://meet.example/room"
    # A link that reached the database without the editor's validation.
    EventPage.objects.filter(pk=event.pk).update(online_url="javascript:alert(1)")
    event.refresh_from_db()
    assert str(only_event(ics(client, event).content)["location"]) == "Town hall"
    EventPage.objects.filter(pk=event.pk).update(attendance="online")
    assert "location" not in only_event(ics(client, event).content)


def test_a_private_event_file_is_neither_served_nor_cached_publicly(client, event_indexes, django_user_model):
    event = english_event(event_indexes["en"], "closed", aware(2026, 12, 3, 9, 30), aware(2026, 12, 3, 10, 30))
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(event.url + "ical/")
    assert response.status_code == 302 and "Closed" not in response.content.decode()
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    member = client.get(event.url + "ical/")
    assert member.status_code == 200
    assert "private" in member["Cache-Control"] and "public" not in member["Cache-Control"]
