"""The publication library's index page (above news.publication_listing,
which queries the publications)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from news.publication_listing import FILTER_NAMES, publication_listing
from site_core.models.pages import IntroBodyMixin


class PublicationIndexPage(IntroBodyMixin, Page):
    """The library: every publication in the visitor's language, filterable
    by type, HUB, SDG, theme, year and the languages its files exist in."""

    template = "pages/news/publication_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    subpage_types = ["news.PublicationPage"]
    max_count_per_parent = 1
    publications_per_page = 12
    # What the page cache keys this page by (site_core/page_cache/keys.py).
    cache_query_parameters = (*FILTER_NAMES, "page")

    class Meta:
        verbose_name = _("publication library page")
        verbose_name_plural = _("publication library pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(publication_listing(self, request))
        return context
