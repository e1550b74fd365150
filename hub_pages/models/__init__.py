from .hub import HubPage
from .index import HubIndexPage
from .proposals import HubProposal, HubProposalStatusChange, ProposalPage, ProposalStatus

__all__ = ["HubIndexPage", "HubPage", "HubProposal", "HubProposalStatusChange", "ProposalPage", "ProposalStatus"]
