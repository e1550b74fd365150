"""The rule for every public page type: rendered without the page cache in
at most MAX_QUERIES queries, the same number at two scales (more listed
items, blocks and translations).

Counted as a page costs right after a publish, with the lookups every page
shares already kept: the parts a page keeps until the next publish
(`{% until_next_publish %}` fragments, kept responses) are made afresh, or a
page whose parts are all kept would cost the same few queries whatever it
shows."""

import contextlib
from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext

from site_core import lookups

MAX_QUERIES = 15
MADE_AFRESH = ("fragment:", "response:")


@contextlib.contextmanager
def parts_made_afresh():
    keep = lookups.until_next_publish

    def making_parts_afresh(name, compute, *parts, **options):
        if name.startswith(MADE_AFRESH):
            return compute()
        return keep(name, compute, *parts, **options)

    with mock.patch.object(lookups, "until_next_publish", making_parts_afresh):
        yield


def count_queries(client, url, warm_visits=2):
    """Queries of a warm, uncached view of `url`, its kept parts made afresh.
    The first view creates the renditions (and the site's settings row, which
    bumps the generation); the second fills the lookups kept until the next
    publish. (One is enough where every page has been visited before.)"""
    with parts_made_afresh():
        for _visit in range(warm_visits):
            client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def assert_constant(small, large, budget=MAX_QUERIES):
    """Both scales within the budget, and equal."""
    assert small <= budget, small
    assert large == small, (small, large)
