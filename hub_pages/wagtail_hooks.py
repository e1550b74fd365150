from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from hub_pages.dashboard import add_hub_panels
from hub_pages.models import HubPage, HubProposal
from hub_pages.proposals.viewset import HubProposalViewSet, ProposalPermissionPolicy

# Registered before the viewset, which would otherwise create the default policy.
register_permission_policy(HubProposal, ProposalPermissionPolicy(HubProposal))


@hooks.register("register_site_urls")
def register_proposer_urls():
    """The proposer's private pages, under each language's prefix: /en/proposal/…"""
    return [path("proposal/", include("hub_pages.proposals.urls"))]


@hooks.register("register_admin_viewset")
def register_hub_proposal_viewset():
    return HubProposalViewSet("hubproposal")


# After site_core's panels per role (order 0), which empty the list for contributors.
hooks.register("construct_homepage_panels", add_hub_panels, order=10)


@hooks.register("register_reach_report_sections")
def report_reach_per_hub():
    """Reports → Reach: each HUB with its stories."""
    return _("HUBs, with their stories"), HubPage.objects.all()
