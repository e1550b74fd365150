"""The event index's upcoming/past split around "now", and times shown in
each event's own time zone with the zone named."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from news.listing import CARD_RENDITION
from news.models import EventPage
from tests.news.factories import aware, build_event, english_event

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def section_titles(response, heading_id):
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(attrs={"aria-labelledby": heading_id})
    return [a.get_text(strip=True) for a in section.select(".event-card__title a")]


@pytest.fixture
def events(event_indexes):
    index = event_indexes["en"]
    return {
        "long-past": english_event(index, "long-past", aware(2019, 11, 11, 9), aware(2019, 11, 15, 18)),
        "just-ended": english_event(index, "just-ended", aware(2026, 11, 25, 9), aware(2026, 11, 25, 12, 59)),
        "ongoing": english_event(index, "ongoing", aware(2026, 11, 24, 9), aware(2026, 11, 26, 18)),
        "next": english_event(index, "next", aware(2026, 12, 3, 9, 30), aware(2026, 12, 4, 17, 30)),
        "later": english_event(index, "later", aware(2027, 2, 17, 9), aware(2027, 2, 17, 11)),
    }


@time_machine.travel(NOW, tick=False)
def test_upcoming_soonest_first_and_past_latest_first(client, events, event_indexes):
    response = client.get(event_indexes["en"].url)
    # 12:59 in Rome is 11:59 UTC: over one minute before "now".
    assert section_titles(response, "upcoming-heading") == ["Ongoing", "Next", "Later"]
    assert section_titles(response, "past-heading") == ["Just Ended", "Long Past"]


@time_machine.travel(datetime.datetime(2026, 12, 5, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_the_split_moves_with_the_clock(client, events, event_indexes):
    response = client.get(event_indexes["en"].url)
    assert section_titles(response, "upcoming-heading") == ["Later"]
    assert section_titles(response, "past-heading") == ["Next", "Just Ended", "Ongoing", "Long Past"]


def test_the_split_moves_with_the_clock_between_publishes(client, events, event_indexes):
    """The lists' counts are kept until the next publish, but an event that
    ends is no publish: they are kept for the minute only."""
    with time_machine.travel(NOW, tick=False):
        assert section_titles(client.get(event_indexes["en"].url), "upcoming-heading") == ["Ongoing", "Next", "Later"]
    with time_machine.travel(datetime.datetime(2026, 12, 5, 12, 0, tzinfo=datetime.UTC), tick=False):
        response = client.get(event_indexes["en"].url)
    assert section_titles(response, "upcoming-heading") == ["Later"]
    assert section_titles(response, "past-heading") == ["Next", "Just Ended", "Ongoing", "Long Past"]


@time_machine.travel(NOW, tick=False)
def test_a_card_shows_its_events_publish(client, events, event_indexes, django_capture_on_commit_callbacks):
    """The cards are kept until the next publish: the event's own."""
    assert "Later" in section_titles(client.get(event_indexes["en"].url), "upcoming-heading")
    later = events["later"]
    later.title = "Later, and renamed"
    with django_capture_on_commit_callbacks(execute=True):
        later.save_revision().publish()
    assert section_titles(client.get(event_indexes["en"].url), "upcoming-heading") == [
        "Ongoing",
        "Next",
        "Later, and renamed",
    ]


@time_machine.travel(NOW, tick=False)
def test_empty_lists_say_so(client, event_indexes):
    html = client.get(event_indexes["en"].url).content.decode()
    assert "No upcoming event is announced yet." in html
    assert "No past event yet." in html


@time_machine.travel(NOW, tick=False)
def test_each_list_pages_on_its_own_parameter(client, event_indexes):
    index = event_indexes["en"]
    for number in range(12):
        english_event(index, f"past-{number:02d}", aware(2025, 1, number + 1, 10), aware(2025, 1, number + 1, 12))
    for number in range(11):
        english_event(index, f"future-{number:02d}", aware(2027, 1, number + 1, 10), aware(2027, 1, number + 1, 12))
    response = client.get(index.url, {"past": "2", "page": "abc"})
    assert response.status_code == 200
    assert response.context["past_events"].number == 2
    assert response.context["upcoming_events"].number == 1
    assert section_titles(response, "past-heading") == ["Past 01", "Past 00"]
    soup = BeautifulSoup(response.content, "html.parser")
    upcoming_next = soup.find(attrs={"aria-labelledby": "upcoming-heading"}).select_one('a[rel="next"]')["href"]
    assert "past=2" in upcoming_next and "page=2" in upcoming_next
    assert client.get(index.url, {"past": "99"}).context["past_events"].number == 2


@time_machine.travel(NOW, tick=False)
def test_times_are_shown_in_the_events_zone_with_the_zone_named(client, event_indexes):
    bogota = english_event(
        event_indexes["en"],
        "bogota",
        datetime.datetime(2026, 12, 3, 15, 0, tzinfo=datetime.UTC),
        datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.UTC),
        timezone="America/Bogota",
    )
    html = client.get(bogota.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    when = soup.select_one(".event-when")
    text = " ".join(when.get_text().split())
    # The site's own zone is Europe/Madrid (16:00); the event's is Bogotá.
    assert "December 3, 2026, 10 a.m." in text and "noon" in text
    assert "Bogotá time (UTC-05:00)" in text
    assert when.select("time")[0]["datetime"] == "2026-12-03T10:00:00-05:00"


@time_machine.travel(NOW, tick=False)
def test_summer_time_is_taken_into_account(client, event_indexes):
    summer = english_event(event_indexes["en"], "summer", aware(2027, 7, 1, 10), aware(2027, 7, 1, 12))
    text = BeautifulSoup(client.get(summer.url).content, "html.parser").select_one(".event-when").get_text()
    assert "Rome time (UTC+02:00)" in " ".join(text.split())


@time_machine.travel(NOW, tick=False)
def test_times_in_spanish_and_french(client, event_indexes):
    pages = build_event(event_indexes, "venice", aware(2026, 12, 3, 9, 30), aware(2026, 12, 4, 17, 30))
    es = " ".join(
        BeautifulSoup(client.get(pages["es"].url).content, "html.parser").select_one(".event-when").get_text().split()
    )
    fr = " ".join(
        BeautifulSoup(client.get(pages["fr"].url).content, "html.parser").select_one(".event-when").get_text().split()
    )
    assert es.startswith("3 de diciembre de 2026, 09:30 – 4 de diciembre de 2026, 17:30")
    assert fr.startswith("3 décembre 2026, 09:30 – 4 décembre 2026, 17:30")


@time_machine.travel(NOW, tick=False)
def test_online_events_show_the_link_physical_ones_the_venue(client, event_indexes):
    index = event_indexes["en"]
    online = english_event(
        index,
        "webinar",
        aware(2026, 12, 10, 15),
        aware(2026, 12, 10, 16),
        attendance="online",
        venue="",
        online_url="https://example.org/join",
    )
    physical = english_event(
        index,
        "forum",
        aware(2026, 12, 11, 15),
        aware(2026, 12, 11, 16),
        venue="Palazzo Ducale",
        address="Piazza San Marco 1\nVenice",
        registration_url="https://example.org/register",
    )
    online_soup = BeautifulSoup(client.get(online.url).content, "html.parser")
    assert online_soup.select_one('.event-facts a[href="https://example.org/join"]')
    assert "Venue" not in online_soup.select_one(".event-facts").get_text()
    physical_soup = BeautifulSoup(client.get(physical.url).content, "html.parser")
    facts = physical_soup.select_one(".event-facts")
    assert "Palazzo Ducale" in facts.get_text()
    assert "Piazza San Marco 1" in facts.select_one("address").get_text()
    assert not facts.select('a[href="https://example.org/join"]')
    assert physical_soup.select_one('a.button[href="https://example.org/register"]')


@time_machine.travel(NOW, tick=False)
def test_stored_unsafe_event_links_are_never_rendered(client, event_indexes):
    """Save-time validation refuses them; this is the guard for values that
    reached the database some other way."""
    event = english_event(
        event_indexes["en"],
        "hybrid-forum",
        aware(2026, 12, 10, 15),
        aware(2026, 12, 10, 16),
        attendance="hybrid",
        online_url="https://example.org/join",
        registration_url="https://example.org/register",
    )
    EventPage.objects.filter(pk=event.pk).update(
        online_url="javascript:alert('online')", registration_url="javascript:alert('register')"
    )
    html = client.get(event.url).content.decode()
    assert html.count('href=""') == 2
    assert "alert" not in html


@time_machine.travel(NOW, tick=False)
def test_an_events_image_shows_on_its_card_and_page_with_its_alternative_text(client, homes, event_indexes):
    image = get_image_model().objects.create(title="Forum", file=get_test_image_file())
    pages = build_event(
        event_indexes,
        "forum",
        aware(2026, 12, 3, 9),
        aware(2026, 12, 3, 18),
        hero_image=image,
        hero_image_alt="People around a round table.",
    )
    english_event(event_indexes["en"], "no-image", aware(2026, 12, 4, 9), aware(2026, 12, 4, 18))
    card_rendition = image.get_rendition(CARD_RENDITION)
    for code in ("en", "es", "fr"):
        for url in (event_indexes[code].url, homes[code].url):
            soup = BeautifulSoup(client.get(url).content, "html.parser")
            card = soup.select_one(f".event-card:has(a[href='{pages[code].url}'])")
            image_tag = card.select_one("img.event-card__image")
            assert image_tag["src"] == card_rendition.url
            assert image_tag["alt"] == "People around a round table."
        page = BeautifulSoup(client.get(pages[code].url).content, "html.parser")
        assert page.select_one(".event-hero img")["alt"] == "People around a round table."
    soup = BeautifulSoup(client.get(event_indexes["en"].url).content, "html.parser")
    without = soup.select_one(".event-card:has(a[href$='/no-image/'])")
    assert without.select_one(".event-card__title") and not without.select("img")
