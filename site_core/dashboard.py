"""The admin dashboard, per role (construct_homepage_panels).

- Communications team: pages in review and translations to do
  (hub_pages adds the proposals waiting); Wagtail's own "Awaiting your
  review" is replaced by the fuller "Pages in review".
- Translators: translations to do, beside Wagtail's own panels.
- Anyone with page permissions on part of the tree only (HUB contributors):
  no site-wide figures; hub_pages gives them their HUB's panels.

Each panel is a `DashboardPanel`: a heading, a line saying how many, a short
table of rows (title, language, details, actions) and a link to the full list."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from site_core.roles import is_communications_team, sees_whole_tree

ROWS_SHOWN = 8
REVIEW = _("Review")


@dataclass
class PanelRow:
    title: str
    url: str = ""
    language: str = ""
    details: list = field(default_factory=list)
    actions: list = field(default_factory=list)  # [(label, url)]


class DashboardPanel(Component):
    template_name = "site_core/admin/dashboard_panel.html"
    name = ""
    heading = ""
    order = 100
    empty_text = ""
    more_label = ""

    def __init__(self, request):
        self.request = request

    def get_rows(self):
        """(total, the first ROWS_SHOWN rows)."""
        raise NotImplementedError

    def summary(self, total):
        return ""

    def more_url(self):
        return ""

    def get_context_data(self, parent_context):
        total, rows = self.get_rows()
        return {
            "panel": self,
            "total": total,
            "rows": rows,
            "summary": self.summary(total) if total else "",
            "more_url": self.more_url(),
        }


def language_of(obj):
    locale = getattr(obj, "locale", None)
    return locale.get_display_name() if locale else ""


def pages_in_review(pages=None):
    """Active workflow states of pages (all, or those in `pages`), newest task first."""
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=get_default_page_content_type())
        .select_related("current_task_state__task", "requested_by")
        .order_by("-current_task_state__started_at")
    )
    if pages is not None:
        states = states.filter(object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)])
    return states


def review_rows(states, action_label=REVIEW):
    page_ids = [int(state.object_id) for state in states]
    pages = Page.objects.filter(pk__in=page_ids).select_related("locale").specific().in_bulk()
    rows = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        task = state.current_task_state.task if state.current_task_state else None
        details = [str(task.name)] if task else []
        if state.requested_by:
            details.append(
                _("submitted by %(name)s") % {"name": state.requested_by.get_full_name() or state.requested_by}
            )
        rows.append(
            PanelRow(
                title=page.get_admin_display_title(),
                url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                language=language_of(page),
                details=details,
                actions=[(action_label, reverse("wagtailadmin_pages:edit", args=[page.pk]))],
            )
        )
    return rows


class PagesInReviewPanel(DashboardPanel):
    name = "pages_in_review"
    heading = _("Pages in review")
    order = 110
    empty_text = _("No page is waiting for review.")
    more_label = _("All workflows")

    def get_rows(self):
        states = pages_in_review()
        return states.count(), review_rows(states[:ROWS_SHOWN])

    def summary(self, total):
        return ngettext(
            "%(count)d page is waiting for the team's review.",
            "%(count)d pages are waiting for the team's review.",
            total,
        ) % {"count": total}

    def more_url(self):
        return reverse("wagtailadmin_reports:workflow")


def dashboard_panels_for_role(request, panels):
    user = request.user
    if not sees_whole_tree(user):
        # Only what is theirs: hub_pages adds their HUB, drafts and reviews.
        panels[:] = []
        return
    if is_communications_team(user):
        panels[:] = [panel for panel in panels if not isinstance(panel, WorkflowObjectsToModeratePanel)]
        panels.append(PagesInReviewPanel(request))


def no_site_wide_counts_for_partial_editors(request, items):
    """The summary counts (pages, images, documents) are site-wide figures:
    only for people who work on the whole site."""
    if not sees_whole_tree(request.user):
        items[:] = []
