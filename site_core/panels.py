"""The Promote tab every page type shares: Wagtail's own fields, with help
texts saying where they appear when a page is shared, and a preview of the
card a social network shows (site_core.sharing)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel

from site_core.sharing import share_card


class SharePreviewPanel(Panel):
    """What a link to the page shows on social media, as last saved."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "site_core/admin/share_preview_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["card"] = share_card(self.request, page) if page.pk and self.request is not None else None
            return context


PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel("slug"),
            FieldPanel(
                "seo_title",
                help_text=_(
                    "The title in search results and on social media when this page is shared. "
                    "Leave empty to use the page title."
                ),
            ),
            FieldPanel(
                "search_description",
                help_text=_(
                    "One or two sentences shown under the title in search results and on social media "
                    "when this page is shared. Leave empty to use the page's summary or introduction."
                ),
            ),
        ],
        heading=_("For search engines and social media"),
    ),
    MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
    SharePreviewPanel(heading=_("When shared on social media")),
]
