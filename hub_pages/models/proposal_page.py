"""The public call for proposals. It stands above what it collects
(proposals.py) and the submission code (hub_pages.proposals), which it
serves with."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from hub_pages.proposals.submission import serve_proposal_page
from site_core.blocks import BodyBlock
from site_core.fields import StreamField
from site_core.panels import PROMOTE_PANELS


class ProposalPage(Page):
    """The public call for proposals: an introduction and a form, open
    between two moments the communications team chooses."""

    intro = StreamField(BodyBlock(), blank=True, verbose_name=_("introduction"))
    opens_at = models.DateTimeField(
        _("opens at"), help_text=_("From this moment the form is shown and proposals are accepted.")
    )
    closes_at = models.DateTimeField(
        _("closes at"),
        help_text=_("From this moment the page says the call is closed. Set it in the past to close the call now."),
    )

    # One window for every language: a translator cannot move it.
    override_translatable_fields = [
        SynchronizedField("opens_at", overridable=False),
        SynchronizedField("closes_at", overridable=False),
    ]

    template = "pages/hub_pages/proposal_page.html"
    # The form carries a per-visitor CSRF token and the window opens and
    # closes by the clock: never serve it from the page cache.
    cache_for_anonymous_visitors = False
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = []
    max_count_per_parent = 1
    # In the main menu unless an editor unticks it; highlighted there while open.
    show_in_menus_default = True

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading=_("Proposal window"),
            help_text=_("The same window applies in every language."),
        ),
    ]

    class Meta:
        verbose_name = _("call for proposals page")
        verbose_name_plural = _("call for proposals pages")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The call must close after it opens.")})

    def window_state(self, now=None):
        """ "not_yet_open", "open" or "closed" at `now`."""
        now = now or timezone.now()
        if now < self.opens_at:
            return "not_yet_open"
        if now >= self.closes_at:
            return "closed"
        return "open"

    @property
    def is_open(self):
        """Open for proposals now (the menu and the home page's lead ask)."""
        return self.window_state() == "open"

    def serve(self, request, *args, **kwargs):
        return serve_proposal_page(self, request)
