"""Sharing cards, JSON-LD and breadcrumbs on every page type in three
languages (news is the top layer: it sees every page type)."""

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Site

from site_core.models import SiteSettings
from site_core.sharing import SHARE_IMAGE_SPEC
from tests.conftest import ABOUT_SPEC
from tests.factories import build_standard_page
from tests.hub_pages.factories import build_hub
from tests.hub_pages.proposal_helpers import build_call
from tests.news.factories import aware, build_event, build_news
from tests.site_core.block_fixtures import make_image

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr")
OG_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR"}
OFFSET = re.compile(r"T\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail keeps renditions in the cache: none may outlive its test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def share_images(media_root):
    default = make_image("Default share picture", "default-share.png")
    default.description = "Mayors at the Venice forum"
    default.save()
    hero = make_image("Story picture", "story.png")
    return {"default": default, "hero": hero}


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def site_pages(homes, hub_indexes, news_indexes, event_indexes, share_images):
    """{kind: {language: page}} for every page type, with the default share
    image and a social link in the site settings."""
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.share_image = share_images["default"]
    site_settings.x_url = "https://x.com/uclg_org"
    site_settings.save()
    hubs = build_hub(hub_indexes, "bilbao", "Bilbao Hub")
    today = timezone.localdate()
    return {
        "home": homes,
        "standard": build_standard_page(homes, ABOUT_SPEC),
        "hub_index": hub_indexes,
        "hub": hubs,
        "proposal": build_call(homes),
        "news_index": news_indexes,
        "news": build_news(
            news_indexes,
            "forum-report",
            date=today,
            authors="Ana Ruiz, Jean Dupont",
            hero_image=share_images["hero"],
            hero_image_alt="Delegates in the plenary hall",
        ),
        "story": build_news(hubs, "bilbao-story", date=today),
        "event_index": event_indexes,
        "event": build_event(
            event_indexes,
            "venice-forum",
            aware(2026, 12, 3, 9),
            aware(2026, 12, 4, 18),
            attendance="hybrid",
            online_url="https://example.org/live",
            organiser="AICCRE",
            address="Piazza San Marco 1\nVenezia",
        ),
    }


def _head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def _meta(soup, name):
    found = soup.select(f'meta[property="{name}"], meta[name="{name}"]')
    return [tag["content"] for tag in found]


def _json_ld(soup):
    return [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]


def _of_type(blocks, schema_type):
    return [block for block in blocks if block.get("@type") == schema_type]


def test_every_page_type_has_absolute_sharing_tags_in_every_language(client, site_pages, share_images):
    rendition_model = get_image_model().get_rendition_model()
    for kind, pages in site_pages.items():
        for language in LANGUAGES:
            page = pages[language]
            soup = _head(client, page.url)
            where = f"{kind}/{language}"
            assert _meta(soup, "og:title") == [page.title], where
            assert _meta(soup, "og:site_name") == ["Local4Action HUBs by UCLG"], where
            assert _meta(soup, "og:type") == ["article" if kind in ("news", "story") else "website"], where
            assert _meta(soup, "og:url") == [page.get_full_url()], where
            assert soup.select_one('link[rel="canonical"]')["href"] == page.get_full_url(), where
            assert _meta(soup, "og:description")[0].strip(), where
            assert _meta(soup, "og:locale") == [OG_LOCALES[language]], where
            assert sorted(_meta(soup, "og:locale:alternate")) == sorted(
                OG_LOCALES[code] for code in LANGUAGES if code != language
            ), where
            assert _meta(soup, "twitter:card") == ["summary_large_image"], where
            assert _meta(soup, "twitter:title") == [page.title], where

            [image_url] = _meta(soup, "og:image")
            assert image_url.startswith("http://localhost/media/"), where
            assert _meta(soup, "twitter:image") == [image_url], where
            assert _meta(soup, "og:image:width") == ["1200"] and _meta(soup, "og:image:height") == ["630"], where
            image = share_images["hero"] if kind == "news" else share_images["default"]
            rendition = rendition_model.objects.get(image=image, filter_spec=SHARE_IMAGE_SPEC)
            assert image_url == f"http://localhost{rendition.url}", where
            assert (rendition.width, rendition.height) == (1200, 630)
            alt = page.hero_image_alt if kind == "news" else "Mayors at the Venice forum"
            assert _meta(soup, "og:image:alt") == [alt] == _meta(soup, "twitter:image:alt"), where


def test_the_description_is_the_search_description_else_the_summary(client, site_pages):
    hub = site_pages["hub"]["fr"]
    assert _meta(_head(client, hub.url), "og:description") == [hub.summary]
    hub.search_description = "Une description pour les moteurs de recherche."
    hub.save_revision().publish()
    assert _meta(_head(client, hub.url), "og:description") == ["Une description pour les moteurs de recherche."]


def test_views_that_are_not_pages_share_the_site(client, site_pages):
    soup = _head(client, "/es/search/?q=agua")
    assert _meta(soup, "og:url") == ["http://localhost/es/search/"]
    assert _meta(soup, "og:locale") == ["es_ES"]
    assert _meta(soup, "og:image")[0].startswith("http://localhost/media/")
    assert "Ciudades y Gobiernos Locales Unidos" in _meta(soup, "og:description")[0]
    not_found = BeautifulSoup(client.get("/fr/nulle-part/").content, "html.parser")
    assert _meta(not_found, "og:locale") == ["fr_FR"]
    assert not _meta(not_found, "og:locale:alternate")


def test_json_ld_per_page_type_in_every_language(client, site_pages):
    for kind, pages in site_pages.items():
        for language in LANGUAGES:
            page = pages[language]
            blocks = _json_ld(_head(client, page.url))
            where = f"{kind}/{language}"
            assert all(block["@context"] == "https://schema.org" for block in blocks), where
            types = [block["@type"] for block in blocks]
            assert len(types) == len(set(types)), where  # one block per type
            if kind == "home":
                assert types == ["Organization"], where
                [organisation] = blocks
                assert organisation["url"] == page.get_full_url()
                assert organisation["logo"].startswith("http://localhost/static/")
                assert organisation["sameAs"] == ["https://x.com/uclg_org"]
                continue
            [trail] = _of_type(blocks, "BreadcrumbList")
            items = trail["itemListElement"]
            assert [item["position"] for item in items] == list(range(1, len(items) + 1)), where
            assert items[0]["item"] == site_pages["home"][language].get_full_url(), where
            assert items[-1] == {
                "@type": "ListItem",
                "position": len(items),
                "name": page.title,
                "item": page.get_full_url(),
            }, where
            if kind in ("news", "story"):
                [article] = _of_type(blocks, "NewsArticle")
                assert article["headline"] == page.title
                assert article["inLanguage"] == language
                assert OFFSET.search(article["datePublished"]) and OFFSET.search(article["dateModified"]), article
                assert article["publisher"]["name"] == "Local4Action HUBs by UCLG"
                assert article["image"]["url"].startswith("http://localhost/media/")
                assert article["url"] == article["mainEntityOfPage"] == page.get_full_url()
                assert article["author"], where
            if kind == "event":
                [event] = _of_type(blocks, "Event")
                assert event["name"] == page.title and event["inLanguage"] == language
                assert event["startDate"] == "2026-12-03T09:00:00+01:00"
                assert event["endDate"] == "2026-12-04T18:00:00+01:00"
                assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
                assert event["eventStatus"] == "https://schema.org/EventScheduled"
                place, online = event["location"]
                assert place == {"@type": "Place", "name": page.venue, "address": "Piazza San Marco 1 Venezia"}
                assert online == {"@type": "VirtualLocation", "url": "https://example.org/live"}
                assert event["organizer"] == {"@type": "Organization", "name": "AICCRE"}
                assert event["url"] == page.get_full_url()
                assert event["image"]["url"].startswith("http://localhost/media/")


def test_news_authors_are_people_and_a_backdated_item_gives_its_date(client, site_pages):
    page = site_pages["news"]["en"]
    [article] = _of_type(_json_ld(_head(client, page.url)), "NewsArticle")
    assert article["author"] == [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Jean Dupont"}]
    page.date = datetime.date(2025, 3, 1)
    page.authors = ""
    page.save_revision().publish()
    [article] = _of_type(_json_ld(_head(client, page.url)), "NewsArticle")
    assert article["datePublished"] == "2025-03-01"
    assert article["author"]["name"] == "Local4Action HUBs by UCLG"


def test_an_online_event_is_a_virtual_location_in_its_own_offset(client, event_indexes):
    pages = build_event(
        event_indexes,
        "bogota-webinar",
        aware(2026, 7, 1, 10, zone="America/Bogota"),
        aware(2026, 7, 1, 12, zone="America/Bogota"),
        timezone="America/Bogota",
        attendance="online",
        online_url="https://example.org/webinar",
        venue="",
        languages=("en",),
    )
    [event] = _of_type(_json_ld(_head(client, pages["en"].url)), "Event")
    assert event["startDate"] == "2026-07-01T10:00:00-05:00"
    assert event["location"] == {"@type": "VirtualLocation", "url": "https://example.org/webinar"}
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["organizer"]["name"] == "Local4Action HUBs by UCLG"


def test_breadcrumbs_in_the_visitors_language_from_home_to_the_page(client, site_pages):
    expected_home = {"en": "Home", "es": "Inicio", "fr": "Accueil"}
    for language in LANGUAGES:
        story = site_pages["story"][language]
        soup = _head(client, story.url)
        [nav] = soup.select("nav.breadcrumbs")
        assert nav["aria-label"] == {"en": "Breadcrumb", "es": "Ruta de navegación", "fr": "Fil d’Ariane"}[language]
        links = nav.select("ol > li > a")
        assert [link.get_text() for link in links] == [
            expected_home[language],
            site_pages["hub_index"][language].title,
            site_pages["hub"][language].title,
            story.title,
        ]
        assert [link["href"] for link in links][1:] == [
            site_pages["hub_index"][language].url,
            site_pages["hub"][language].url,
            story.url,
        ]
        assert [link.get("aria-current") for link in links] == [None, None, None, "page"]
    home = _head(client, site_pages["home"]["es"].url)
    assert not home.select("nav.breadcrumbs")
