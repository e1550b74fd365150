"""The home page's featured HUBs: automatic, with an editor override, in the
visitor's language."""

import pytest
from django.utils import translation

from site_core.models.pages import HomeFeaturedHub
from tests.hub_pages.factories import build_hub

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_hubs(hub_indexes):
    return {
        "older": build_hub(hub_indexes, "older-hub", "Older HUB"),
        "newer": build_hub(hub_indexes, "newer-hub", "Newer HUB"),
        "proposed": build_hub(hub_indexes, "proposed-hub", "Proposed HUB", status="proposed"),
    }


def featured_titles(client, home):
    html = client.get(home.url).content.decode()
    section = html.split('id="featured-hubs-heading"', 1)[1].split("</section>", 1)[0]
    return [line.split(">", 1)[1].split("<", 1)[0] for line in section.split('class="hub-card__title"><a href="')[1:]]


def test_without_picks_the_latest_active_hubs_are_featured(client, homes, three_hubs):
    titles = featured_titles(client, homes["fr"])
    assert titles == ["[fr] Newer HUB", "[fr] Older HUB"]  # proposed HUBs are not featured automatically


def test_editor_picks_replace_the_automatic_choice_in_every_language(client, homes, three_hubs):
    english_home = homes["en"]
    HomeFeaturedHub.objects.create(home=english_home, hub=three_hubs["proposed"]["en"], sort_order=0)
    # A pick made on a translation's source still points at the English page:
    # the Spanish home shows the Spanish version of it.
    HomeFeaturedHub.objects.create(home=homes["es"], hub=three_hubs["older"]["en"], sort_order=0)
    assert featured_titles(client, english_home) == ["Proposed HUB"]
    assert featured_titles(client, homes["es"]) == ["[es] Older HUB"]
    translation.activate("en")


def test_no_section_without_hubs(client, homes):
    assert 'id="featured-hubs-heading"' not in client.get(homes["en"].url).content.decode()
