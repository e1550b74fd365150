"""The sitemap: an index (/sitemap.xml) of sections (/sitemap-pages.xml,
?p=2, …), which list every page once per language with its hreflang
alternates.

Wagtail's own Sitemap walks `site.root_page` only, i.e. the English tree
(wagtail#12420): this one walks every translation of the site's root.

A section costs the same however large the site: its pages are one slice
of the pages in path order (LIMIT/OFFSET, no count), and its alternates are
the translations of those pages only, read with one more query. The index
costs a count and a maximum. Pages stay plain Page rows with the few
columns a URL and a lastmod need: no page type overrides `get_url_parts` or
`get_sitemap_urls`, so nothing needs the specific page."""

from collections import defaultdict
from functools import cached_property

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from site_core import lookups
from site_core.templatetags.i18n_tags import with_x_default

SECTION = "pages"
# What a URL and its lastmod read (Page.get_full_url, Page.get_sitemap_urls).
COLUMNS = ("path", "url_path", "translation_key", "locale_id", "last_published_at", "latest_revision_created_at")


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
        return self.listed_pages().order_by("path")

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

    def alternates(self, pages):
        """{translation key: [{"lang_code", "location"}]} for `pages`, from
        their listed translations only."""
        translations = self.listed_pages().filter(translation_key__in={page.translation_key for page in pages})
        grouped = defaultdict(list)
        for page in map(lookups.with_locale, translations):
            url = page.get_full_url(self.request)
            if url:
                grouped[page.translation_key].append((page.locale.language_code, url))
        return {
            key: [{"lang_code": code, "location": url} for code, url in with_x_default(sorted(alternates))]
            for key, alternates in grouped.items()
        }

    def _urls(self, page, protocol, domain):
        # Replaces Wagtail's (wagtail 8.0.1 sitemap_generator.py), which reads
        # a paginator's page (a count of every page first), with alternates.
        pages = self.section(page)
        alternates = self.alternates(pages)
        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemap_paths(site):
    """The index's path and every section's, as the index lists them: what
    a CDN must forget when a page is published, unpublished or moved (each
    may shift every section after it)."""
    section = reverse("sitemap_section", kwargs={"section": SECTION})
    sections = MultilingualSitemap(site=site).paginator.num_pages
    return [reverse("sitemap"), section, *(f"{section}?p={number}" for number in range(2, sections + 1))]
