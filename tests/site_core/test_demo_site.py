"""Tests that read the whole demo site, loaded once for this module
(`demo_site`): loading, translations, every page rendered in every
language, and what every page sends to the page cache. Generic over pages
and snippets, so new page types and snippets are covered as soon as their
app adds demo content."""

from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.urls import resolve
from django.utils import translation
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import Translation

from site_core.page_cache.keys import query_parameters
from site_core.translations.status import translatable_snippet_models
from tests.query_counts import MAX_QUERIES, count_queries
from tests.site_core.i18n.helpers import canonical, hreflangs, soup

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "es", "fr")


@pytest.fixture(scope="module")
def rendered(demo_site, django_db_blocker):
    """{page: response} for every live, public, non-alias page."""
    from django.test import Client

    client = Client()
    with django_db_blocker.unblock():
        pages = list(
            Page.objects.filter(depth__gt=1).live().public().filter(alias_of__isnull=True).select_related("locale")
        )
        return {page: client.get(page.get_url()) for page in pages}


def test_every_page_answers(rendered):
    assert [page.url for page, response in rendered.items() if response.status_code != 200] == []


def test_every_page_declares_its_translations_canonical_and_language(rendered):
    problems = []
    for page, response in rendered.items():
        url = page.get_full_url()
        expected = {
            t.locale.language_code: t.get_full_url()
            for t in page.get_translations(inclusive=True).live().public().filter(alias_of__isnull=True)
        }
        if "en" in expected:
            expected["x-default"] = expected["en"]
        if hreflangs(response) != expected:
            problems.append(f"{url}: hreflang {hreflangs(response)} != {expected}")
        if canonical(response) != url:
            problems.append(f"{url}: canonical {canonical(response)}")
        if soup(response).html["lang"] != page.locale.language_code:
            problems.append(f"{url}: lang {soup(response).html['lang']}")
    assert problems == []


def test_pages_link_only_to_their_own_language(rendered):
    """Listings, page choosers and rich-text links all resolve to the
    visitor's language (the switcher, in the header, is the exception)."""
    problems = []
    for page, response in rendered.items():
        main = soup(response).select_one("main")
        for link in main.select("a[href]") if main else []:
            prefix = link["href"].split("/")[1] if link["href"].startswith("/") else None
            if prefix in LANGUAGES and prefix != page.locale.language_code:
                problems.append(f"{page.url} links to {link['href']} ({link.get_text(' ', strip=True)[:40]})")
    assert problems == []


def test_every_page_type_is_in_the_demo_in_every_language(demo_site):
    missing = []
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        languages = set(
            model.objects.live().filter(alias_of__isnull=True).values_list("locale__language_code", flat=True)
        )
        if languages != set(LANGUAGES):
            missing.append(f"{model._meta.label}: {sorted(languages)}")
    assert missing == []


def test_every_demo_page_type_renders_uncached_within_the_query_budget(rendered, client):
    """The demo's content is richer than the query tests' pages (bodies with
    images, documents and SDG badges, a home with every list, a call for
    proposals in the menu): each page type, in each language, still renders
    uncached in at most MAX_QUERIES queries once the lookups are warm. Every
    page was visited once (`rendered`: renditions made), so one visit warms
    the lookups."""
    counts = {}
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        for code in LANGUAGES:
            page = (
                model.objects.live().public().filter(alias_of__isnull=True, locale__language_code=code).order_by("path")
            ).first()
            counts[f"{model.__name__} {page.url}"] = count_queries(client, page.url, warm_visits=1)
    assert {page: count for page, count in counts.items() if count > MAX_QUERIES} == {}, counts


def test_every_translatable_snippet_is_translated_in_the_demo(demo_site):
    locales = set(Locale.objects.values_list("language_code", flat=True))
    untranslated = []
    for model in translatable_snippet_models():
        by_key = {}
        for key, code in model.objects.values_list("translation_key", "locale__language_code"):
            by_key.setdefault(key, set()).add(code)
        if not by_key:
            untranslated.append(f"{model._meta.label}: no demo objects")
        untranslated += [
            f"{model._meta.label} {key}: {sorted(codes)}" for key, codes in by_key.items() if codes != locales
        ]
    assert untranslated == []


def test_demo_footer_is_translated(rendered):
    texts = {
        page.locale.language_code: soup(response).select_one(".site-footer__description").get_text(strip=True)
        for page, response in rendered.items()
        if page.depth == 2
    }
    assert texts["fr"].startswith("Une initiative de Cités et Gouvernements Locaux Unis")
    assert texts["es"].startswith("Una iniciativa de Ciudades y Gobiernos Locales Unidos")


def test_every_demo_translation_is_up_to_date(demo_site):
    """A fresh install's translation report shows nothing to do: the demo
    never changes a source after translating it."""
    from site_core.translations.status import UP_TO_DATE, page_rows, snippet_rows

    locales = list(Locale.objects.all())
    stale = [
        f"{row.kind} {row.source} ({language}): {cell.state}"
        for row in page_rows(locales) + snippet_rows(locales)
        for language, cell in row.cells.items()
        if cell.state != UP_TO_DATE
    ]
    assert stale == []


def page_counts():
    return {code: Page.objects.filter(locale__language_code=code, depth__gt=1).count() for code in LANGUAGES}


def test_loading_the_demo_again_changes_nothing(demo_site):
    first = page_counts()
    call_command("load_demo_content")
    assert page_counts() == first
    assert first["en"] >= 2 and first["en"] == first["es"] == first["fr"]


def test_demo_pages_are_live_linked_translations(demo_site, client):
    for url in ("/en/about/", "/es/acerca-de/", "/fr/a-propos/"):
        assert client.get(url).status_code == 200
    about = Page.objects.get(slug="about", locale__language_code="en")
    assert {p.slug for p in about.get_translations()} == {"acerca-de", "a-propos"}
    assert Translation.objects.filter(source__object_id=about.translation_key, enabled=True).count() == 2


@pytest.fixture(scope="module")
def rendered_one_item_per_listing(demo_site, django_db_blocker):
    """{page URL: HTML} for every live, public page, with one item per
    listing page so that every pagination link appears."""
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        for model in get_page_models():
            for name in dir(model):
                if name.endswith("_per_page") and isinstance(getattr(model, name), int):
                    patch.setattr(model, name, 1)
        client = Client()
        pages = Page.objects.filter(depth__gt=1).live().public().filter(alias_of__isnull=True)
        return {page.url: client.get(page.url).content.decode() for page in pages}


# Every query parameter the site's own forms and links send to a page is
# declared to the page cache (`cache_query_parameters` on the page type), so
# a new filter cannot be forgotten: an undeclared one would be dropped before
# the page renders, and every value would show the unfiltered page.


def _sent_to_pages(url, html):
    """(target path, parameter names) of every GET form and every link with
    a query string on one page, for targets that Wagtail serves."""
    document = BeautifulSoup(html, "html.parser")
    sent = []
    for form in document.find_all("form"):
        if form.get("method", "get").lower() == "get":
            names = {field["name"] for field in form.find_all(["input", "select", "textarea"]) if field.get("name")}
            sent.append((urljoin(url, form.get("action", "")), names))
    for link in document.find_all("a", href=True):
        if "?" in link["href"]:
            target = urljoin(url, link["href"])
            sent.append((target, {name for name, _value in parse_qsl(urlsplit(target).query, keep_blank_values=True)}))
    return [(urlsplit(target).path, names) for target, names in sent if _served_by_wagtail(urlsplit(target).path)]


def _served_by_wagtail(path):
    with translation.override(translation.get_language_from_path(path)):
        return resolve(path).url_name == "wagtail_serve"


def test_every_parameter_sent_to_a_page_is_declared(rendered_one_item_per_listing):
    undeclared = {
        f"{url} → {target}: {sorted(names - query_parameters())}"
        for url, html in rendered_one_item_per_listing.items()
        for target, names in _sent_to_pages(url, html)
        if names - query_parameters()
    }
    assert undeclared == set()


def test_the_listings_send_parameters(rendered_one_item_per_listing):
    """The check above sees the filter forms and the pagination links."""
    sent = set().union(
        *(names for url, html in rendered_one_item_per_listing.items() for _target, names in _sent_to_pages(url, html))
    )
    assert {"sdg", "theme", "region", "country", "status", "hub", "tag", "page", "past"} <= sent
