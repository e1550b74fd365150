"""Reach statistics as deployed: the beacon through gunicorn, the readings
shared by both workers in Redis, one flush into PostgreSQL; nothing about
the reader kept, and the page cache left as it was."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache

from site_core.models import PageViews
from site_core.page_cache.store import GENERATION_KEY
from site_core.reach.flushing import flush_pending
from tests.production.client import Visitor, probes, served_by
from tests.site_core.reach.readings import DESKTOP, PHONE

pytestmark = pytest.mark.production


def beacon(production_site, page, user_agent, **headers):
    probe = f"probe-{next(probes)}"
    response = Visitor(production_site["base_url"]).post(
        "/reach/",
        {"page": str(page.pk), "referrer": "https://www.uclg.org/en/news/?utm_source=mail"},
        headers={"User-Agent": user_agent, "X-Probe": probe, **headers},
    )
    return response, probe


def test_readings_from_both_workers_are_counted_once(production_site, pages):
    page = pages["public"]["es"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda agent: beacon(production_site, page, agent), (DESKTOP, PHONE) * 6))
    answers.append(beacon(production_site, page, DESKTOP, DNT="1"))
    assert {response.status_code for response, _probe in answers} == {204}
    assert not any(response.headers.get("Set-Cookie") for response, _probe in answers)
    assert len(set(served_by(production_site, [probe for _response, probe in answers]).values())) == 2
    generation = cache.get(GENERATION_KEY)

    assert flush_pending(now=time.time() + 180) == 12
    assert flush_pending(now=time.time() + 180) == 0
    assert sorted(PageViews.objects.filter(page=page).values_list("language", "referrer_host", "device", "views")) == [
        ("es", "uclg.org", "desktop", 6),
        ("es", "uclg.org", "mobile", 6),
    ]
    assert cache.get(GENERATION_KEY) == generation
