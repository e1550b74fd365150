from .hub import HubPage
from .index import HubIndexPage
from .proposal_page import ProposalPage
from .proposals import HubProposal, HubProposalStatusChange, ProposalStatus
from .results import ResultsPage

__all__ = [
    "HubIndexPage",
    "HubPage",
    "HubProposal",
    "HubProposalStatusChange",
    "ProposalPage",
    "ProposalStatus",
    "ResultsPage",
]
