"""The public site's layout in Chromium, on every page type: the header at
320 px, no sideways scrolling at 320, 768 and 1280 px, listings and the HUB
page using a wide screen, the small-screen menu (button, keyboard, no
JavaScript), and axe-core at zero in three languages at 320 and 1280 px."""

import datetime

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe

from tests.factories import build_home_pages, build_standard_page
from tests.hub_pages.factories import build_hub, build_hub_index, report, result, results_pages, sdgs
from tests.hub_pages.proposal_helpers import build_call
from tests.news.factories import aware, build_event, build_event_index, build_news, build_news_index
from tests.site_core.block_fixtures import make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)
LANGUAGES = ("en", "es", "fr")
LISTINGS = {"hub_index": ".hub-directory__results", "news_index": ".news-index__results", "event_index": ".event-list"}
ABOUT = {
    "en": {"title": "About", "slug": "about", "intro": "Who we are."},
    "es": {"title": "Acerca de", "slug": "acerca", "intro": "Quiénes somos."},
    "fr": {"title": "À propos", "slug": "a-propos", "intro": "Qui nous sommes."},
}


@pytest.fixture
def site(settings, tmp_path):
    """One page of each type in three languages: {name: {language: page}}."""
    settings.MEDIA_ROOT = tmp_path
    with time_machine.travel(NOW, tick=False):
        homes = build_home_pages()
        image = make_image()
        for page in homes.values():
            page.hero_image, page.hero_image_alt = image, "A test picture."
            page.save_revision().publish()
        hub_index = build_hub_index(homes)
        # A result with reports: its status, trend chart and table are checked too.
        reports = [report(datetime.date(2024, 5, 1), "12", note="Census"), report(datetime.date(2025, 3, 1), "20")]
        hub = build_hub(
            hub_index,
            "bilbao",
            contact_email="hub@example.org",
            sdgs=sdgs(11, 17),
            results=[result(target="40", reports=reports)],
        )
        programme_results = results_pages(hub_index)
        news_index = build_news_index(homes)
        news = build_news(news_index, "launch", sdgs=sdgs(11))
        for pages in (hub, news):
            for page in pages.values():
                page.hero_image, page.hero_image_alt = image, "A test picture."
                page.save_revision().publish()
        event_index = build_event_index(homes)
        event = build_event(event_index, "forum", aware(2026, 12, 3, 9, 30), aware(2026, 12, 4, 17))
        call = build_call(homes, opens_at=NOW - datetime.timedelta(days=1), closes_at=NOW + datetime.timedelta(days=60))
        about = build_standard_page(homes, ABOUT, show_in_menus=True)
    return {
        "home": homes,
        "hub_index": hub_index,
        "hub": hub,
        "programme_results": programme_results,
        "news_index": news_index,
        "news": news,
        "event_index": event_index,
        "event": event,
        "call": call,
        "about": about,
    }


def open_tab(browser, width, height=900, **options):
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    return context, context.new_page()


def overflowing(tab):
    # Inside the map, markers and labels past its edge are clipped by the
    # map (Leaflet's container hides its overflow): they widen nothing.
    return tab.evaluate(
        "() => [...document.querySelectorAll('body *')]"
        ".filter(e => !e.closest('.leaflet-container'))"
        ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
        ".map(e => e.tagName + '.' + e.className)"
    )


def test_layout_fits_every_width_and_uses_a_wide_screen(live_server, browser, site):
    with time_machine.travel(NOW, tick=True):
        for width in (320, 768, 1280):
            context, tab = open_tab(browser, width, height=568 if width == 320 else 900)
            try:
                for name, pages in site.items():
                    url = live_server.url + pages["en"].url
                    tab.goto(url)
                    assert overflowing(tab) == [], (url, width)
                    if width == 320:
                        header = tab.locator(".site-header").bounding_box()["height"]
                        assert header <= 568 * 0.25, (url, header)
                    if width == 1280 and name in LISTINGS:
                        assert tab.locator(LISTINGS[name]).first.bounding_box()["width"] >= 1000, url
                    if width == 1280 and name == "hub":
                        assert tab.locator(".hub-page__layout").bounding_box()["width"] >= 1000
                        story = tab.locator(".hub-page__story").bounding_box()
                        facts = tab.locator(".hub-facts-panel").bounding_box()
                        assert facts["x"] > story["x"] + story["width"] - 1, "the facts panel sits beside the story"
                        assert tab.locator(".hub-page__hero img").bounding_box()["width"] >= 1280 - 20
                    # Short pages: the footer reaches the bottom of the screen.
                    footer = tab.locator(".site-footer").bounding_box()
                    assert footer["y"] + footer["height"] >= tab.viewport_size["height"] - 1, url
            finally:
                context.close()


def test_small_screen_menu_opens_by_button_and_keyboard(live_server, browser, site):
    context, tab = open_tab(browser, 320, height=568)
    try:
        tab.goto(live_server.url + site["home"]["es"].url)
        button = tab.locator("[data-menu-button]")
        menu_link = tab.locator(".main-nav a").first
        assert button.get_attribute("aria-expanded") == "false"
        assert button.get_attribute("aria-controls") == "site-menu"
        assert not menu_link.is_visible()
        # Reachable by keyboard: Tab from the lockup lands on the button.
        tab.locator(".lockup").focus()
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.activeElement.hasAttribute('data-menu-button')")
        tab.keyboard.press("Enter")
        assert button.get_attribute("aria-expanded") == "true"
        assert menu_link.is_visible()
        tab.keyboard.press("Escape")
        assert button.get_attribute("aria-expanded") == "false"
        assert not menu_link.is_visible()
        button.click()
        assert button.get_attribute("aria-expanded") == "true"
    finally:
        context.close()
    # Without JavaScript the menu is a plain, visible list and the button stays hidden.
    context, tab = open_tab(browser, 320, height=568, java_script_enabled=False)
    try:
        tab.goto(live_server.url + site["home"]["fr"].url)
        assert not tab.locator("[data-menu-button]").is_visible()
        links = tab.locator(".main-nav a")
        assert links.count() >= 3 and all(links.nth(i).is_visible() for i in range(links.count()))
        assert site["call"]["fr"].url in [links.nth(i).get_attribute("href") for i in range(links.count())]
    finally:
        context.close()


def test_every_page_type_has_no_axe_violations(live_server, browser, site):
    with time_machine.travel(NOW, tick=True):
        for width in (320, 1280):
            context, tab = open_tab(browser, width)
            try:
                for language in LANGUAGES:
                    for pages in site.values():
                        url = live_server.url + pages[language].url
                        tab.goto(url, wait_until="networkidle")
                        results = Axe().run(tab)
                        assert results.violations_count == 0, (url, width, results.generate_report())
            finally:
                context.close()
