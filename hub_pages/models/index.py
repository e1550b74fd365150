"""The HUB directory: one per language, under the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hub_pages.cards import add_card_sdgs, with_card_relations
from hub_pages.directory import FILTER_NAMES, filtered_directory
from hub_pages.exports import csv_response, geojson_response
from hub_pages.hub_map import map_counts, map_data_response
from site_core.lookups import when_shown
from site_core.models.pages import IntroBodyMixin
from site_core.page_cache.keys import kept_query_string
from site_core.pagination import forgiving_page
from site_core.panels import PROMOTE_PANELS


class HubIndexPage(RoutablePageMixin, IntroBodyMixin, Page):
    """Lists the HUBs of its own language, filtered with GET parameters;
    the same list, same filters, as CSV and GeoJSON (hub_pages/exports.py)."""

    template = "pages/hub_pages/hub_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["hub_pages.HubPage", "hub_pages.ResultsPage"]
    show_in_menus_default = True
    max_count_per_parent = 1
    hubs_per_page = 12
    # What the page cache keys this page by (site_core/page_cache/keys.py).
    cache_query_parameters = (*FILTER_NAMES, "page")

    class Meta:
        verbose_name = _("HUB directory")
        verbose_name_plural = _("HUB directories")

    @path("")
    def index_route(self, request):
        return self.render(request)

    # Under "export/", so a HUB may still be called "csv"; page URLs allow
    # no dot, so the file type is in the path and the file name.
    @path("export/csv/", name="export_csv")
    def csv_route(self, request):
        return csv_response(self, request)

    @path("export/geojson/", name="export_geojson")
    def geojson_route(self, request):
        return geojson_response(self, request)

    # The directory map's points, which its script fetches (hub_pages/hub_map.py).
    @path("export/map/", name="map_data")
    def map_data_route(self, request):
        return map_data_response(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when shown: the page keeps its listing until the next publish,
        # one version per query (listing_query).
        context["directory"] = when_shown(lambda: self.directory_listing(request))
        context["listing_query"] = kept_query_string(request)
        return context

    def directory_listing(self, request):
        # The links to other pages and to the exports keep the valid filters only.
        form, ignored, active_filters, matching = filtered_directory(self, request.GET)
        page_of_hubs, page_note = forgiving_page(
            with_card_relations(matching), request.GET.get("page"), self.hubs_per_page
        )
        page_of_hubs.object_list = add_card_sdgs(list(page_of_hubs.object_list), self.locale)
        return {
            "directory_url": self.get_url(request),
            "filter_form": form,
            "ignored_filters": ignored,
            "active_filters": active_filters,
            "hubs": page_of_hubs,
            "page_note": page_note,
            # Every page of the filtered list, not only this one: the map is
            # its overview. Counted here; its script fetches the points.
            "hub_map": map_counts(matching),
            "map_data_url": self.url + self.reverse_subpage("map_data"),
            "csv_url": self.url + self.reverse_subpage("export_csv"),
            "geojson_url": self.url + self.reverse_subpage("export_geojson"),
        }
