"""Inside Django, with the bench's settings and the site's database: which
URL shows each public page type, and how many queries each costs, cached
(page cache on) and uncached (page cache off), counted by a database
execute wrapper on a second visit, and uncached on the first visit after a
publish (nothing kept yet). Writes JSON to the file named on
the command line:

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.probe out.json

Given paths after the file, it counts those instead, with the settings as
they are (bench/bakerydemo.py runs it inside bakerydemo's own venv)."""

import json
import sys

import django


def page_urls():
    """[(page type, URL path)]: English pages, the demo's first of each type."""
    from wagtail.models import Locale

    from hub_pages.models import HubIndexPage, HubPage, ProposalPage
    from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
    from site_core.models import HomePage, StandardPage

    english = Locale.objects.get(language_code="en")

    def first(model, **filters):
        return model.objects.live().filter(locale=english, **filters).order_by("path").first()

    news_index, event_index = first(NewsIndexPage), first(EventIndexPage)
    return [
        ("home", first(HomePage).url),
        ("HUB directory", first(HubIndexPage).url),
        ("HUB page", first(HubPage).url),
        ("news index", news_index.url),
        ("news page", first(NewsPage, path__startswith=news_index.path).url),
        ("event index", event_index.url),
        ("event page", first(EventPage).url),
        ("standard page", first(StandardPage).url),
        ("call for proposals", first(ProposalPage).url),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap section", last_full_sitemap_section()),
        ("news feed (RSS)", news_index.url + news_index.reverse_subpage("feed")),
        ("events feed (iCal)", event_index.ical_url()),
    ]


def last_full_sitemap_section():
    """The sitemap's last section that lists its full `limit` (its deepest
    slice: the largest OFFSET), or the only one on a smaller site."""
    from django.urls import reverse
    from wagtail.models import Site

    from site_core.sitemaps import SECTION, MultilingualSitemap

    sitemap = MultilingualSitemap(site=Site.objects.get(is_default_site=True))
    number = max(1, sitemap.paginator.count // sitemap.limit)
    path = reverse("sitemap_section", kwargs={"section": SECTION})
    return path if number == 1 else f"{path}?p={number}"


class _QueryCounter:
    """A database execute wrapper that counts queries (CaptureQueriesContext
    keeps only the last 9,000, fewer than the sitemap made at 100× before its
    sections)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def queries(path):
    """(status, queries) of a second anonymous visit to `path`."""
    from django.db import connection
    from django.test import Client

    client = Client(headers={"X-Forwarded-Proto": "https", "Accept-Language": "en", "Host": "127.0.0.1"})
    client.get(path)
    counter = _QueryCounter()
    with connection.execute_wrapper(counter):
        status = client.get(path).status_code
    return status, counter.count


def queries_after_a_publish(path):
    """Queries of the first anonymous visit to `path` after a publish (a new
    generation): nothing kept until the next publish yet, the renditions made."""
    from django.db import connection
    from django.test import Client

    from site_core.page_cache.store import new_generation

    client = Client(headers={"X-Forwarded-Proto": "https", "Accept-Language": "en", "Host": "127.0.0.1"})
    new_generation()
    counter = _QueryCounter()
    with connection.execute_wrapper(counter):
        client.get(path)
    return counter.count


def our_pages():
    from django.test.utils import override_settings

    rows = []
    for kind, path in [("constant view", "/bench/constant/"), *page_urls()]:
        with override_settings(PAGE_CACHE_SECONDS=0):
            status, uncached = queries(path)
            after_a_publish = queries_after_a_publish(path)
        with override_settings(PAGE_CACHE_SECONDS=300):
            cached_status, cached = queries(path)
        rows.append(
            {
                "kind": kind,
                "path": path,
                "status": [cached_status, status],
                "queries": [cached, uncached, after_a_publish],
            }
        )
    return rows


if __name__ == "__main__":
    django.setup()
    out, paths = sys.argv[1], sys.argv[2:]
    rows = [dict(zip(("status", "queries"), queries(path), strict=True)) for path in paths] if paths else our_pages()
    with open(out, "w") as file:
        json.dump(rows, file)
