"""The rule for every public page type: rendered without the page cache in
at most MAX_QUERIES queries, the same number at two scales (more listed
items, blocks and translations)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

MAX_QUERIES = 15


def count_queries(client, url, warm_visits=2):
    """Queries of a warm, uncached view of `url`. The first view creates the
    renditions (and the site's settings row, which bumps the generation); the
    second fills the lookups kept until the next publish. (One is enough
    where every page has been visited before.)"""
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
