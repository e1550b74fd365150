"""The HUB directory's demo content (data in hub_pages/demo/): themes and
partners, the directory and its HUBs, the programme results page, the call
for proposals with its sample proposals, and the local demo accounts
(hub_pages/demo_accounts.py)."""

from wagtail.models import Locale

from hub_pages.demo_accounts import load_demo_accounts
from hub_pages.models import HubProposal, HubProposalStatusChange, ProposalStatus
from site_core.demo import register
from site_core.demo.fixtures import fixture_step, load_fixture, model_values, read_fixture
from site_core.models import SDG, Theme

load_themes_and_partners = fixture_step("hub_pages", "themes_and_partners.json")
# A HUB connects only to HUBs loaded before it, so that the links exist on
# the English source when it is translated.
load_hubs = fixture_step(
    "hub_pages", "hub_directory.json", "hubs_documented.json", "hubs_illustrative.json", "programme_results.json"
)


def _sample_proposal(sample, call_pages):
    """A proposal as the form would have stored it, taken to its status
    through the same status changes a moderator makes."""
    locale = Locale.objects.get(language_code=sample["language"])
    fields = model_values(HubProposal, sample["fields"])
    proposal = HubProposal.objects.filter(contact_email=fields["contact_email"], title=fields["title"]).first()
    if proposal is not None:
        return proposal
    proposal = HubProposal.objects.create(
        locale=locale, call_page=call_pages[sample["language"]], consent_to_contact=True, **fields
    )
    proposal.sdgs.set(SDG.objects.filter(locale=locale, number__in=sample["sdgs"]))
    proposal.themes.set(Theme.objects.filter(locale=locale, slug__in=sample["themes"]))
    HubProposalStatusChange.objects.create(proposal=proposal, from_status="", to_status=ProposalStatus.RECEIVED)
    if sample["status"] in (ProposalStatus.DECLINED, ProposalStatus.STAGE_TWO_OPEN):
        proposal.change_status(ProposalStatus.UNDER_REVIEW)
    if sample["status"] == ProposalStatus.STAGE_TWO_OPEN:
        # Validated, with the proposer's draft so far: what reviewers see
        # of a stage 2 in progress (the link's period starts at loading).
        proposal.open_stage_two(None)
        HubProposal.objects.filter(pk=proposal.pk).update(**sample["stage_two_draft"])
    elif sample["status"] != ProposalStatus.RECEIVED:
        proposal.change_status(sample["status"])
    return proposal


def load_call_for_proposals(context):
    load_fixture(context, "hub_pages", "call_for_proposals.json")
    samples = read_fixture("hub_pages", "sample_proposals.json")["proposals"]
    proposals = [_sample_proposal(sample, context.pages["proposals"]) for sample in samples]
    context.objects["hub_proposals"] = proposals
    context.log(f"{len(proposals)} sample proposals ready.")


register("hub_pages", load_themes_and_partners, load_hubs, load_call_for_proposals, load_demo_accounts)
