"""The shared page cache as deployed: anonymous views are kept in Redis for
every worker; editors, members and previews never get or make a cached
copy; a publish is seen by both workers at once."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.production.client import Visitor, probes, served_by

pytestmark = pytest.mark.production


def publish(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()


def views_until_both_workers_answer(production_site, url, within):
    """Anonymous GETs, four at a time on new connections, until both workers
    have answered or `within` seconds have passed: [(response, worker pid)]."""
    deadline = time.monotonic() + within
    answered = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        while len({pid for _response, pid in answered}) < 2 and time.monotonic() < deadline:
            ids = [f"probe-{next(probes)}" for _ in range(4)]
            responses = list(
                pool.map(lambda probe: Visitor(production_site["base_url"]).get(url, headers={"X-Probe": probe}), ids)
            )
            workers = served_by(production_site, ids)
            answered += [(response, workers.get(probe)) for probe, response in zip(ids, responses, strict=True)]
    return answered


def test_anonymous_views_are_kept_for_the_next_visitor(visitor, pages):
    page = pages["public"]["es"]
    publish(page)
    miss, hit = visitor.get(page.url), Visitor(visitor.base_url).get(page.url)
    assert (miss.status_code, miss.headers["X-Page-Cache"], hit.headers["X-Page-Cache"]) == (200, "miss", "hit")
    assert hit.content == miss.content


def test_a_hit_carries_every_header_of_the_miss(visitor, pages):
    """The security headers included: the ones set outside the cache are
    added to the hit, the ones set inside are stored with it."""
    page = pages["public"]["en"]
    publish(page)
    miss, hit = visitor.get(page.url), Visitor(visitor.base_url).get(page.url)
    assert (miss.headers["X-Page-Cache"], hit.headers["X-Page-Cache"]) == ("miss", "hit")
    unrelated = {"X-Page-Cache", "Date"}
    assert {k: v for k, v in hit.headers.items() if k not in unrelated} == {
        k: v for k, v in miss.headers.items() if k not in unrelated
    }
    for header in ("Strict-Transport-Security", "Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"):
        assert hit.headers[header]
    assert hit.headers["Cache-Control"].startswith("public, max-age=0, s-maxage=")
    assert hit.headers["Vary"] == "Cookie"


def test_plain_http_is_redirected_before_the_cache(visitor, pages):
    page = pages["public"]["en"]
    visitor.get(page.url)
    response = visitor.get(page.url, headers={"X-Forwarded-Proto": "http"})
    assert response.status_code == 301
    assert "X-Page-Cache" not in response.headers


def test_editors_never_get_or_make_a_cached_copy(admin_visitor, visitor, pages):
    page = pages["public"]["fr"]
    publish(page)
    for _ in range(2):
        response = admin_visitor.get(page.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response.headers
        assert "wagtail-userbar" in response.text  # rendered for this editor
    assert visitor.get(page.url).headers["X-Page-Cache"] == "miss"  # the editor left no copy
    hit = visitor.get(page.url)
    assert hit.headers["X-Page-Cache"] == "hit"
    assert "wagtail-userbar" not in hit.text
    assert "X-Page-Cache" not in admin_visitor.get(page.url).headers


def test_a_preview_never_reaches_the_cache(admin_visitor, visitor, pages):
    page = pages["public"]["en"]
    publish(page)
    live_title = page.title
    page.title = "Unpublished draft title"
    page.save_revision()
    preview = admin_visitor.get(f"/admin/pages/{page.id}/view_draft/")
    assert preview.status_code == 200
    assert "Unpublished draft title" in preview.text
    assert "X-Page-Cache" not in preview.headers
    for expected in ("miss", "hit"):
        response = visitor.get(page.url)
        assert response.headers["X-Page-Cache"] == expected
        assert live_title in response.text
        assert "Unpublished draft title" not in response.text
    page.title = live_title


def test_a_publish_is_seen_by_both_workers_within_a_second(production_site, pages):
    page = pages["public"]["fr"]
    publish(page, title="Leg page, before the publish")
    before = views_until_both_workers_answer(production_site, page.url, within=10)
    assert len({pid for _response, pid in before}) == 2
    assert all("before the publish" in response.text for response, _pid in before)

    publish(page, title="Leg page, after the publish")
    after = views_until_both_workers_answer(production_site, page.url, within=1)
    assert len({pid for _response, pid in after}) == 2, "both workers did not answer within a second"
    assert all("after the publish" in response.text for response, _pid in after)
