"""Private pages with the page cache on: Wagtail's view-restriction check
runs on every request, and nothing restricted is ever kept in the cache.
Restrictions are set on the English page and copied to its translations by
wagtail-localize, as in the admin; children inherit them."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from site_core import lookups
from tests.factories import build_standard_page

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr")
KINDS = (PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS)
SECRET = "Minutes of the closed board meeting"
MEMBERS_SPEC = {
    "en": {"title": "Members", "slug": "members", "intro": SECRET},
    "es": {"title": "Miembros", "slug": "miembros", "intro": "Actas de la reunión cerrada"},
    "fr": {"title": "Membres", "slug": "membres", "intro": "Procès-verbal de la réunion fermée"},
}
CHILD_SPEC = {
    "en": {"title": "Budget", "slug": "budget", "intro": "The draft budget in full"},
    "es": {"title": "Presupuesto", "slug": "presupuesto", "intro": "El borrador del presupuesto completo"},
    "fr": {"title": "Budget", "slug": "budget", "intro": "Le projet de budget complet"},
}
PASSWORD = "board-only"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == PageViewRestriction.PASSWORD else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Board")[0])
    return restriction


def private_pages(homes, kind):
    """{"page": {lang: page}, "child": {lang: page}}: the English page is
    restricted before it is translated, so wagtail-localize copies the
    restriction; the child has none of its own."""
    members = build_standard_page({"en": homes["en"]}, {"en": MEMBERS_SPEC["en"]})["en"]
    restrict(members, kind)
    members = build_standard_page(homes, MEMBERS_SPEC)
    return {"page": members, "child": build_standard_page(members, CHILD_SPEC)}


def assert_refused(response, page):
    """Wagtail's answer: a password form (200, never cacheable) or a redirect to its login."""
    body = response.content.decode()
    assert page.specific.intro not in body, page.url
    assert "X-Page-Cache" not in response, page.url
    if response.status_code == 200:
        assert 'name="password"' in body
        assert "no-cache" in response["Cache-Control"]
    else:
        assert response.status_code == 302, page.url
        assert response["Location"] == f"/{page.locale.language_code}/_util/login/?next={page.url}"


@pytest.mark.parametrize("kind", KINDS)
def test_anonymous_visitors_never_get_a_private_page(client, homes, kind):
    """Every language, the page and its child (one site per kind: building it is the slow part)."""
    pages = private_pages(homes, kind)
    for which in ("page", "child"):
        for language in LANGUAGES:
            page = pages[which][language]
            # Copied by wagtail-localize to the translations, inherited by the children.
            assert page.get_view_restrictions().get().restriction_type == kind
            assert_refused(client.get(page.url), page)
            assert_refused(client.get(page.url), page)  # where a cached copy would be served


def test_a_visitor_who_gave_the_password_is_served_but_nothing_is_cached(client, homes):
    pages = private_pages(homes, PageViewRestriction.PASSWORD)
    for language in LANGUAGES:
        page = pages["child"][language]
        restriction = page.get_view_restrictions().get()
        with translation.override(language):
            action = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        assert client.post(action, {"password": PASSWORD, "return_url": page.url})["Location"] == page.url
        for _ in range(2):
            response = client.get(page.url)
            assert page.intro in response.content.decode()
            assert "X-Page-Cache" not in response, page.url
        client.cookies.clear()
        assert_refused(client.get(page.url), page)


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_members_see_a_private_page_that_is_never_cached(client, homes, django_user_model, kind):
    page = private_pages(homes, kind)["child"]["fr"]
    member = django_user_model.objects.create_user("member", password="x")
    member.groups.add(Group.objects.get_or_create(name="Board")[0])
    client.force_login(member)
    response = client.get(page.url)
    assert page.intro in response.content.decode()
    assert "X-Page-Cache" not in response


def test_making_a_cached_page_private_empties_the_cache(client, about_pages, django_capture_on_commit_callbacks):
    """A page cached while public is never served once it is private, even
    by a cache lookup that runs before Wagtail's check: each change empties
    the cache when it is committed."""
    client.get("/en/")
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict(about_pages["es"], PageViewRestriction.GROUPS)
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        restriction.groups.clear()  # who may see it changed
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_an_alias_of_a_private_page_is_private_as_wagtail_decides(client, homes, django_capture_on_commit_callbacks):
    """The page cache and the feeds' headers ask `lookups.is_public`, kept
    until the next publish: it answers as Wagtail's own check (an alias by
    its source's restrictions), and a new restriction shows at once."""
    members = build_standard_page(homes, MEMBERS_SPEC)["en"]
    alias = members.create_alias(parent=homes["en"], update_slug="members-alias")
    assert lookups.is_public(members) and lookups.is_public(alias)
    with django_capture_on_commit_callbacks(execute=True):
        restrict(members, PageViewRestriction.LOGIN)
    assert not lookups.is_public(members) and not lookups.is_public(alias)
    response = client.get(alias.url)
    assert response.status_code == 302 and SECRET not in response.content.decode()
