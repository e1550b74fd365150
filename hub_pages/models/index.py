"""The HUB directory: one per language, under the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from site_core.models.pages import IntroBodyMixin


class HubIndexPage(IntroBodyMixin, Page):
    template = "pages/hub_pages/hub_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    subpage_types = ["hub_pages.HubPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("HUB directory")
        verbose_name_plural = _("HUB directories")
