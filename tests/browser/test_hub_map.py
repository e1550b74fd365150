"""The HUB maps in Chromium: the directory map's markers are the filtered
HUBs, keyboard focus reaches a marker and Enter opens its HUB, axe-core finds
nothing at 320 and 1280 px on the directory and a HUB page, no request leaves
the site's origin, and without JavaScript the list is still the directory."""

from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import build_home_pages
from tests.hub_pages.factories import build_hub_index, english_hub, sdgs

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_GROUP_STEPS = 6  # Enter presses on groups of close HUBs before a HUB has its own marker
PLACES = {  # slug: (latitude, longitude, country, status, SDG)
    "bilbao": ("43.26271", "-2.92528", "ES", "active", 11),
    "barcelona": ("41.38879", "2.15899", "ES", "proposed", 5),
    "dakar": ("14.69280", "-17.44670", "SN", "active", 6),
    "bogota": ("4.71100", "-74.07200", "CO", "completed", 6),
    "xian": ("34.34157", "108.93977", "CN", "active", 4),
}


@pytest.fixture
def hub_map_site():
    index = build_hub_index(build_home_pages())["en"]
    hubs = {}
    for slug, (latitude, longitude, country, status, goal) in PLACES.items():
        hubs[slug] = english_hub(
            index,
            slug,
            latitude=Decimal(latitude),
            longitude=Decimal(longitude),
            country=country,
            status=status,
            sdgs=sdgs(goal),
            lead_government=f"City of {slug.title()}",
        )
    english_hub(index, "nowhere", latitude=None, longitude=None, country="FR", sdgs=sdgs(6))
    return {"index": index, "hubs": hubs}


@pytest.fixture
def watched(browser, live_server):
    """A page factory recording every request to another origin and every CSP report."""
    contexts, foreign, blocked = [], [], []

    def open_page(width, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.on("request", lambda request: not request.url.startswith(live_server.url) and foreign.append(request.url))
        page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert foreign == [], foreign
    assert blocked == [], blocked


def open_map(page, url):
    page.goto(url, wait_until="networkidle")
    page.wait_for_selector(".hub-map__country", state="attached")  # the outlines arrived and were drawn


def hubs_on_the_map(page):
    """Names of the HUBs whose own marker is on the map, and the sizes of the
    groups of HUBs too close together to have their own at this zoom."""
    names = page.eval_on_selector_all(".hub-map__marker .hub-map__name", "els => els.map(e => e.textContent)")
    groups = page.eval_on_selector_all(".hub-map__cluster", "els => els.map(e => Number(e.textContent))")
    return names, groups


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.violations_count == 0, (page.url, results.generate_report())


FILTERS = {  # query: the HUBs with coordinates that match, and whether "Nowhere" (no coordinates) does
    "": (["Barcelona", "Bilbao", "Bogota", "Dakar", "Xian"], True),
    "?sdg=6": (["Bogota", "Dakar"], True),
    "?country=ES": (["Barcelona", "Bilbao"], False),
    "?status=active": (["Bilbao", "Dakar", "Xian"], True),
    "?status=completed&sdg=6": (["Bogota"], False),
}


def test_the_markers_are_the_filtered_hubs_at_1280_px(live_server, hub_map_site, watched):
    page = watched(1280)
    for query, (expected, nowhere_matches) in FILTERS.items():
        open_map(page, live_server.url + hub_map_site["index"].url + query)
        names, groups = hubs_on_the_map(page)
        # Every matching HUB with coordinates, once: on its own marker or in a group.
        assert len(names) + sum(groups) == len(expected), query
        assert set(names) <= set(expected), query
        labels = " ".join(page.eval_on_selector_all(".hub-map__cluster", "els => els.map(e => e.ariaLabel)"))
        assert all(name in names or name in labels for name in expected), (query, names, labels)
        unlocated = " ".join(page.locator(".hub-map__unlocated").all_inner_texts())
        assert ("Nowhere" in unlocated) == nowhere_matches, query
        if not query:
            assert_no_axe_violations(page)
    page.goto(live_server.url + hub_map_site["hubs"]["bilbao"].url, wait_until="networkidle")
    assert page.locator(".locator-map svg[role=img]").is_visible()
    assert_no_axe_violations(page)


def test_keyboard_reaches_a_marker_and_enter_opens_its_hub_at_320_px(live_server, hub_map_site, watched):
    page = watched(320)
    open_map(page, live_server.url + hub_map_site["index"].url)
    assert_no_axe_violations(page)
    overflowing = page.evaluate(
        "() => [...document.querySelectorAll('main *')]"
        ".filter(e => !e.closest('.leaflet-container'))"
        ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
        ".map(e => e.tagName + '.' + e.className)"
    )
    assert overflowing == []
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => !!document.activeElement.closest('.hub-map__pin')"):
            break
    else:
        pytest.fail("Tab never reached a marker")
    # At this width Barcelona and Bilbao are too close to tell apart: their
    # group comes first (list order); Enter zooms in and hands focus to one of them.
    assert page.evaluate("() => document.activeElement.matches('.hub-map__cluster')")
    assert "Barcelona" in page.evaluate("() => document.activeElement.ariaLabel")
    for _ in range(MAX_GROUP_STEPS):
        if page.evaluate("() => document.activeElement.matches('.hub-map__marker')"):
            break
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.activeElement.closest('.hub-map__pin')")
    focused = page.evaluate("() => [document.activeElement.href, document.activeElement.textContent]")
    assert page.evaluate("() => document.activeElement.matches('.hub-map__marker')"), focused
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == focused[0]
    assert page.locator("h1").inner_text() in focused[1]
    assert_no_axe_violations(page)  # the HUB page at 320 px, with its locator map


def test_without_javascript_the_list_remains(live_server, hub_map_site, watched):
    page = watched(1280, javascript=False)
    page.goto(live_server.url + hub_map_site["index"].url + "?sdg=6")
    assert page.locator(".hub-map").is_hidden()
    titles = page.locator(".hub-card__title").all_inner_texts()
    assert titles == ["Bogota", "Dakar", "Nowhere"]
    page.goto(live_server.url + hub_map_site["hubs"]["xian"].url)
    assert page.locator(".locator-map svg").is_visible()
