"""The pattern library in Chromium: axe-core finds no violation at phone and
desktop widths, nothing is blocked by the CSP, and the video facade only
contacts the host after a click. axe-core comes from the axe-playwright-python
package (requirements-dev.txt), which bundles axe.min.js."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from site_core.demo.translation import snippet_in_all_languages
from site_core.models import PartnerOrganisation
from tests.factories import build_home_pages
from tests.site_core.block_fixtures import PARTNER_SPEC, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def library_data(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    homes = build_home_pages()
    image = make_image()
    get_document_model().objects.create(title="HUB guidelines", file=ContentFile(b"%PDF-1.4\n", name="guide.pdf"))
    snippet_in_all_languages(PartnerOrganisation, PARTNER_SPEC, {"name": "Metropolis"}, logo=image)
    return homes


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_pattern_library_has_no_axe_violations(live_server, browser, library_data, width, language):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    blocked = []
    page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
    third_party = []
    page.on("request", lambda request: not request.url.startswith(live_server.url) and third_party.append(request.url))
    try:
        page.goto(f"{live_server.url}/{language}/pattern-library/", wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator(".section-block").count() == 6
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        # Nothing blocked by the CSP (fonts, styles, scripts, JSON-LD), nothing fetched elsewhere.
        assert blocked == [] and third_party == []
        fonts = page.evaluate("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
        assert {'"Roboto"', '"Oswald"'} <= set(fonts) or {"Roboto", "Oswald"} <= set(fonts)
        # The blocks reflow to the width (WCAG 1.4.10): none sticks out of the page body.
        overflowing = page.evaluate(
            "() => [...document.querySelectorAll('.page-body *')]"
            ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
            ".map(e => e.tagName + '.' + e.className)"
        )
        assert overflowing == []
    finally:
        context.close()


def test_video_facade_asks_the_host_only_after_a_click(live_server, browser, library_data):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    # Keep the test offline: answer the player's request ourselves.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(body="<p>player</p>", content_type="text/html"),
    )
    try:
        page.goto(f"{live_server.url}/en/pattern-library/", wait_until="networkidle")
        assert not [url for url in requests if "youtube" in url or "vimeo" in url]
        button = page.locator("#block-video [data-video-play]").first
        button.click()
        frame = page.locator("#block-video iframe").first
        assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/aaaaaaaaaaa?autoplay=1&rel=0"
        assert frame.get_attribute("title") == "What is a HUB?"
        page.wait_for_timeout(300)
        assert [url for url in requests if url.startswith("https://www.youtube-nocookie.com/embed/aaaaaaaaaaa")]
    finally:
        context.close()


def test_accordion_opens_from_the_keyboard(live_server, browser, library_data):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/en/pattern-library/")
        summary = page.locator("#block-accordion summary").first
        summary.focus()
        page.keyboard.press("Enter")
        assert page.locator("#block-accordion details").first.get_attribute("open") is not None
    finally:
        context.close()
