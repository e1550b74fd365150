"""The home page's latest news and next events: automatic, in the visitor's
language, with an editor's pinned item first."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from site_core.models import HomePage
from tests.news.factories import aware, build_event, build_news, english_event

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def section(response, heading_id, selector):
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.find(attrs={"aria-labelledby": heading_id})
    return [a.get_text(strip=True) for a in found.select(selector)] if found else None


@pytest.fixture
def content(news_indexes, event_indexes):
    news = {
        slug: build_news(news_indexes, slug, date=datetime.date(2026, 1, day))
        for day, slug in enumerate(["first", "second", "third", "fourth"], start=1)
    }
    events = {
        "past": build_event(event_indexes, "past", aware(2025, 5, 1, 10), aware(2025, 5, 1, 12)),
        "soon": build_event(event_indexes, "soon", aware(2026, 12, 1, 10), aware(2026, 12, 1, 12)),
        "later": build_event(event_indexes, "later", aware(2027, 1, 1, 10), aware(2027, 1, 1, 12)),
    }
    return news, events


@time_machine.travel(NOW, tick=False)
def test_latest_news_and_next_events_are_chosen_automatically(client, homes, content):
    response = client.get(homes["es"].url)
    assert section(response, "home-news-heading", ".news-card__title a") == ["[es] Fourth", "[es] Third", "[es] Second"]
    assert section(response, "home-events-heading", ".event-card__title a") == ["[es] Soon", "[es] Later"]


@time_machine.travel(NOW, tick=False)
def test_an_editors_pins_come_first_in_every_language(client, homes, content):
    news, events = content
    home = HomePage.objects.get(pk=homes["en"].pk)
    home.featured_news = news["first"]["en"]
    home.featured_event = events["later"]["en"]
    home.save_revision().publish()
    for code in ("en", "fr"):
        # Translated homes keep their own copy of the fields until synced;
        # set them as a sync would.
        page = HomePage.objects.get(pk=homes[code].pk)
        page.featured_news, page.featured_event = news["first"]["en"], events["later"]["en"]
        page.save_revision().publish()
    response = client.get(homes["fr"].url)
    assert section(response, "home-news-heading", ".news-card__title a") == ["[fr] First", "[fr] Fourth", "[fr] Third"]
    assert section(response, "home-events-heading", ".event-card__title a") == ["[fr] Later", "[fr] Soon"]


@time_machine.travel(NOW, tick=False)
def test_a_pinned_event_that_is_over_is_not_shown(client, homes, content):
    _news, events = content
    home = HomePage.objects.get(pk=homes["en"].pk)
    home.featured_event = events["past"]["en"]
    home.save_revision().publish()
    response = client.get(homes["en"].url)
    assert section(response, "home-events-heading", ".event-card__title a") == ["Soon", "Later"]


@time_machine.travel(NOW, tick=False)
def test_nothing_to_show_leaves_the_sections_out(client, homes, event_indexes):
    english_event(event_indexes["en"], "old", aware(2020, 1, 1, 10), aware(2020, 1, 1, 12))
    response = client.get(homes["en"].url)
    assert section(response, "home-news-heading", "a") is None
    assert section(response, "home-events-heading", "a") is None
