import pytest
from wagtail.models import Page

from hub_pages.models import HubIndexPage, HubPage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from site_core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_news_pages_live_under_the_news_index_or_a_hub():
    assert set(NewsPage.allowed_parent_page_models()) == {NewsIndexPage, HubPage}
    assert NewsPage.allowed_subpage_models() == []


def test_event_pages_live_under_the_event_index_only():
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.allowed_subpage_models() == []


def test_indexes_live_under_a_home_page_and_hold_their_own_type():
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert {NewsIndexPage, EventIndexPage} <= set(HomePage.allowed_subpage_models())


def test_editors_cannot_build_another_shape(homes, news_indexes, event_indexes):
    home = homes["en"]
    assert NewsPage.can_create_at(news_indexes["en"])
    assert not NewsPage.can_create_at(home)
    assert not NewsPage.can_create_at(event_indexes["en"])
    assert not EventPage.can_create_at(news_indexes["en"])
    assert not StandardPage.can_create_at(news_indexes["en"])
    assert not HubIndexPage.can_create_at(event_indexes["en"])
    # One index of each kind per language tree.
    assert not NewsIndexPage.can_create_at(home)
    assert not EventIndexPage.can_create_at(home)
    assert not NewsIndexPage.can_create_at(Page.get_first_root_node())


def test_a_story_can_be_created_under_a_hub(hub_indexes):
    from tests.hub_pages.factories import english_hub

    hub = english_hub(hub_indexes["en"], "bilbao")
    assert NewsPage.can_create_at(hub)
    assert not EventPage.can_create_at(hub)
