"""The news index: whole-site news in the visitor's language, filters by
HUB, SDG and tag (malformed values ignored)."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import build_home_pages
from tests.hub_pages.factories import build_hub, build_hub_index, sdgs
from tests.module_data import rolled_back_after_the_module
from tests.news.factories import build_news, build_news_index
from tests.news.listing_helpers import titles

pytestmark = pytest.mark.django_db


def selected(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    option = soup.select_one(f'select[name="{name}"] option[selected]')
    return option["value"] if option else ""


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Two HUBs and three items in three languages; one is a story under
    Bilbao. Built once for the module; each test runs in its own savepoint."""
    with rolled_back_after_the_module(django_db_blocker):
        homes = build_home_pages()
        news_indexes, hub_indexes = build_news_index(homes), build_hub_index(homes)
        bilbao = build_hub(hub_indexes, "bilbao")
        xian = build_hub(hub_indexes, "xian")
        older = build_news(
            news_indexes, "older", date=datetime.date(2026, 1, 5), related_hubs=[xian["en"]], sdgs=sdgs(4)
        )
        newer = build_news(news_indexes, "newer", date=datetime.date(2026, 6, 1), sdgs=sdgs(11, 17))
        story = build_news(bilbao, "story", date=datetime.date(2026, 3, 1), sdgs=sdgs(11))
        tags = {"en": ["housing"], "es": ["vivienda"], "fr": ["logement"]}
        for code, page in newer.items():
            page.tags.set(tags[code])
            page.save_revision().publish()
        yield {"bilbao": bilbao, "xian": xian, "older": older, "newer": newer, "story": story, "news": news_indexes}


@pytest.fixture
def news_indexes(site):
    """The module's news indexes, in place of empty ones."""
    return site["news"]


def test_lists_the_whole_site_newest_first_in_the_visitors_language(client, site, news_indexes):
    assert titles(client.get(news_indexes["en"].url)) == ["Newer", "Story", "Older"]
    assert titles(client.get(news_indexes["es"].url)) == ["[es] Newer", "[es] Story", "[es] Older"]


def test_a_story_under_a_hub_is_marked_with_its_hub(client, site, news_indexes):
    html = client.get(news_indexes["fr"].url).content.decode()
    assert "[fr] Bilbao" in html
    soup = BeautifulSoup(html, "html.parser")
    story_card = [card for card in soup.select(".news-card") if "[fr] Story" in card.get_text()][0]
    assert "[fr] Bilbao" in story_card.select_one(".news-card__story").get_text()


def test_filter_by_hub_uses_translation_keys_and_includes_its_stories(client, site, news_indexes):
    # On the Spanish site the options are the Spanish HUBs; the Spanish
    # "older" page's synced M2M still points at the English Xi'an.
    xian_es = site["xian"]["es"]
    response = client.get(news_indexes["es"].url, {"hub": xian_es.pk})
    assert titles(response) == ["[es] Older"]
    assert selected(response, "hub") == str(xian_es.pk)
    assert titles(client.get(news_indexes["es"].url, {"hub": site["bilbao"]["es"].pk})) == ["[es] Story"]


def test_filter_by_sdg_number(client, site, news_indexes):
    response = client.get(news_indexes["fr"].url, {"sdg": "11"})
    assert titles(response) == ["[fr] Newer", "[fr] Story"]
    assert selected(response, "sdg") == "11"


def test_tags_are_per_language_and_filter_within_the_locale(client, site, news_indexes):
    assert titles(client.get(news_indexes["es"].url, {"tag": "vivienda"})) == ["[es] Newer"]
    # The English tag does not exist on the Spanish site: ignored, said so.
    response = client.get(news_indexes["es"].url, {"tag": "housing"})
    assert titles(response) == ["[es] Newer", "[es] Story", "[es] Older"]
    assert "No se reconoció el valor de un filtro y se ha ignorado." in response.content.decode()
    soup = BeautifulSoup(client.get(news_indexes["fr"].url).content, "html.parser")
    assert [o.get_text() for o in soup.select('select[name="tag"] option')][1:] == ["logement"]


def test_filters_combine(client, site, news_indexes):
    url = news_indexes["en"].url
    assert titles(client.get(url, {"sdg": "11", "tag": "housing"})) == ["Newer"]
    assert titles(client.get(url, {"sdg": "11", "hub": site["bilbao"]["en"].pk})) == ["Story"]


def test_no_match_shows_the_empty_state_and_a_way_out(client, site, news_indexes):
    response = client.get(news_indexes["en"].url, {"sdg": "4", "tag": "housing"})
    html = response.content.decode()
    assert titles(response) == []
    assert "No article matches these filters." in html
    assert f'href="{news_indexes["en"].url}"' in html


@pytest.mark.parametrize(
    "query",
    [
        {"hub": "abc"},
        {"hub": "999999"},
        {"hub": "-3"},
        {"sdg": "99"},
        {"sdg": "0"},
        {"sdg": "x"},
        {"tag": "does-not-exist"},
    ],
)
def test_malformed_filter_values_are_ignored(client, site, news_indexes, query):
    response = client.get(news_indexes["en"].url, query)
    assert response.status_code == 200
    assert titles(response) == ["Newer", "Story", "Older"]
    assert "A filter value was not recognised and was ignored." in response.content.decode()


def test_a_hub_of_another_language_is_not_accepted(client, site, news_indexes):
    response = client.get(news_indexes["es"].url, {"hub": site["xian"]["en"].pk})
    assert titles(response) == ["[es] Newer", "[es] Story", "[es] Older"]


def test_interface_text_is_translated(client, site, news_indexes):
    french = client.get(news_indexes["fr"].url).content.decode()
    assert "Filtrer les actualités" in french and "3 articles" in french and "Récit de [fr] Bilbao" in french
    spanish = client.get(news_indexes["es"].url, {"sdg": "4"}).content.decode()
    assert "1 artículo" in spanish and "Siga con un lector de feeds:" in spanish


def test_a_story_appears_in_the_news_index_and_on_its_hub(client, site, news_indexes):
    """The two doors to a city story: the site-wide news index and the HUB
    page it lives under (rendered by hub_pages), in the visitor's language."""
    story = site["story"]["es"]
    assert "[es] Story" in titles(client.get(news_indexes["es"].url))
    hub_html = client.get(site["bilbao"]["es"].url).content.decode()
    assert story.url in hub_html and "[es] Story" in hub_html
