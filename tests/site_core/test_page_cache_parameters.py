"""Every query parameter the site's own forms and links send to a page is
declared to the page cache (`cache_query_parameters` on the page type), so a
new filter cannot be forgotten: an undeclared one would be dropped before
the page renders, and every value would show the unfiltered page.

The whole demo is loaded once and every page rendered, with one item per
listing page so that every pagination link appears."""

from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import resolve
from django.utils import translation
from wagtail.models import Page, get_page_models

from site_core.page_cache.keys import query_parameters

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker):
    """{page URL: HTML} for every live, public page, rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic(), pytest.MonkeyPatch.context() as patch:
        call_command("load_demo_content")
        for model in get_page_models():
            for name in dir(model):
                if name.endswith("_per_page") and isinstance(getattr(model, name), int):
                    patch.setattr(model, name, 1)
        client = Client()
        pages = Page.objects.filter(depth__gt=1).live().public().filter(alias_of__isnull=True)
        yield {page.url: client.get(page.url).content.decode() for page in pages}
        transaction.set_rollback(True)


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


def test_every_parameter_sent_to_a_page_is_declared(rendered):
    undeclared = {
        f"{url} → {target}: {sorted(names - query_parameters())}"
        for url, html in rendered.items()
        for target, names in _sent_to_pages(url, html)
        if names - query_parameters()
    }
    assert undeclared == set()


def test_the_listings_send_parameters(rendered):
    """The check above sees the filter forms and the pagination links."""
    sent = set().union(*(names for url, html in rendered.items() for _target, names in _sent_to_pages(url, html)))
    assert {"sdg", "theme", "region", "country", "status", "hub", "tag", "page", "past"} <= sent
