"""The demo news, city stories and events: complete in all three languages,
rendered, and loaded idempotently."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from taggit.models import Tag

from hub_pages.models import HubPage
from news.models import EventPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db
TODAY = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)
LANGUAGES = ("en", "es", "fr")


def counts():
    return {
        code: (
            NewsPage.objects.live().filter(locale__language_code=code).count(),
            EventPage.objects.live().filter(locale__language_code=code).count(),
            Tag.objects.count(),
        )
        for code in LANGUAGES
    }


@time_machine.travel(TODAY, tick=False)
def test_demo_news_and_events_are_complete_in_every_language(client):
    call_command("load_demo_content")
    first = counts()
    for code in LANGUAGES:
        news = NewsPage.objects.live().filter(locale__language_code=code)
        assert news.count() >= 10
        stories = [page for page in news if page.get_parent().specific_class is HubPage]
        assert len(stories) >= 4
        events = EventPage.objects.live().filter(locale__language_code=code)
        assert events.filter(end__lt=TODAY).exists() and events.filter(end__gte=TODAY).exists()
        assert events.count() >= 5
        venice = events.filter(title__contains="Venice City Solutions 2030")
        assert venice.filter(end__lt=TODAY).count() >= 2
        upcoming_venice = venice.get(end__gte=TODAY)
        # An undocumented edition is plainly marked as illustrative.
        assert any(word in upcoming_venice.title for word in ("illustrative", "ilustrativo", "illustrative"))
        for page in news:
            assert page.hero_image is not None and page.hero_image_alt.strip()
            assert page.tags.exists()
        for page in events:
            assert page.hero_image is not None and page.hero_image_alt.strip()
    # Each event has its own picture, described in each language.
    sources = EventPage.objects.filter(locale__language_code="en")
    assert len({page.hero_image_id for page in sources}) == sources.count()
    durban = EventPage.objects.filter(title__contains="Durban").values_list("hero_image_alt", flat=True)
    assert set(durban) == {
        "Illustration: a city skyline of dark green buildings with lit windows under a yellow sky, "
        "the sun low over the rooftops.",
        "Ilustración: el perfil de una ciudad con edificios verde oscuro de ventanas iluminadas bajo un cielo "
        "amarillo, con el sol bajo sobre los tejados.",
        "Illustration : la silhouette d'une ville aux immeubles vert foncé et aux fenêtres éclairées sous un ciel "
        "jaune, le soleil bas au-dessus des toits.",
    }
    # Tags are in each page's own language.
    spanish = NewsPage.objects.get(locale__language_code="es", slug="un-espacio-digital-para-los-hubs")
    assert {tag.name for tag in spanish.tags.all()} == {"plataforma", "red"}
    # Every page renders in its language, and the index lists the stories.
    for page in [*NewsPage.objects.live(), *EventPage.objects.live(), *NewsIndexPage.objects.live()]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    french_index = NewsIndexPage.objects.get(locale__language_code="fr")
    html = client.get(french_index.url, {"page": 1}).content.decode()
    assert html.count("news-card__story") >= 1
    call_command("load_demo_content")
    assert counts() == first
