"""Reach statistics in a real browser: the beacon counts a page served from
the page cache like any other, and the cached copy stays shared."""

import pytest
from django.core.cache import cache

from site_core.models import PageViews
from tests.factories import build_home_pages, build_standard_page
from tests.site_core.reach.readings import DESKTOP, flush_later

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SPEC = {"fr": {"title": "Objectifs", "slug": "objectifs"}}


def test_cached_pages_are_counted(live_server, browser, settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    homes = build_home_pages()
    page = build_standard_page(
        {"en": homes["en"], "fr": homes["fr"]}, {"en": {"title": "Goals", "slug": "goals"}, **SPEC}
    )["fr"]
    context = browser.new_context(user_agent=DESKTOP)
    tab = context.new_page()
    # The first request of a new site creates its settings rows, which
    # empties the page cache once: start after it.
    with tab.expect_response(lambda response: response.url.endswith("/reach/")):
        tab.goto(f"{live_server.url}/fr/")
    served = []
    for _reading in range(2):
        with tab.expect_response(lambda response: response.url.endswith("/reach/")) as beacon:
            served.append(tab.goto(f"{live_server.url}/fr/objectifs/", referer="https://www.uclg.org/news/"))
        assert beacon.value.status == 204
    context.close()

    assert served[1].headers.get("x-page-cache") == "hit"
    assert flush_later() == 3
    assert list(PageViews.objects.filter(page=page).values_list("page_id", "language", "referrer_host", "views")) == [
        (page.pk, "fr", "uclg.org", 2)
    ]
