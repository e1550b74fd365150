"""Breadcrumbs in Chromium on a HUB's story at phone width: no axe-core
violation, nothing wider than the screen, the last crumb the current page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import build_home_pages
from tests.hub_pages.factories import build_hub, build_hub_index
from tests.news.factories import build_news

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    hub = build_hub(build_hub_index(build_home_pages()), "bilbao", "A HUB with a rather long name for a small screen")
    return {"hub": hub, "story": build_news(hub, "story", "A story with a long title that has to wrap")}


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_breadcrumbs_are_accessible_at_320_pixels(live_server, browser, story, language):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    try:
        for key in ("hub", "story"):
            page.goto(live_server.url + story[key][language].url, wait_until="networkidle")
            results = Axe().run(page, context="nav.breadcrumbs")
            assert results.violations_count == 0, results.generate_report()
            current = page.locator('nav.breadcrumbs [aria-current="page"]')
            assert current.inner_text() == story[key][language].title
            overflowing = page.evaluate(
                "() => [...document.querySelectorAll('nav.breadcrumbs *')]"
                ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
                ".map(e => e.tagName)"
            )
            assert overflowing == []
    finally:
        context.close()
