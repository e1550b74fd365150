"""The demo home and About pages use the block library in every language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.models import Locale

from site_core.demo import DemoContext
from site_core.demo_content import load_home_and_about
from site_core.locales import ensure_locales
from site_core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ensure_locales(Locale)
    load_home_and_about(DemoContext())


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_demo_uses_most_blocks_in_every_language(client, demo):
    used = set()
    for page in [*HomePage.objects.all(), *StandardPage.objects.filter(slug__in=("about", "acerca-de", "a-propos"))]:
        blocks = {child.block_type for child in page.body}
        assert blocks >= {"heading", "paragraph"}, page
        used |= blocks
    assert used >= {"key_figures", "image", "call_to_action", "timeline", "sdg_badges", "accordion", "section"}
    assert StandardPage.objects.get(slug="a-propos").body[-1].value["content"][-1].block_type == "document"


def test_demo_blocks_are_translated(client, demo):
    french = soup(client, "/fr/a-propos/")
    assert [t.text for t in french.select(".sdg-tag__name")][0] == "Éducation de qualité"
    assert french.select_one(".timeline-block time").text == "11 novembre 2019"
    assert french.select_one(".accordion-block summary").text == "Qui peut proposer un HUB ?"
    assert french.select_one(".section-block h2").text == "Participer"
    spanish_home = soup(client, "/es/")
    assert spanish_home.select(".key-figures-block__label")[1].text.startswith("idiomas de trabajo")
    assert spanish_home.select_one(".image-block img")["alt"].startswith("Diecisiete puntos")


def test_loading_twice_changes_nothing(client, demo):
    counts = (HomePage.objects.count(), StandardPage.objects.count(), get_image_model().objects.count())
    load_home_and_about(DemoContext())
    assert (HomePage.objects.count(), StandardPage.objects.count(), get_image_model().objects.count()) == counts
