"""The call for proposals is reachable from every language's main menu and,
while it is open, from the home page's lead; menus come from the page tree
("show in menus") in a constant number of queries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import build_standard_page
from tests.hub_pages.proposal_helpers import build_call

pytestmark = pytest.mark.django_db

ABOUT = {
    "en": {"title": "About", "slug": "about"},
    "es": {"title": "Acerca de", "slug": "acerca"},
    "fr": {"title": "À propos", "slug": "a-propos"},
}


def soup_of(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser")


def test_the_open_call_is_in_every_languages_menu_and_home_lead(client, homes, hub_indexes):
    call = build_call(homes)
    for code, home in homes.items():
        soup = soup_of(client, home)
        menu_links = [a["href"] for a in soup.select(".main-nav a")]
        assert call[code].url in menu_links, code
        assert soup.select_one(".main-nav__call a")["href"] == call[code].url
        assert soup.select_one(".home-lead__call a")["href"] == call[code].url
        # The footer menu is built from the same tree.
        assert call[code].url in [a["href"] for a in soup.select(".site-footer__menu a")]
        assert hub_indexes[code].url in menu_links


def test_a_closed_call_leaves_the_lead_and_is_no_longer_highlighted(client, homes):
    now = timezone.now()
    call = build_call(homes, opens_at=now - datetime.timedelta(days=60), closes_at=now - datetime.timedelta(days=1))
    soup = soup_of(client, homes["fr"])
    assert soup.select_one(".home-lead__call") is None
    assert soup.select_one(".main-nav__call") is None
    # Still in the menu (its page says the call is closed) until an editor unticks it.
    assert call["fr"].url in [a["href"] for a in soup.select(".main-nav a")]


def test_editors_decide_with_show_in_menus(client, homes):
    call = build_call(homes)
    for page in call.values():
        page.show_in_menus = False
        page.save_revision().publish()
    soup = soup_of(client, homes["es"])
    assert call["es"].url not in [a["href"] for a in soup.select(".main-nav a")]
    # The lead still links to the open call.
    assert soup.select_one(".home-lead__call a")["href"] == call["es"].url


def test_footer_menu_lists_menu_children_under_their_section(client, homes):
    about = build_standard_page(homes, ABOUT, show_in_menus=True)
    faq = build_standard_page(
        about,
        {code: {"title": f"FAQ {code}", "slug": f"faq-{code}"} for code in ("en", "es", "fr")},
        show_in_menus=True,
    )
    soup = soup_of(client, homes["fr"])
    section = next(li for li in soup.select(".site-footer__menu > li") if li.a["href"] == about["fr"].url)
    assert [a["href"] for a in section.select(":scope > ul a")] == [faq["fr"].url]
    # Only the main menu's own level in the header.
    assert faq["fr"].url not in [a["href"] for a in soup.select(".main-nav a")]


def test_menus_cost_the_same_queries_however_many_items(client, homes):
    build_call(homes)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(homes["en"].url)
        return len(captured)

    queries()  # warms Wagtail's per-process caches (site root paths, content types)
    before = queries()
    for index in range(3):
        spec = {code: {"title": f"Page {index} {code}", "slug": f"page-{index}-{code}"} for code in ("en", "es", "fr")}
        section = build_standard_page(homes, spec, show_in_menus=True)
        child = {
            code: {"title": f"Child {index} {code}", "slug": f"child-{index}-{code}"} for code in ("en", "es", "fr")
        }
        build_standard_page(section, child, show_in_menus=True)
    assert queries() == before


def test_the_highlight_follows_the_clock_without_a_publish(client, homes, monkeypatch):
    """The header is kept until the next publish; a call that closes in the
    meantime must not stay highlighted."""
    call = build_call(homes)
    assert soup_of(client, homes["en"]).select_one(".main-nav__call a")["href"] == call["en"].url
    after_closing = call["en"].closes_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr("hub_pages.models.proposal_page.timezone.now", lambda: after_closing)
    soup = soup_of(client, homes["en"])
    assert soup.select_one(".main-nav__call") is None
    assert call["en"].url in [a["href"] for a in soup.select(".main-nav a")]
