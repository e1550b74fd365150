"""The sitemap: an index (/sitemap.xml) of sections (/sitemap-pages.xml,
?p=2, …), which list every page once per language with its hreflang
alternates.

Wagtail's own Sitemap walks `site.root_page` only, i.e. the English tree
(wagtail#12420): this one walks every translation of the site's root.

A section costs the same however large the site: its pages are one slice
of the pages, each page beside its translations (LIMIT/OFFSET, no count),
and its alternates are the translations of those pages only, read with one
more query: at most `limit` pages and the translations of the groups cut at
its two ends. The index costs a count and a maximum. The index and each
section are kept whole until the next publish (`sitemap_index`,
`sitemap_section`). Pages stay plain Page rows with the few columns a URL and a
lastmod need: no page type overrides `get_url_parts` or `get_sitemap_urls`,
so nothing needs the specific page."""

from collections import defaultdict
from functools import cached_property

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import index, sitemap
from wagtail.models import Page

from site_core import lookups
from site_core.http_cache import kept_response
from site_core.pagination import KeptCountPaginator
from site_core.templatetags.i18n_tags import with_x_default

SECTION = "pages"
# What a URL and its lastmod read (Page.get_full_url, Page.get_sitemap_urls).
COLUMNS = ("url_path", "translation_key", "locale_id", "last_published_at", "latest_revision_created_at")


class MultilingualSitemap(Sitemap):
    # URLs per section. About the whole demo (93 pages in three languages),
    # so that one section costs what the single sitemap cost at the demo's
    # size, at any size of site (the sitemap protocol allows up to 50,000).
    limit = 100

    def __init__(self, request=None, site=None):
        super().__init__(request)
        self.site = site

    @cached_property
    def _trees(self):
        site = self.site or self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
        trees = Q(pk__in=[])
        for path in roots:
            trees |= Q(path__startswith=path)
        return trees

    def listed_pages(self):
        """Every page the sitemap lists, in every language, unordered."""
        return (
            lookups.public(Page.objects.live().filter(self._trees))
            # Aliases show another language's text: their canonical is the original.
            .filter(alias_of__isnull=True)
            .only(*COLUMNS)
        )

    def items(self):
        # A queryset: the index's paginator counts it, a section slices it.
        # In translation groups (the unique index on translation key and
        # locale): a section holds most of its pages' alternates itself.
        return self.listed_pages().order_by("translation_key", "locale_id")

    @property
    def paginator(self):
        # The number of sections (the index, and sitemap_paths), kept until the next publish.
        return KeptCountPaginator(self._items(), self.limit)

    def get_latest_lastmod(self):
        """The index's lastmod, in one query (Django's reads every item)."""
        lastmod = Coalesce("last_published_at", "latest_revision_created_at")
        return self.listed_pages().aggregate(latest=Max(lastmod))["latest"]

    def section(self, number):
        """The pages of section `number` (1, 2, …), as the paginator would
        give them but without counting every page first."""
        try:
            number = int(number)
        except (TypeError, ValueError) as error:
            raise PageNotAnInteger(number) from error
        if number < 1:
            raise EmptyPage(number)
        start = (number - 1) * self.limit
        pages = list(self.items()[start : start + self.limit])
        if not pages and number > 1:
            raise EmptyPage(number)
        return [lookups.with_locale(page) for page in pages]

    def _urls(self, page, protocol, domain):
        # Replaces Wagtail's (wagtail 8.0.1 sitemap_generator.py), which reads
        # a paginator's page (a count of every page first) and gives no
        # alternates. A page's URL is computed once, for its entry and as
        # its translations' alternate.
        pages = self.section(page)
        translations = self.listed_pages().filter(translation_key__in={page.translation_key for page in pages})
        locations = {}
        by_translation_key = defaultdict(list)
        for translation in map(lookups.with_locale, translations):
            url = translation.get_full_url(self.request)
            if url:
                locations[translation.pk] = url
                by_translation_key[translation.translation_key].append((translation.locale.language_code, url))
        alternates = {
            key: [{"lang_code": code, "location": url} for code, url in with_x_default(sorted(urls))]
            for key, urls in by_translation_key.items()
        }
        urls = [
            {
                "location": locations[item.pk],
                # As Wagtail's Page.get_sitemap_urls (no page type overrides it).
                "lastmod": item.last_published_at or item.latest_revision_created_at,
                "alternates": alternates[item.translation_key],
            }
            for item in pages
            if item.pk in locations
        ]
        last_mods = {url_info["lastmod"] for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemap_index(request, **kwargs):
    """Wagtail's sitemap index view, its response (headers included) kept
    until the next publish for each scheme and host: the index names every
    section, so writing it grows with the site."""

    return kept_response("sitemap-index", lambda: index(request, **kwargs), request.scheme, request.get_host())


def sitemap_section(request, section, **kwargs):
    """Wagtail's sitemap view for one section, its response kept until the
    next publish for each scheme, host and page number (`?p=`)."""
    return kept_response(
        "sitemap-section",
        lambda: sitemap(request, section=section, **kwargs),
        request.scheme,
        request.get_host(),
        section,
        request.GET.get("p", ""),
    )


def sitemap_paths(site):
    """The index's path and every section's, as the index lists them: what
    a CDN must forget when a page is published, unpublished or moved (each
    may shift every section after it)."""
    section = reverse("sitemap_section", kwargs={"section": SECTION})
    sections = MultilingualSitemap(site=site).paginator.num_pages
    return [reverse("sitemap"), section, *(f"{section}?p={number}" for number in range(2, sections + 1))]
