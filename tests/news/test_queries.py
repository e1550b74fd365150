"""Listing pages run a fixed number of queries: 3 items or 30, the same
(within a small constant)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.hub_pages.factories import english_hub, sdgs
from tests.news.factories import aware, english_event, english_news

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)
SLACK = 2


def count_queries(client, url):
    client.get(url)  # renditions are created on first view
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_news(index, hubs, start, stop):
    for number in range(start, stop):
        image = get_image_model().objects.create(title=f"Image {number}", file=get_test_image_file())
        english_news(
            index,
            f"item-{number:02d}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
            hero_image=image,
            hero_image_alt="A test picture.",
            related_hubs=hubs[number % 2 :],
            sdgs=sdgs(number % 17 + 1, 17),
            tags=[f"tag-{number}", "shared"],
        )


def test_news_index_queries_do_not_grow_with_items(client, news_indexes, hub_indexes):
    index = news_indexes["en"]
    hubs = [english_hub(hub_indexes["en"], "bilbao"), english_hub(hub_indexes["en"], "xian")]
    # A story under a HUB, so the "story from" lookup is exercised too.
    english_news(hubs[0], "story", related_hubs=hubs)
    add_news(index, hubs, 0, 2)
    with_three = count_queries(client, index.url)
    add_news(index, hubs, 2, 30)
    with_thirty = count_queries(client, index.url + "?page=1")
    assert with_thirty <= with_three + SLACK, (with_three, with_thirty)
    filtered = count_queries(client, f"{index.url}?sdg=17&tag=shared&hub={hubs[1].pk}")
    assert filtered <= with_three + SLACK


@time_machine.travel(NOW, tick=False)
def test_event_index_queries_do_not_grow_with_items(client, event_indexes):
    index = event_indexes["en"]

    def add_events(start, stop):
        for number in range(start, stop):
            english_event(
                index, f"past-{number:02d}", aware(2025, 1, 1 + number % 28, 10), aware(2025, 1, 1 + number % 28, 12)
            )
            english_event(
                index, f"next-{number:02d}", aware(2027, 1, 1 + number % 28, 10), aware(2027, 1, 1 + number % 28, 12)
            )

    add_events(0, 3)
    with_three = count_queries(client, index.url)
    add_events(3, 30)
    with_thirty = count_queries(client, index.url)
    assert with_thirty <= with_three + SLACK, (with_three, with_thirty)


@time_machine.travel(NOW, tick=False)
def test_home_news_and_events_queries_do_not_grow(client, homes, news_indexes, event_indexes):
    def add(start, stop):
        for number in range(start, stop):
            english_news(news_indexes["en"], f"news-{number:02d}", sdgs=sdgs(number % 17 + 1))
            english_event(
                event_indexes["en"],
                f"event-{number:02d}",
                aware(2027, 1, 1 + number, 10),
                aware(2027, 1, 1 + number, 12),
            )

    add(0, 3)
    with_three = count_queries(client, homes["en"].url)
    add(3, 30)
    with_thirty = count_queries(client, homes["en"].url)
    assert with_thirty <= with_three + SLACK, (with_three, with_thirty)
