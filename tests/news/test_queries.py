"""The news app's pages (and the home page, which lists news, events and
featured HUBs) in at most MAX_QUERIES queries, the same with 3 items or 30."""

import datetime

import pytest
import time_machine
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.hub_pages.factories import english_hub, sdgs
from tests.news.factories import aware, build_event, build_news, english_event, english_news
from tests.query_counts import MAX_QUERIES, assert_constant, count_queries

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def image(number):
    """A page's own hero image and its alternative text, as keywords."""
    picture = get_image_model().objects.create(title=f"Picture {number}", file=get_test_image_file())
    return {"hero_image": picture, "hero_image_alt": "A test picture."}


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
    assert_constant(with_three, with_thirty)
    filtered = count_queries(client, f"{index.url}?sdg=17&tag=shared&hub={hubs[1].pk}")
    assert filtered <= MAX_QUERIES


@time_machine.travel(NOW, tick=False)
def test_event_index_queries_do_not_grow_with_items(client, event_indexes):
    index = event_indexes["en"]

    def add_events(start, stop):
        for number in range(start, stop):
            day = 1 + number % 28
            english_event(
                index, f"past-{number:02d}", aware(2025, 1, day, 10), aware(2025, 1, day, 12), **image(number)
            )
            english_event(
                index, f"next-{number:02d}", aware(2027, 1, day, 10), aware(2027, 1, day, 12), **image(number)
            )

    add_events(0, 3)
    with_three = count_queries(client, index.url)
    add_events(3, 30)
    with_thirty = count_queries(client, index.url)
    assert_constant(with_three, with_thirty)


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
                **image(number),
            )

    add(0, 3)
    with_three = count_queries(client, homes["en"].url)
    add(3, 30)
    with_thirty = count_queries(client, homes["en"].url)
    assert_constant(with_three, with_thirty)


def test_news_index_hub_filter_lists_only_hubs_with_news(client, news_indexes, hub_indexes):
    """HUBs without news are not offered: the filter does not grow with the
    directory (the demo has dozens of HUBs; a full site, a thousand)."""
    index = news_indexes["en"]
    named = english_hub(hub_indexes["en"], "named")
    add_news(index, [named], 0, 2)
    few = count_queries(client, index.url)
    for number in range(25):
        english_hub(hub_indexes["en"], f"quiet-{number:02d}")
    many = count_queries(client, index.url)
    assert_constant(few, many)
    html = client.get(index.url).content.decode()
    assert f'value="{named.pk}"' in html
    assert "Quiet-00" not in html


def build_news_page(parents, hub_indexes, slug, count):
    """A news page in three languages naming `count` HUBs and SDGs."""
    hubs = [english_hub(hub_indexes["en"], f"{slug}-hub-{number}") for number in range(count)]
    image = get_image_model().objects.create(title=slug, file=get_test_image_file())
    return build_news(
        parents, slug, related_hubs=hubs, sdgs=sdgs(*range(1, count + 1)), hero_image=image, hero_image_alt="A picture."
    )


def test_news_page_queries_do_not_grow(client, news_indexes, hub_indexes):
    small = build_news_page(news_indexes, hub_indexes, "small", 1)
    large = build_news_page(news_indexes, hub_indexes, "large", 12)
    assert_constant(count_queries(client, small["en"].url), count_queries(client, large["en"].url))
    assert_constant(count_queries(client, small["fr"].url), count_queries(client, large["fr"].url))


def test_story_under_a_hub_runs_as_many_queries_as_a_news_item(client, news_indexes, hub_indexes):
    """Routing from the home costs the same at any depth."""
    hub = english_hub(hub_indexes["en"], "deep")
    story = english_news(hub, "story", related_hubs=[hub])
    item = english_news(news_indexes["en"], "item", related_hubs=[hub])
    assert_constant(count_queries(client, item.url), count_queries(client, story.url))


@time_machine.travel(NOW, tick=False)
def test_event_page_queries_do_not_grow(client, event_indexes, hub_indexes):
    def event(slug, count):
        hubs = [english_hub(hub_indexes["en"], f"{slug}-hub-{number}") for number in range(count)]
        return build_event(event_indexes, slug, aware(2027, 1, 1, 10), aware(2027, 1, 1, 12), related_hubs=hubs)

    small, large = event("small", 1), event("large", 12)
    assert_constant(count_queries(client, small["en"].url), count_queries(client, large["en"].url))
    assert_constant(count_queries(client, small["es"].url), count_queries(client, large["es"].url))


@time_machine.travel(NOW, tick=False)
def test_home_with_pinned_news_and_event_runs_the_same_queries(
    client, homes, news_indexes, event_indexes, django_capture_on_commit_callbacks
):
    for number in range(4):
        english_news(news_indexes["en"], f"news-{number:02d}")
        english_event(
            event_indexes["en"], f"event-{number:02d}", aware(2027, 1, 1 + number, 10), aware(2027, 1, 1 + number, 12)
        )
    unpinned = count_queries(client, homes["en"].url)
    home = homes["en"]
    home.featured_news = english_news(news_indexes["en"], "pinned", date=datetime.date(2020, 1, 1))
    home.featured_event = english_event(
        event_indexes["en"], "pinned-event", aware(2027, 6, 1, 10), aware(2027, 6, 1, 12)
    )
    # Committed, as in production: the publish renews the lookups (the home
    # the routing starts from is one of them).
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    pinned = count_queries(client, home.url)
    assert_constant(unpinned, pinned)
    html = client.get(home.url).content.decode()
    assert html.index("Pinned</a>") < html.index("News 03")
    assert html.index("Pinned Event") < html.index("Event 00")
