"""The sharing card's rules, its cost in queries, the escaping of JSON-LD,
the default share image setting and the editors' preview."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from site_core.breadcrumbs import breadcrumb_trail
from site_core.models import SiteSettings, StandardPage
from site_core.sharing import SHARE_IMAGE_SPEC, page_description, share_card, share_rendition
from site_core.structured_data import json_ld_script
from site_core.templatetags.i18n_tags import page_alternates
from tests.factories import build_english_only_page, build_standard_page
from tests.site_core.block_fixtures import make_image

pytestmark = pytest.mark.django_db

# The head's sharing tags and the breadcrumbs left out, the rest unchanged.
WITHOUT_SEO_INCLUDES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            "loaders": [
                (
                    "django.template.loaders.locmem.Loader",
                    {"components/seo/sharing.html": "", "components/navigation/breadcrumbs.html": ""},
                ),
                "django.template.loaders.filesystem.Loader",
                "django.template.loaders.app_directories.Loader",
            ],
        },
    }
]


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail keeps renditions in the cache: none may outlive its test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def default_share_image(media_root, homes):
    image = _image_with_description()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.share_image = image
    site_settings.save()
    return image


def _image_with_description():
    image = make_image("Forum", "forum.png")
    image.description = "Mayors at the forum"
    image.save()
    return image


def _queries(client, url):
    client.get(url)  # the first view makes the share rendition and fills Wagtail's caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _cost_of_the_tags(client, settings, url):
    """Queries the page makes with the sharing tags and breadcrumbs, less
    those it makes without them."""
    with_tags = _queries(client, url)
    templates = settings.TEMPLATES
    settings.TEMPLATES = [{**WITHOUT_SEO_INCLUDES[0], "DIRS": templates[0]["DIRS"]}]
    try:
        without = _queries(client, url)
    finally:
        settings.TEMPLATES = templates
    return with_tags - without


def test_sharing_tags_and_breadcrumbs_cost_no_query_whatever_the_translations(
    client, settings, monkeypatch, homes, default_share_image
):
    # The hreflang links read the page's translations already; the card
    # reuses that lookup (site_core.lookups keeps it for the request), so
    # here it is read once per request as well.
    read = {}

    def alternates_read_once(page, request):
        if page.pk not in read:
            read[page.pk] = page_alternates(page, request)
        return read[page.pk]

    monkeypatch.setattr("site_core.sharing.page_alternates", alternates_read_once)
    translated = build_standard_page(
        homes,
        {code: {"title": f"Page {code}", "slug": f"page-{code}", "intro": "Intro."} for code in ("en", "es", "fr")},
    )
    english_only = build_english_only_page(homes["en"])
    cost_translated = _cost_of_the_tags(client, settings, translated["fr"].url)
    cost_english_only = _cost_of_the_tags(client, settings, english_only.url)
    # the share image (with its rendition), the ancestors and the site
    # settings are lookups kept until the next publish (site_core/lookups.py)
    assert cost_translated == cost_english_only == 0


def test_json_ld_cannot_close_its_script_element(client, homes):
    pages = build_standard_page(
        homes, {"en": {"title": "Evil </script><script>alert(1)</script> & <!-- co", "slug": "evil", "intro": ""}}
    )
    html = client.get(pages["en"].url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert "<!--" not in html.split("<body", 1)[1].split("</main>")[0]
    [script] = BeautifulSoup(html, "html.parser").select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["itemListElement"][-1]["name"] == "Evil </script><script>alert(1)</script> & <!-- co"
    assert (
        str(json_ld_script({"a": "<&>"}))
        == '<script type="application/ld+json">{"a": "\\u003C\\u0026\\u003E"}</script>'
    )


def test_the_description_falls_back_to_the_programme_sentence(homes):
    page = build_english_only_page(homes["en"])
    assert "United Cities and Local Governments" in page_description(page)
    page.intro = "word " * 200
    assert len(page_description(page)) == 300


def test_a_missing_image_shares_nothing(db):
    assert share_rendition(987654) is None


def test_a_new_rendition_is_made_then_found_in_one_query(media_root):
    image = _image_with_description()
    rendition = share_rendition(image.pk)
    assert (rendition.width, rendition.height) == (1200, 630)
    with CaptureQueriesContext(connection) as queries:
        again = share_rendition(image.pk)
    assert again.pk == rendition.pk and len(queries) == 1, [q["sql"] for q in queries.captured_queries]
    assert again.filter_spec == SHARE_IMAGE_SPEC


def test_the_default_share_image_needs_a_description(media_root, homes):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.share_image = make_image("No description", "nodesc.png")
    with pytest.raises(ValidationError) as refused:
        site_settings.full_clean()
    assert "share_image" in refused.value.message_dict


def test_the_promote_tab_previews_the_shared_card(admin_client, about_pages, default_share_image):
    page = about_pages["en"]  # translations open wagtail-localize's editor instead
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    [preview] = soup.select(".share-preview")
    assert "About" in preview.get_text() and "What HUBs are." in preview.get_text()
    assert preview.select_one("img")["alt"] == "Mayors at the forum"
    assert "Leave empty to use the page&#x27;s summary or introduction." in html
    add = admin_client.get(f"/admin/pages/add/site_core/standardpage/{about_pages['en'].pk}/").content.decode()
    assert "Save a draft to see the preview." in add


def test_a_new_pages_preview_has_no_breadcrumbs_and_shares_the_site(rf, homes):
    request = rf.get("/en/new/")
    page = StandardPage(title="Not saved yet", slug="new")
    assert breadcrumb_trail(request, page) == []
    card = share_card(request, page)
    assert card.title == "Local4Action HUBs by UCLG" and card.url == "http://localhost/en/new/"
