"""RSS and Atom of the news and publications, of one HUB and of one SDG, per
language, read by feedparser as a feed reader reads them; advertised in the
page heads."""

import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.feeds import FEED_SIZE
from tests.factories import build_home_pages
from tests.hub_pages.factories import build_hub, build_hub_index, sdgs
from tests.module_data import rolled_back_after_the_module
from tests.news.factories import aware, build_event, build_event_index, build_news, build_news_index, english_news
from tests.news.publication_factories import build_library, build_publication, english_publication

pytestmark = pytest.mark.django_db
FORMATS = {"rss": ("", "rss20"), "atom": ("atom/", "atom10")}


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    """Two HUBs; a story under Bilbao, news naming it, news and an event on
    SDG 11; a plan naming Bilbao on SDG 11 and a toolkit on SDG 6. Built once
    for the module (seconds of page saves), each test in its own savepoint."""
    with rolled_back_after_the_module(django_db_blocker):
        homes = build_home_pages()
        news_indexes, event_indexes = build_news_index(homes), build_event_index(homes)
        hub_indexes, libraries = build_hub_index(homes), build_library(homes)
        bilbao = build_hub(hub_indexes, "bilbao", "Bilbao")
        dakar = build_hub(hub_indexes, "dakar", "Dakar")
        build_news(bilbao, "story", "Bilbao story", date=datetime.date(2026, 3, 1), sdgs=sdgs(11))
        build_news(
            news_indexes, "about-bilbao", "About Bilbao", date=datetime.date(2026, 4, 1), related_hubs=[bilbao["en"]]
        )
        build_news(
            news_indexes, "about-dakar", "About Dakar", date=datetime.date(2026, 5, 1), related_hubs=[dakar["en"]]
        )
        build_news(news_indexes, "cities", "Cities", date=datetime.date(2026, 6, 1), sdgs=sdgs(11, 6))
        build_event(
            event_indexes, "forum", aware(2026, 12, 3, 9, 30), aware(2026, 12, 4, 17, 0), title="Forum", sdgs=sdgs(11)
        )
        build_publication(
            libraries, "bilbao-plan", date=datetime.date(2026, 4, 15), related_hubs=[bilbao["en"]], sdgs=sdgs(11)
        )
        build_publication(
            libraries, "water-toolkit", date=datetime.date(2026, 2, 1), publication_type="toolkit", sdgs=sdgs(6)
        )
        yield {"bilbao": bilbao, "dakar": dakar, "news": news_indexes, "libraries": libraries}


def read(client, url, kind):
    response = client.get(url)
    assert response.status_code == 200, url
    expected_type = {"rss": "application/rss+xml", "atom": "application/atom+xml"}[kind]
    assert response["Content-Type"].startswith(expected_type)
    assert "public" in response["Cache-Control"] and "max-age=900" in response["Cache-Control"]
    assert not response.cookies
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == FORMATS[kind][1]
    return feed


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_news_feed_in_both_formats_per_language(client, newsroom, kind, language):
    index = newsroom["news"][language]
    feed = read(client, index.url + "feed/" + FORMATS[kind][0], kind)
    tag = "" if language == "en" else f"[{language}] "
    assert [entry.title for entry in feed.entries] == [
        f"{tag}{title}"
        for title in ("Cities", "About Dakar", "Bilbao Plan", "About Bilbao", "Bilbao story", "Water Toolkit")
    ]
    assert feed.feed.title == f"{index.title} · Local4Action HUBs by UCLG"
    assert feed.entries[0].link.endswith(f"/{language}/") is False
    assert feed.entries[0].link.startswith("http://") and index.url in feed.entries[0].link


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_hub_feed_has_its_stories_and_the_news_and_publications_naming_it(client, newsroom, kind, language):
    index, hub = newsroom["news"][language], newsroom["bilbao"][language]
    feed = read(client, f"{index.url}feeds/hub/{hub.slug}/{FORMATS[kind][0]}", kind)
    tag = "" if language == "en" else f"[{language}] "
    assert [entry.title for entry in feed.entries] == [f"{tag}Bilbao Plan", f"{tag}About Bilbao", f"{tag}Bilbao story"]
    assert feed.feed.title == f"{hub.title} · Local4Action HUBs by UCLG"
    assert feed.feed.link == hub.get_full_url()


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_an_sdg_feed_has_news_stories_events_and_publications_with_the_goal(client, newsroom, kind, language):
    index = newsroom["news"][language]
    feed = read(client, f"{index.url}feeds/sdg/11/{FORMATS[kind][0]}", kind)
    tag = "" if language == "en" else f"[{language}] "
    titles = [entry.title for entry in feed.entries]
    # The event was published last (now), so it comes first.
    assert titles == [f"{tag}Forum", f"{tag}Cities", f"{tag}Bilbao Plan", f"{tag}Bilbao story"]
    assert feed.feed.title.startswith("11. ")
    six = read(client, f"{index.url}feeds/sdg/6/{FORMATS[kind][0]}", kind)
    assert [entry.title for entry in six.entries] == [f"{tag}Cities", f"{tag}Water Toolkit"]


def test_the_atom_entries_carry_dates_authors_and_tags(client, newsroom):
    news_index = newsroom["news"]["en"]
    english_news(news_index, "tagged", authors="UCLG", tags=["housing"])
    feed = read(client, news_index.url + "feed/atom/", "atom")
    (entry,) = [entry for entry in feed.entries if entry.link.endswith("/tagged/")]
    assert entry.published_parsed[:3] == (2026, 11, 24)
    assert entry.author == "UCLG"
    assert [tag.term for tag in entry.tags] == ["housing"]
    assert feed.feed.subtitle.startswith("News, city stories and publications")


@pytest.mark.parametrize(("language", "category"), [("en", "Report"), ("es", "Informe"), ("fr", "Rapport")])
def test_a_publication_entry_in_the_feeds_language(client, newsroom, language, category):
    """Its summary, link, date (the publication's) and type, in the feed's language."""
    index = newsroom["news"][language]
    feed = read(client, index.url + "feed/atom/", "atom")
    tag = "" if language == "en" else f"[{language}] "
    (entry,) = [entry for entry in feed.entries if entry.title == f"{tag}Bilbao Plan"]
    assert entry.summary == f"{tag}Summary of Bilbao Plan."
    assert entry.link.startswith("http://") and f"/{language}/" in entry.link
    assert entry.published_parsed[:3] == (2026, 4, 15)
    assert [term.term for term in entry.tags] == [category]


@pytest.mark.parametrize(
    "path", ["feeds/hub/nowhere/", "feeds/hub/nowhere/atom/", "feeds/sdg/18/", "feeds/sdg/0/atom/", "feeds/sdg/x/"]
)
def test_unknown_hubs_and_goals_are_404(client, newsroom, path):
    assert client.get(newsroom["news"]["en"].url + path).status_code == 404


def test_a_hub_of_another_language_has_no_feed_here(client, newsroom):
    english_slug = newsroom["bilbao"]["en"].slug
    assert client.get(f"{newsroom['news']['fr'].url}feeds/hub/{english_slug}/").status_code == 404


def queries(client, url):
    client.get(url)  # the first request fills per-process caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["feed/", "feed/atom/", "feeds/hub/bilbao/", "feeds/sdg/11/atom/"])
def test_feeds_take_a_fixed_number_of_queries(client, newsroom, path):
    hub, news_index, library = newsroom["bilbao"]["en"], newsroom["news"]["en"], newsroom["libraries"]["en"]
    english_news(news_index, "first", related_hubs=[hub], sdgs=sdgs(11), tags=["one"])
    few = queries(client, news_index.url + path)
    for number in range(FEED_SIZE + 2):
        english_news(news_index, f"more-{number}", related_hubs=[hub], sdgs=sdgs(11), tags=[f"tag-{number}", "one"])
        english_publication(library, f"report-{number}", related_hubs=[hub], sdgs=sdgs(11))
    assert queries(client, news_index.url + path) == few


def test_the_news_index_advertises_and_links_its_feeds(client, newsroom):
    index = newsroom["news"]["fr"]
    html = client.get(index.url).content.decode()
    assert f'<link rel="alternate" type="application/rss+xml" href="{index.url}feed/"' in html
    assert f'<link rel="alternate" type="application/atom+xml" href="{index.url}feed/atom/"' in html
    assert f'<a href="{index.url}feed/atom/">Atom</a>' in html
    assert "Suivre avec un lecteur de flux :" in html
    assert "feeds/sdg/" not in html and "feeds/hub/" not in html


def test_a_filtered_news_index_advertises_the_goal_and_hub_feeds(client, newsroom):
    index, hub = newsroom["news"]["es"], newsroom["bilbao"]["es"]
    html = client.get(index.url, {"sdg": "11", "hub": hub.pk}).content.decode()
    for url, kind in (
        (f"{index.url}feeds/sdg/11/", "rss+xml"),
        (f"{index.url}feeds/sdg/11/atom/", "atom+xml"),
        (f"{index.url}feeds/hub/{hub.slug}/", "rss+xml"),
        (f"{index.url}feeds/hub/{hub.slug}/atom/", "atom+xml"),
    ):
        assert f'<link rel="alternate" type="application/{kind}" href="{url}"' in html
        assert f'<a href="{url}">' in html
    assert "noticias, eventos y publicaciones" in html


def test_a_hub_page_advertises_and_links_its_feed(client, newsroom):
    index, hub = newsroom["news"]["fr"], newsroom["bilbao"]["fr"]
    html = client.get(hub.url).content.decode()
    url = f"{index.url}feeds/hub/{hub.slug}/"
    assert f'<link rel="alternate" type="application/rss+xml" href="{url}"' in html
    assert f'<link rel="alternate" type="application/atom+xml" href="{url}atom/"' in html
    assert f'<a href="{url}atom/">Atom</a>' in html
    assert "Suivre ce HUB" in html
    # Only the HUB's own feed: the site-wide one belongs to the news index.
    assert f'href="{index.url}feed/"' not in html
