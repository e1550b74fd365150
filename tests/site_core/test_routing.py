"""A home routes a path in two queries and finds what Wagtail's walk
(one slug at a time) finds: the same page, or a 404."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from site_core.models import StandardPage

pytestmark = pytest.mark.django_db


def child(parent, slug, live=True):
    page = StandardPage(title=slug.title(), slug=slug)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save()
    return page


@pytest.fixture
def tree(homes):
    """home › a › b › c, plus a draft `hidden` with a live child under it."""
    a = child(homes["en"], "a")
    b = child(a, "b")
    c = child(b, "c")
    hidden = child(homes["en"], "hidden", live=False)
    under_hidden = child(hidden, "under")
    return {"home": homes["en"], "a": a, "b": b, "c": c, "under_hidden": under_hidden}


def routes(home, components):
    request = RequestFactory().get("/")
    try:
        ours = home.route(request, components).page.pk
    except Http404:
        ours = None
    try:
        wagtails = Page.route(home, request, components).page.pk
    except Http404:
        wagtails = None
    return ours, wagtails


@pytest.mark.parametrize(
    "components",
    [
        ["a"],
        ["a", "b"],
        ["a", "b", "c"],
        ["hidden", "under"],
        ["hidden"],
        ["a", "x"],
        ["x"],
        ["a", "b", "c", "d"],
        ["b"],
    ],
)
def test_the_home_finds_what_wagtail_finds(tree, components):
    ours, wagtails = routes(tree["home"], components)
    assert ours == wagtails


def test_a_deep_page_costs_two_queries(tree):
    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as captured:
        result = tree["home"].route(request, ["a", "b", "c"])
    assert result.page.pk == tree["c"].pk
    assert isinstance(result.page, StandardPage)
    assert len(captured) == 2


def test_pages_are_served_at_any_depth(client, tree):
    assert client.get(tree["c"].url).status_code == 200
    assert client.get(tree["under_hidden"].url).status_code == 200
    assert client.get("/en/a/nothing-here/").status_code == 404
