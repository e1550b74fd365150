"""Page chrome kept until the next publish ({% until_next_publish %}):
a publish shows at once, what depends on the page stays the page's own, a
preview never reaches the shared cache, and rendering never writes."""

import datetime
import importlib
import json

import pytest
from bs4 import BeautifulSoup
from django.apps import apps as django_apps
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from site_core import lookups
from site_core.page_cache.store import current_generation
from tests.factories import build_english_only_page, build_standard_page
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

KEPT = Template("{% load fragment_tags %}{% until_next_publish 'test' %}{{ value }}{% enduntil_next_publish %}")
KEPT_MEDIA = Template(
    "{% load fragment_tags %}{% until_next_publish 'test' media %}{{ value }}{% enduntil_next_publish %}"
)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def current_links(soup):
    return [a["href"] for a in soup.select(".main-nav a[aria-current]")]


@pytest.fixture
def menu_pages(about_pages, homes):
    english_only = build_english_only_page(homes["en"])
    english_only.show_in_menus = True
    english_only.save_revision().publish()
    return about_pages, english_only


def test_a_publish_shows_at_once_in_the_header_and_footer(client, about_pages, django_capture_on_commit_callbacks):
    soup = soup_of(client, "/en/")
    assert [a.get_text(strip=True) for a in soup.select(".main-nav a")] == ["About"]
    about = about_pages["en"]
    about.title = "About the programme"
    about.save_revision()  # a draft: visitors still see the live title
    soup = soup_of(client, "/en/")
    assert [a.get_text(strip=True) for a in soup.select(".main-nav a")] == ["About"]
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    soup = soup_of(client, "/en/")
    assert [a.get_text(strip=True) for a in soup.select(".main-nav a")] == ["About the programme"]
    assert "About the programme" in [a.get_text(strip=True) for a in soup.select(".site-footer__menu a")]


def test_the_current_menu_item_is_the_pages_own(client, menu_pages):
    about, english_only = menu_pages
    for _round in range(2):  # the second round reads the kept headers
        assert current_links(soup_of(client, "/en/about/")) == ["/en/about/"]
        assert current_links(soup_of(client, "/en/only-in-english/")) == ["/en/only-in-english/"]
        assert current_links(soup_of(client, "/en/")) == []


def test_the_language_switcher_is_the_pages_own(client, menu_pages):
    def switcher(url):
        return {a["hreflang"]: a["href"] for a in soup_of(client, url).select("nav.language-switcher a")}

    for _round in range(2):
        assert switcher("/en/about/")["fr"] == "/fr/a-propos/"
        assert switcher("/en/only-in-english/")["fr"] == "/fr/?untranslated"


def test_each_language_has_its_own_chrome(client, about_pages):
    assert "Acerca de" in soup_of(client, "/es/").select_one(".main-nav").get_text()
    assert "À propos" in soup_of(client, "/fr/").select_one(".main-nav").get_text()
    assert soup_of(client, "/fr/").select_one(".header-search")["action"] == "/fr/search/"


def _render(template, request, value):
    return template.render(Context({"request": request, "value": value}))


def test_a_block_is_kept_until_the_next_publish(homes):
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    assert _render(KEPT, request, "first") == "first"
    assert _render(KEPT, request, "second") == "first"
    lookups.cache.delete("page-cache:generation")  # what a publish does: a new generation
    lookups._request.values = None
    assert _render(KEPT, request, "third") == "third"


def test_a_block_that_follows_the_clock_is_kept_for_the_minute(homes, monkeypatch):
    kept_for_the_minute = Template(
        "{% load fragment_tags %}{% until_next_publish 'test' minute %}{{ value }}{% enduntil_next_publish %}"
    )
    minute = timezone.now().replace(second=0, microsecond=0)
    monkeypatch.setattr(lookups, "this_minute", lambda: minute)
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    assert _render(kept_for_the_minute, request, "first") == "first"
    assert _render(kept_for_the_minute, request, "second") == "first"
    lookups._request.values = None
    minute += datetime.timedelta(minutes=1)
    assert _render(kept_for_the_minute, request, "third") == "third"


def test_a_preview_is_never_kept(homes):
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    request.is_preview = True
    assert _render(KEPT, request, "draft") == "draft"
    request.is_preview = False
    assert _render(KEPT, request, "live") == "live"


def test_media_urls_that_expire_are_never_kept(homes, monkeypatch):
    monkeypatch.setattr(lookups, "media_urls_expire", lambda: True)
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    assert _render(KEPT_MEDIA, request, "signed-1") == "signed-1"
    assert _render(KEPT_MEDIA, request, "signed-2") == "signed-2"


def test_a_document_is_never_saved_while_a_page_renders(client, homes, document, django_capture_on_commit_callbacks):
    assert document.file_size == document.file.size  # stored on its first save
    page = build_english_only_page(homes["en"])
    page.body = json.dumps([{"type": "document", "value": {"document": document.pk, "label": ""}}])
    page.save_revision().publish()
    assert soup_of(client, page.url).select_one(".document-block__meta").get_text(strip=True) == "(PDF, 2.4\xa0KB)"
    # A document stored without its size (before it was kept on save):
    # shown without one, and not saved by the visit.
    type(document).objects.filter(pk=document.pk).update(file_size=None)
    lookups.cache.clear()  # the page's body is kept: render it again
    generation = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        soup = soup_of(client, page.url)
    assert soup.select_one(".document-block__meta").get_text(strip=True) == "(PDF)"
    assert current_generation() == generation
    document.refresh_from_db()
    assert document.file_size is None


def test_kept_chrome_costs_no_query(client, about_pages, menu_pages):
    # Header, footer and stylesheets come from the shared cache: the same
    # queries with one menu item or two.
    one_item = count_queries(client, "/en/about/")
    build_standard_page(about_pages, {"en": {"title": "FAQ", "slug": "faq"}}, show_in_menus=True)
    assert count_queries(client, "/en/about/") == one_item


def test_the_migration_stores_the_size_of_documents_saved_without_one(document):
    migration = importlib.import_module("site_core.migrations.0014_document_file_sizes")
    type(document).objects.filter(pk=document.pk).update(file_size=None)
    migration.store_missing_file_sizes(django_apps, None)
    document.refresh_from_db()
    assert document.file_size == document.file.size > 0
