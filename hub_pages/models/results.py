"""The programme results page: the results of every HUB of its directory,
followed over time, with the directory's filters and a CSV export."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hub_pages.directory import FILTER_NAMES, filtered_directory
from hub_pages.exports import results_csv_response
from hub_pages.programme_results import programme_results
from site_core.models.pages import IntroBodyMixin
from site_core.panels import PROMOTE_PANELS


class ResultsPage(RoutablePageMixin, IntroBodyMixin, Page):
    """Lives under a HUB directory (one per directory, so one per language)
    and sums up the HUBs the directory lists for the same filters."""

    template = "pages/hub_pages/results_page.html"
    parent_page_types = ["hub_pages.HubIndexPage"]
    subpage_types = []
    promote_panels = PROMOTE_PANELS
    show_in_menus_default = True
    max_count_per_parent = 1
    latest_reports_shown = 10
    # What the page cache keys this page by (site_core/page_cache/keys.py).
    cache_query_parameters = FILTER_NAMES

    class Meta:
        verbose_name = _("programme results page")
        verbose_name_plural = _("programme results pages")

    def directory(self):
        # Its parent, already at hand when the page was routed to.
        return self.get_parent()

    def results_for(self, request):
        """(filter form, ignored filters, active filters, ProgrammeResults)."""
        directory = self.directory()
        form, ignored, active_filters, hubs = filtered_directory(directory, request.GET)
        return form, ignored, active_filters, programme_results(hubs, self.locale)

    @path("")
    def index_route(self, request):
        return self.render(request)

    # Page URLs allow no dot, so the file type is in the path and the file name.
    @path("export/csv/", name="export_csv")
    def csv_route(self, request):
        _form, _ignored, _filters, results = self.results_for(request)
        return results_csv_response(self, request, results)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, ignored, active_filters, results = self.results_for(request)
        context.update(
            {
                "page_url": self.get_url(request),
                "filter_form": form,
                "ignored_filters": ignored,
                "active_filters": active_filters,
                "results": results,
                "latest_reports": results.latest_reports(self.latest_reports_shown),
                "directory_url": self.directory().get_url(request),
                "csv_url": self.url + self.reverse_subpage("export_csv"),
            }
        )
        return context
