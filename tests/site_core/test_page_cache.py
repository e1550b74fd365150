"""Anonymous visitors get pages from the shared cache, answered before URL
routing without a database query; any change editors make is visible on
the next view once it is committed."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, PageViewRestriction

from site_core.models import SiteSettings, Theme
from site_core.page_cache.store import GENERATION_KEY, current_generation
from site_core.page_cache.views import page_may_be_shared
from tests.factories import build_english_only_page
from tests.hub_pages.proposal_helpers import build_call

pytestmark = pytest.mark.django_db

MARKER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    settings.CDN_CACHE_SECONDS = 120
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block whose changes count as committed at its end, as an editor's
    save in the admin is (the test itself runs in a transaction that never
    commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def warm(client, about_pages):
    """The pages, after the site's first view (which creates its settings row)."""
    client.get("/en/")
    return about_pages


def test_a_hit_makes_no_query(client, warm, django_assert_num_queries):
    miss = client.get("/fr/a-propos/")
    with django_assert_num_queries(0):
        hit = client.get("/fr/a-propos/")
    assert (miss[MARKER], hit[MARKER]) == ("miss", "hit")
    assert hit.content == miss.content


def test_a_hit_carries_the_headers_of_the_miss(client, warm):
    miss = client.get("/es/acerca-de/")
    hit = client.get("/es/acerca-de/")
    assert {name: value for name, value in miss.items() if name != MARKER} == {
        name: value for name, value in hit.items() if name != MARKER
    }
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy", "X-Content-Type-Options"):
        assert hit[header] == miss[header]


def test_public_pages_may_be_kept_by_a_cdn_and_vary_only_on_the_session(client, warm):
    response = client.get("/en/about/")
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=120"
    # The language is in the path: no Accept-Language.
    assert response["Vary"] == "Cookie"
    assert response["Content-Language"] == "en"


def test_the_root_redirect_is_for_one_visitor_only(client, warm):
    response = client.get("/", headers={"Accept-Language": "fr"})
    assert (response.status_code, response["Location"]) == (302, "/fr/")
    assert set(response["Vary"].split(", ")) == {"Accept-Language", "Cookie"}
    assert response["Cache-Control"] == "private, no-store"
    assert MARKER not in response
    assert client.get("/", headers={"Accept-Language": "es"})["Location"] == "/es/"


def test_editors_never_get_or_make_a_cached_copy(admin_client, client, warm):
    for _ in range(2):
        response = admin_client.get("/en/about/")
        assert MARKER not in response
        assert response["Cache-Control"] == "private, no-store"
    assert client.get("/en/about/")[MARKER] == "miss"
    assert MARKER not in admin_client.get("/en/about/")


def test_any_session_cookie_goes_past_the_cache(client, warm):
    client.get("/en/about/")
    client.cookies["sessionid"] = "not-even-a-valid-session"
    assert MARKER not in client.get("/en/about/")


def test_parameters_the_page_does_not_read_share_its_entry(client, warm):
    assert client.get("/en/about/")[MARKER] == "miss"
    for query in ("utm_source=newsletter&utm_medium=email", "fbclid=IwAR0", "gclid=EAIa", "anything=else"):
        assert client.get(f"/en/about/?{query}")[MARKER] == "hit", query


def test_a_parameter_the_page_reads_makes_its_own_entry(client, warm):
    """The language switcher's "not translated" notice on a home page."""
    plain = client.get("/fr/")
    notice = client.get("/fr/?untranslated")
    assert (plain[MARKER], notice[MARKER]) == ("miss", "miss")
    assert notice.content != plain.content
    assert client.get("/fr/?untranslated&utm_source=x")[MARKER] == "hit"


def test_the_page_renders_without_the_parameters_it_does_not_read(client, warm):
    response = client.get("/en/?utm_source=newsletter&untranslated")
    assert response.wsgi_request.GET.dict() == {"untranslated": ""}
    assert response.wsgi_request.get_full_path() == "/en/?untranslated="


def test_head_is_answered_from_the_entry(client, warm, django_assert_num_queries):
    get = client.get("/en/about/")
    with django_assert_num_queries(0):
        head = client.head("/en/about/")
    assert (head.status_code, head[MARKER], head["Content-Length"]) == (200, "hit", get["Content-Length"])


def test_a_missing_page_is_never_kept(client, warm):
    for _ in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert MARKER not in response


def test_the_proposal_form_is_never_cached(client, homes):
    call = build_call(homes)["en"]
    client.get(call.url)
    response = client.get(call.url)
    assert response.status_code == 200
    assert MARKER not in response


def test_a_preview_is_never_shared(rf, about_pages):
    request = rf.get("/en/about/")
    assert page_may_be_shared(about_pages["en"], request)
    request.is_preview = True
    assert not page_may_be_shared(about_pages["en"], request)


def test_the_sitemap_is_kept_per_language_of_the_request(client, warm, django_assert_num_queries):
    english = client.get("/sitemap.xml", headers={"Accept-Language": "en"})
    assert english[MARKER] == "miss"
    assert "Accept-Language" in english["Vary"]
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml?utm_source=x", headers={"Accept-Language": "en"})[MARKER] == "hit"
    assert client.get("/sitemap.xml", headers={"Accept-Language": "fr"})[MARKER] == "miss"
    section = client.get("/sitemap-pages.xml", headers={"Accept-Language": "en"})
    assert section[MARKER] == "miss"
    with django_assert_num_queries(0):
        assert client.get("/sitemap-pages.xml?utm_source=x", headers={"Accept-Language": "en"})[MARKER] == "hit"
    assert client.get("/sitemap-pages.xml?p=1", headers={"Accept-Language": "en"})[MARKER] == "miss"


def publish(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()


def change_settings(about_pages):
    site_settings = SiteSettings.objects.get()
    site_settings.contact_email = "new@example.org"
    site_settings.save()


CHANGES = {
    "publish": lambda pages: publish(pages["en"], title="About the HUBs"),
    "translation publish": lambda pages: publish(pages["fr"], title="À propos des HUBs"),
    "unpublish": lambda pages: pages["es"].unpublish(),
    "move": lambda pages: pages["en"].move(pages["elsewhere"], pos="last-child"),
    "delete": lambda pages: pages["es"].delete(),
    "snippet save": lambda pages: Theme.objects.create(name="Housing", slug="housing", locale=pages["en"].locale),
    "snippet delete": lambda pages: Theme.objects.create(
        name="Water", slug="water", locale=Locale.objects.get(language_code="fr")
    ).delete(),
    "settings save": change_settings,
    "view restriction": lambda pages: PageViewRestriction.objects.create(
        page=pages["es"], restriction_type=PageViewRestriction.LOGIN
    ),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_empties_the_cache_when_committed(client, warm, committed, change):
    pages = {**warm, "elsewhere": build_english_only_page(warm["en"].get_parent(), "Elsewhere", "elsewhere")}
    assert client.get("/fr/a-propos/")[MARKER] == "miss"
    assert client.get("/fr/a-propos/")[MARKER] == "hit"
    with committed():
        CHANGES[change](pages)
    assert client.get("/fr/a-propos/")[MARKER] == "miss"


def test_a_page_saved_as_a_draft_changes_nothing(client, warm, committed):
    client.get("/en/about/")
    with committed():
        warm["en"].title = "A draft title"
        warm["en"].save_revision()
    assert client.get("/en/about/")[MARKER] == "hit"


def test_a_view_between_a_change_and_its_commit_is_stale_after_the_commit(client, warm, committed):
    """The race of a bump inside the admin's transaction: a request served
    before the commit reads the old content. Its copy must not outlive the
    commit (it would, for PAGE_CACHE_SECONDS, if the generation changed
    before the commit)."""
    client.get("/en/about/")
    before = current_generation()
    with committed():
        Theme.objects.create(name="Housing", slug="housing", locale=warm["en"].locale)
        assert current_generation() == before
        assert client.get("/en/about/")[MARKER] == "hit"
        cache.clear()  # as if it expired: this view stores a copy now, before the commit
        cache.set(GENERATION_KEY, before, None)
        assert client.get("/en/about/")[MARKER] == "miss"
    assert current_generation() != before
    assert client.get("/en/about/")[MARKER] == "miss"


def test_a_lost_generation_never_brings_old_entries_back(client, warm):
    client.get("/en/about/")
    cache.delete(GENERATION_KEY)  # evicted
    assert client.get("/en/about/")[MARKER] == "miss"
    assert client.get("/en/about/")[MARKER] == "hit"


def test_a_page_made_private_is_never_shared(client, warm, committed):
    page = build_english_only_page(warm["en"])
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for _ in range(2):
        response = client.get(page.url)
        assert 'name="password"' in response.content.decode()
        assert MARKER not in response
        assert "no-cache" in response["Cache-Control"]
