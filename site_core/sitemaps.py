"""sitemap.xml with every page once per language and its hreflang alternates.

Wagtail's own Sitemap walks `site.root_page` only, i.e. the English tree
(wagtail#12420): this one walks every translation of the site's root."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from site_core.templatetags.i18n_tags import with_x_default


class MultilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        trees = Page.objects.none()
        for root in site.root_page.get_translations(inclusive=True):
            trees = trees | Page.objects.descendant_of(root, inclusive=True)
        return (
            trees.live()
            .public()
            # Aliases show another language's text: their canonical is the original.
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

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
        # Wagtail overrides Django's private _urls the same way (wagtail
        # 8.0.1 sitemap_generator.py); a test pins the rendered output.
        urls = super()._urls(page, protocol, domain)
        alternates = self._alternates_by_translation_key()
        keys = {item.get_full_url(self.request): item.translation_key for item in self.paginator.page(page).object_list}
        for url in urls:
            url["alternates"] = alternates.get(keys.get(url["location"]), [])
        return urls
