"""The HUB directory: one per language, under the home page."""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub_pages.cards import add_card_sdgs, with_card_relations
from hub_pages.directory import apply_filters, build_filter_form
from site_core.models.pages import IntroBodyMixin
from site_core.pagination import forgiving_page
from site_core.panels import PROMOTE_PANELS

from .hub import HubPage


class HubIndexPage(IntroBodyMixin, Page):
    """Lists the HUBs of its own language, filtered with GET parameters."""

    template = "pages/hub_pages/hub_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["hub_pages.HubPage"]
    max_count_per_parent = 1
    hubs_per_page = 12

    class Meta:
        verbose_name = _("HUB directory")
        verbose_name_plural = _("HUB directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hubs = HubPage.objects.child_of(self).live().public()
        country_codes = sorted(set(hubs.order_by().values_list("country", flat=True)))
        form, ignored = build_filter_form(request.GET, locale=self.locale, country_codes=country_codes)
        # The links to other pages keep the valid filters only.
        active_filters = QueryDict(mutable=True)
        active_filters.update({name: value for name, value in form.data.items() if value})
        matching = with_card_relations(apply_filters(hubs, form.cleaned_data).order_by("title"))
        page_of_hubs, page_note = forgiving_page(matching, request.GET.get("page"), self.hubs_per_page)
        page_of_hubs.object_list = add_card_sdgs(list(page_of_hubs.object_list), self.locale)
        context.update(
            {
                "directory_url": self.get_url(request),
                "filter_form": form,
                "ignored_filters": ignored,
                "active_filters": active_filters,
                "hubs": page_of_hubs,
                "page_note": page_note,
            }
        )
        return context
