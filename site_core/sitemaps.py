"""sitemap.xml with every page once per language and its hreflang alternates.

Wagtail's own Sitemap walks `site.root_page` only, i.e. the English tree
(wagtail#12420): this one walks every translation of the site's root.

A few queries however many pages: the pages are read once (the paginator,
the URLs and the alternates share the list), as deferred specific pages
(no query per page type) whose locales come from the known locales."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from site_core import lookups
from site_core.templatetags.i18n_tags import with_x_default


class MultilingualSitemap(Sitemap):
    def items(self):
        if not hasattr(self, "_pages"):
            site = self.get_wagtail_site()
            roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
            trees = Q(pk__in=[])
            for path in roots:
                trees |= Q(path__startswith=path)
            pages = (
                lookups.public(Page.objects.live().filter(trees))
                # Aliases show another language's text: their canonical is the original.
                .filter(alias_of__isnull=True)
                .order_by("path")
                .specific(defer=True)
            )
            self._pages = [lookups.with_locale(page) for page in pages]
        return self._pages

    def _alternates_by_translation_key(self):
        """Computed once from all items, so alternates cost no query per URL."""
        if not hasattr(self, "_alternates"):
            grouped = defaultdict(list)
            for page in self.items():
                url = page.get_full_url(self.request)
                if url:
                    grouped[page.translation_key].append((page.locale.language_code, url))
            self._alternates = {
                key: [{"lang_code": code, "location": url} for code, url in with_x_default(sorted(alternates))]
                for key, alternates in grouped.items()
            }
        return self._alternates

    def _urls(self, page, protocol, domain):
        # Wagtail's own _urls (wagtail 8.0.1 sitemap_generator.py) reads the
        # page of items as a queryset; here it is a list, with alternates.
        alternates = self._alternates_by_translation_key()
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
