"""The dashboard panels hub_pages adds (site_core/dashboard.py has the rest):
the proposals waiting, for those who review them; and, for a HUB
contributor, their HUB, its drafts and what is in review — nothing else."""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from hub_pages.models import HubPage, HubProposal, ProposalStatus
from site_core.dashboard import ROWS_SHOWN, DashboardPanel, PanelRow, language_of, pages_in_review, review_rows
from site_core.roles import sees_whole_tree

# Stage 2 submitted waits for the decision too; a validated proposal waits for its proposer.
WAITING = (ProposalStatus.RECEIVED, ProposalStatus.UNDER_REVIEW, ProposalStatus.STAGE_TWO_SUBMITTED)


class ProposalsWaitingPanel(DashboardPanel):
    name = "proposals_waiting"
    heading = _("HUB proposals waiting")
    order = 100
    empty_text = _("No proposal is waiting for a decision.")
    more_label = _("All HUB proposals")

    def get_rows(self):
        waiting = HubProposal.objects.filter(status__in=WAITING).select_related("locale").order_by("submitted_at")
        rows = [
            PanelRow(
                title=proposal.title,
                url=reverse("hubproposal:inspect", args=[proposal.pk]),
                language=language_of(proposal),
                details=[
                    proposal.lead_government,
                    proposal.get_status_display(),
                    date_format(localtime(proposal.submitted_at), "SHORT_DATE_FORMAT"),
                ],
                actions=[
                    (_("Accept"), reverse("hubproposal:accept", args=[proposal.pk])),
                    (_("Decline"), reverse("hubproposal:decline", args=[proposal.pk])),
                    (_("Inspect"), reverse("hubproposal:inspect", args=[proposal.pk])),
                ],
            )
            for proposal in waiting[:ROWS_SHOWN]
        ]
        return waiting.count(), rows

    def summary(self, total):
        return ngettext(
            "%(count)d proposal is waiting for a decision (oldest first).",
            "%(count)d proposals are waiting for a decision (oldest first).",
            total,
        ) % {"count": total}

    def more_url(self):
        return reverse("hubproposal:index") + "?status=received"


def hubs_of(user):
    """The HUB pages (every language) a contributor was given."""
    pages = page_permission_policy.instances_with_direct_explore_permission(user)
    return HubPage.objects.filter(pk__in=[page.pk for page in pages]).select_related("locale").order_by("locale_id")


def pages_of_hubs(hubs):
    pages = Page.objects.none()
    for hub in hubs:
        pages = pages | Page.objects.descendant_of(hub, inclusive=True)
    return pages


class YourHubPanel(DashboardPanel):
    name = "your_hub"
    heading = _("Your HUB")
    order = 100
    empty_text = _("You have no HUB yet: the Communications team gives you access to one.")

    def get_rows(self):
        hubs = list(hubs_of(self.request.user))
        rows = [
            PanelRow(
                title=hub.get_admin_display_title(),
                url=reverse("wagtailadmin_explore", args=[hub.pk]),
                language=language_of(hub),
                details=[_("Live") if hub.live else _("Draft")]
                + ([_("unpublished changes")] if hub.live and hub.has_unpublished_changes else []),
                actions=[
                    (_("Edit"), reverse("wagtailadmin_pages:edit", args=[hub.pk])),
                    (_("Stories and pages"), reverse("wagtailadmin_explore", args=[hub.pk])),
                    (_("Add a story"), reverse("wagtailadmin_pages:add_subpage", args=[hub.pk])),
                ],
            )
            for hub in hubs
        ]
        return len(rows), rows


class HubDraftsPanel(DashboardPanel):
    name = "hub_drafts"
    heading = _("Drafts")
    order = 110
    empty_text = _("No draft: every page of your HUB is published as it is.")

    def get_rows(self):
        in_review = [int(state.object_id) for state in pages_in_review()]
        drafts = (
            pages_of_hubs(hubs_of(self.request.user))
            .filter(has_unpublished_changes=True)
            .exclude(pk__in=in_review)
            .select_related("locale")
            .order_by("-latest_revision_created_at")
            .specific()
        )
        rows = [
            PanelRow(
                title=page.get_admin_display_title(),
                url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                language=language_of(page),
                details=[
                    _("Never published") if not page.live else _("Unpublished changes"),
                    date_format(localtime(page.latest_revision_created_at), "SHORT_DATETIME_FORMAT"),
                ],
                actions=[(_("Edit"), reverse("wagtailadmin_pages:edit", args=[page.pk]))],
            )
            for page in drafts[:ROWS_SHOWN]
        ]
        return drafts.count(), rows

    def summary(self, total):
        return ngettext(
            "%(count)d page has changes not yet submitted for review.",
            "%(count)d pages have changes not yet submitted for review.",
            total,
        ) % {"count": total}


class HubInReviewPanel(DashboardPanel):
    name = "hub_in_review"
    heading = _("In review")
    order = 120
    empty_text = _("Nothing of your HUB is waiting for the Communications team's review.")

    def get_rows(self):
        states = pages_in_review(pages_of_hubs(hubs_of(self.request.user)))
        return states.count(), review_rows(states[:ROWS_SHOWN], action_label=_("Open"))

    def summary(self, total):
        return ngettext(
            "%(count)d page is waiting for the Communications team's review.",
            "%(count)d pages are waiting for the Communications team's review.",
            total,
        ) % {"count": total}


def add_hub_panels(request, panels):
    user = request.user
    if not sees_whole_tree(user):
        panels.extend([YourHubPanel(request), HubDraftsPanel(request), HubInReviewPanel(request)])
    elif user.has_perm("hub_pages.change_hubproposal"):
        panels.append(ProposalsWaitingPanel(request))
