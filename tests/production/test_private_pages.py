"""Private pages of every kind, in every language, and their children:
anonymous visitors get Wagtail's login or password form, never the text,
on the first request and on the one a cached copy would answer."""

import pytest
from wagtail.models import PageViewRestriction

from tests.production.client import Visitor, form_fields
from tests.production.content import KINDS, LANGUAGES, PASSWORD

pytestmark = pytest.mark.production

PLACES = [(kind, which, language) for kind in KINDS for which in ("page", "child") for language in LANGUAGES]


def assert_refused(visitor, page):
    for _ in range(2):  # the second is where a cached copy would be served
        response = visitor.get(page.url)
        assert page.intro not in response.text
        assert "X-Page-Cache" not in response.headers
        if page.get_view_restrictions().get().restriction_type == PageViewRestriction.PASSWORD:
            assert response.status_code == 200
            assert 'name="password"' in response.text
        else:
            login = f"/{page.locale.language_code}/_util/login/?next={page.url}"
            assert (response.status_code, response.headers["Location"]) == (302, login)
            assert 'name="password"' in visitor.get(login).text  # Wagtail's login form


@pytest.mark.parametrize(("kind", "which", "language"), PLACES, ids=["-".join(place) for place in PLACES])
def test_anonymous_visitors_get_the_form_never_the_text(visitor, pages, kind, which, language):
    assert_refused(visitor, pages[kind, which][language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_password_opens_the_page_for_that_visitor_only(visitor, production_site, pages, language):
    page = pages[PageViewRestriction.PASSWORD, "child"][language]
    action, token = form_fields(visitor.get(page.url).text)
    opened = visitor.post(action, {"csrfmiddlewaretoken": token, "password": PASSWORD, "return_url": page.url})
    assert opened.headers["Location"] == page.url
    for _ in range(2):
        response = visitor.get(page.url)
        assert page.intro in response.text
        assert "X-Page-Cache" not in response.headers
    assert_refused(Visitor(production_site["base_url"]), page)


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_a_member_sees_the_page_and_leaves_no_copy_for_anonymous_visitors(admin_visitor, visitor, pages, kind):
    page = pages[kind, "child"]["fr"]
    response = admin_visitor.get(page.url)
    assert page.intro in response.text
    assert "X-Page-Cache" not in response.headers
    assert_refused(visitor, page)
