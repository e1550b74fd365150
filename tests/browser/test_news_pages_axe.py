"""News and event pages in Chromium: no axe-core violation at phone and
desktop widths, nothing blocked by the CSP, nothing fetched from elsewhere,
nothing wider than the screen."""

import datetime

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe

from tests.factories import build_home_pages
from tests.hub_pages.factories import build_hub, build_hub_index, sdgs
from tests.news.factories import aware, build_event, build_event_index, build_news, build_news_index
from tests.site_core.block_fixtures import make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def news_site(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with time_machine.travel(NOW, tick=False):
        homes = build_home_pages()
        hub = build_hub(build_hub_index(homes), "bilbao")
        news_index = build_news_index(homes)
        image = make_image()
        story = build_news(
            hub, "story", hero_image=image, hero_image_alt="A test picture.", related_hubs=[hub["en"]], sdgs=sdgs(11)
        )
        for code, page in story.items():
            page.tags.set({"en": ["housing"], "es": ["vivienda"], "fr": ["logement"]}[code])
            page.save_revision().publish()
        event_index = build_event_index(homes)
        event = build_event(
            event_index,
            "forum",
            aware(2026, 12, 3, 9, 30),
            aware(2026, 12, 4, 17),
            registration_url="https://example.org/r",
            # A long word beside its label overflowed the facts panel at 320 px.
            organiser="Local4ActionHUBsProgrammeSecretariat",
            related_hubs=[hub["en"]],
            hero_image=image,
            hero_image_alt="A test picture.",
        )
        build_event(event_index, "old-forum", aware(2021, 12, 2, 9, 30), aware(2021, 12, 3, 17))
    return {"home": homes, "news_index": news_index, "story": story, "event_index": event_index, "event": event}


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["en", "es"])
def test_news_and_event_pages_have_no_axe_violations(live_server, browser, news_site, width, language):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    blocked, third_party = [], []
    page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
    page.on("request", lambda request: not request.url.startswith(live_server.url) and third_party.append(request.url))
    try:
        for key in ("home", "news_index", "story", "event_index", "event"):
            url = live_server.url + news_site[key][language].url
            page.goto(url, wait_until="networkidle")
            results = Axe().run(page)
            assert results.violations_count == 0, (url, results.generate_report())
            overflowing = page.evaluate(
                "() => [...document.querySelectorAll('main *')]"
                ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
                ".map(e => e.tagName + '.' + e.className)"
            )
            assert overflowing == [], url
        assert blocked == [] and third_party == []
    finally:
        context.close()
