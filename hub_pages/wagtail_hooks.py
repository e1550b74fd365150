from wagtail import hooks
from wagtail.permissions import register_permission_policy

from hub_pages.models import HubProposal
from hub_pages.proposals.viewset import HubProposalViewSet, ProposalPermissionPolicy

# Registered before the viewset, which would otherwise create the default policy.
register_permission_policy(HubProposal, ProposalPermissionPolicy(HubProposal))


@hooks.register("register_admin_viewset")
def register_hub_proposal_viewset():
    return HubProposalViewSet("hubproposal")
