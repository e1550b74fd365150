"""A NewsPage: date in the locale's format, authors, HUBs and SDGs resolved
to the visitor's language, per-language tags, and the wagtail-localize rules."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import TranslationSource

from news.models import EventPage, NewsPage
from tests.hub_pages.factories import build_hub, sdgs
from tests.news.factories import build_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def story_site(news_indexes, hub_indexes):
    hub = build_hub(hub_indexes, "bilbao")
    pages = build_news(
        news_indexes,
        "values",
        date=datetime.date(2026, 11, 24),
        related_hubs=[hub["en"]],
        sdgs=sdgs(11, 16),
        authors="UCLG Communications Team",
    )
    return hub, pages


def test_a_related_hubs_publish_shows_at_once_on_the_kept_page(client, story_site, django_capture_on_commit_callbacks):
    hub, pages = story_site
    related = BeautifulSoup(client.get(pages["en"].url).content, "html.parser").select_one(".news-related")
    assert related.select_one(f'a[href="{hub["en"].url}"]').get_text() == "Bilbao"
    hub["en"].title = "Bilbao Metropolitan"
    with django_capture_on_commit_callbacks(execute=True):
        hub["en"].save_revision().publish()
    related = BeautifulSoup(client.get(pages["en"].url).content, "html.parser").select_one(".news-related")
    assert related.select_one(f'a[href="{hub["en"].url}"]').get_text() == "Bilbao Metropolitan"


def meta_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.select_one(".news-meta").get_text().split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "November 24, 2026"), ("es", "24 de noviembre de 2026"), ("fr", "24 novembre 2026")],
)
def test_the_date_is_written_the_way_each_language_writes_it(client, story_site, language, expected):
    _hub, pages = story_site
    response = client.get(pages[language].url)
    assert meta_text(response).startswith(expected)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".news-meta time")["datetime"] == "2026-11-24"


def test_related_hubs_and_sdgs_are_shown_in_the_visitors_language(client, story_site):
    hub, pages = story_site
    # The translation's synced M2M points at the English objects…
    assert list(pages["es"].related_hubs.all()) == [hub["en"]]
    assert {sdg.locale.language_code for sdg in pages["es"].sdgs.all()} == {"en"}
    soup = BeautifulSoup(client.get(pages["es"].url).content, "html.parser")
    related = soup.select_one(".news-related")
    # …but the page links the Spanish HUB and names the goals in Spanish.
    assert related.select_one(f'a[href="{hub["es"].url}"]').get_text() == "[es] Bilbao"
    assert "Ciudades y comunidades sostenibles" in related.get_text()
    assert "Sustainable Cities" not in related.get_text()


def test_authors_are_shown(client, story_site):
    _hub, pages = story_site
    assert "By UCLG Communications Team" in meta_text(client.get(pages["en"].url))


def test_a_story_names_its_hub(client, news_indexes, hub_indexes):
    hub = build_hub(hub_indexes, "xian")
    story = build_news(hub, "youth")
    soup = BeautifulSoup(client.get(story["fr"].url).content, "html.parser")
    link = soup.select_one(".news-meta__story a")
    assert link["href"] == hub["fr"].url


def test_tags_link_to_the_filtered_index_in_the_same_language(client, story_site, news_indexes):
    _hub, pages = story_site
    pages["fr"].tags.set(["valeurs"])
    pages["fr"].save_revision().publish()
    soup = BeautifulSoup(client.get(pages["fr"].url).content, "html.parser")
    assert [a["href"] for a in soup.select(".news-tags a")] == [f"{news_indexes['fr'].url}?tag=valeurs"]


def test_dates_times_zones_links_and_relations_are_synchronised():
    news_fields = {field.field_name: field for field in get_translatable_fields(NewsPage)}
    event_fields = {field.field_name: field for field in get_translatable_fields(EventPage)}
    for name in ("date", "related_hubs", "sdgs"):
        assert isinstance(news_fields[name], SynchronizedField) and not news_fields[name].is_overridable(NewsPage())
    for name in ("start", "end", "timezone", "related_hubs"):
        assert isinstance(event_fields[name], SynchronizedField) and not event_fields[name].overridable
    for name in ("online_url", "registration_url", "attendance"):
        assert isinstance(event_fields[name], SynchronizedField)
    for name in ("title", "intro", "body", "authors", "hero_image_alt"):
        assert isinstance(news_fields[name], TranslatableField)
    for name in ("venue", "address", "organiser", "hero_image_alt"):
        assert isinstance(event_fields[name], TranslatableField)
    # Tags are words in each translation's language: neither copied nor translated.
    for name in ("tags", "tagged_items"):
        assert not news_fields[name].is_synchronized(NewsPage()) and not news_fields[name].is_translated(NewsPage())


def test_a_sync_from_the_source_keeps_each_translations_tags_and_updates_its_date(story_site):
    _hub, pages = story_site
    pages["es"].tags.set(["valores"])
    pages["es"].save_revision().publish()
    source_page = pages["en"]
    source_page.tags.set(["values"])
    source_page.date = datetime.date(2026, 11, 20)
    source_page.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(source_page)
    translation = source.translations.get(target_locale__language_code="es")
    translation.save_target(publish=True)
    spanish = NewsPage.objects.get(pk=pages["es"].pk)
    spanish.get_latest_revision().publish()
    spanish = NewsPage.objects.get(pk=pages["es"].pk)
    assert spanish.date == datetime.date(2026, 11, 20)
    assert [tag.name for tag in spanish.tags.all()] == ["valores"]
