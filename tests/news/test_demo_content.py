"""The demo news, city stories, events and publications: complete in all
three languages, rendered, and loaded idempotently. The whole demo is loaded
once for this module (`demo_site`)."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from taggit.models import Tag
from wagtail.documents import get_document_model

from hub_pages.models import HubPage
from news.models import EventPage, NewsIndexPage, NewsPage, PublicationFile, PublicationIndexPage, PublicationPage

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
def test_demo_news_and_events_are_complete_in_every_language(demo_site, client):
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


def publication_counts():
    return (PublicationPage.objects.count(), PublicationFile.objects.count(), get_document_model().objects.count())


def test_the_demo_library_is_complete_and_loads_once(demo_site, client):
    first = publication_counts()
    for code in LANGUAGES:
        library = PublicationIndexPage.objects.live().get(locale__language_code=code)
        publications = PublicationPage.objects.live().filter(locale__language_code=code)
        assert publications.count() >= 3
        assert len({page.publication_type for page in publications}) >= 3
        html = client.get(library.url).content.decode()
        for page in publications:
            assert page.title in html
            assert page.hero_image is not None and page.hero_image_alt.strip()
            assert page.files.exists()
        if code != "en":  # every one is in English; some lack a Spanish or a French file
            missing = next(page for page in publications if not page.files.filter(language=code).exists())
            assert "publication-files__missing" in client.get(missing.url).content.decode()
    for row in PublicationFile.objects.select_related("document"):
        with row.document.file.open("rb") as file:
            content = file.read()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    named = PublicationPage.objects.live().filter(locale__language_code="es", related_hubs__isnull=False).first()
    hub = named.related_hubs.first().get_translation(named.locale)
    assert named.title in client.get(hub.url).content.decode()
    call_command("load_demo_content")
    assert publication_counts() == first
