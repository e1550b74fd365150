"""The proposer's private pages, behind the signed links of links.py and
under each language's prefix (`/<lang>/proposal/<id>/…`): the status of the
proposal, and the stage 2 questionnaire (draft, resume, submit, then read
only).

Plain Django views, never in the page cache (it only keeps what a view
marks shareable), and `never_cache`, noindex and same-origin referrers: the address
is the proposer's key."""

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from hub_pages.models import HubProposal, ProposalStatus
from hub_pages.models.proposals import HubProposalStatusChange
from hub_pages.proposals.emails import contact_address, send_stage_two_emails
from hub_pages.proposals.links import STAGE_TWO, STATUS, ExpiredLink, InvalidLink, VoidedLink, link, read_token
from hub_pages.proposals.stage_two_forms import StageTwoForms

SAVED_PARAMETER = "saved"
SUBMIT_BUTTON = "submit"


class StageTwoClosed(Exception):
    pass


def _render(request, template, context, status=200):
    response = TemplateResponse(request, f"pages/hub_pages/proposer/{template}", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The token is in the address: no link to another site may carry it away.
    # ("no-referrer" would also make the browser send `Origin: null` with the
    # form, which Django's CSRF check rightly refuses.)
    response["Referrer-Policy"] = "same-origin"
    return response


def _link_problem(request, problem, proposal=None):
    """404 for a link altered or for another proposal; 410 for a genuine one
    that expired, was replaced by a newer one, or whose stage 2 is closed.
    Answers posted to it are shown back (not saved), so nothing typed is lost."""
    context = {
        "problem": problem,
        "contact_email": contact_address(),
        "status_url": link(proposal, STATUS) if proposal is not None else None,
        "unsaved": StageTwoForms(data=request.POST) if request.method == "POST" else None,
    }
    return _render(request, "link_problem.html", context, status=404 if problem == "invalid" else 410)


def proposal_for(token, purpose, proposal_id):
    """The proposal a link opens; InvalidLink, ExpiredLink or VoidedLink otherwise."""
    key = read_token(token, purpose, proposal_id)
    proposal = HubProposal.objects.select_related("locale").filter(pk=proposal_id).first()
    if proposal is None:
        raise InvalidLink
    if proposal.link_key != key:
        raise VoidedLink
    return proposal


def _open(request, token, purpose, pk):
    """(proposal, None) or (None, the response explaining why not)."""
    try:
        return proposal_for(token, purpose, pk), None
    except InvalidLink:
        return None, _link_problem(request, "invalid")
    except ExpiredLink:
        return None, _link_problem(request, "expired")
    except VoidedLink:
        return None, _link_problem(request, "replaced")


@never_cache
@require_http_methods(["GET", "HEAD"])
def status(request, pk, token):
    proposal, problem = _open(request, token, STATUS, pk)
    if problem:
        return problem
    context = {
        "proposal": proposal,
        "steps": proposal_steps(proposal),
        "stage_two_url": link(proposal, STAGE_TWO) if proposal.stage_two_opened_at else None,
        "stage_two_open": proposal.stage_two_is_open(),
    }
    return _render(request, "status.html", context)


def proposal_steps(proposal):
    """The steps the proposer sees, each done or not, the decision last."""
    reached = {change.to_status for change in proposal.status_changes.all()}
    steps = [
        (ProposalStatus.RECEIVED, True),
        (ProposalStatus.STAGE_TWO_OPEN, ProposalStatus.STAGE_TWO_OPEN in reached),
        (ProposalStatus.STAGE_TWO_SUBMITTED, proposal.stage_two_submitted_at is not None),
    ]
    decision = proposal.status if proposal.status in (ProposalStatus.ACCEPTED, ProposalStatus.DECLINED) else None
    return [(ProposalStatus(value).label, done) for value, done in steps], decision


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def stage_two(request, pk, token):
    proposal, problem = _open(request, token, STAGE_TWO, pk)
    if problem:
        return problem
    if proposal.stage_two_submitted_at is not None:
        return _render(request, "stage_two_answers.html", {"proposal": proposal, "status_url": link(proposal, STATUS)})
    if not proposal.stage_two_is_open():
        return _link_problem(
            request, "expired" if proposal.status == ProposalStatus.STAGE_TWO_OPEN else "closed", proposal
        )
    status_code = 200
    if request.method == "POST":
        forms = StageTwoForms(data=request.POST)
        if forms.is_valid():
            submit = SUBMIT_BUTTON in request.POST
            try:
                save_answers(proposal, forms, submit)
            except StageTwoClosed:
                return _link_problem(request, "closed", proposal)
            if submit:
                send_stage_two_emails(proposal)
                return redirect(request.path)
            return redirect(f"{request.path}?{SAVED_PARAMETER}=1")
        status_code = 400
    else:
        forms = StageTwoForms(proposal)
    context = {
        "proposal": proposal,
        "forms": forms,
        "saved": SAVED_PARAMETER in request.GET and request.method != "POST",
        "has_errors": status_code == 400,
        "deadline": proposal.stage_two_deadline(),
        "status_url": link(proposal, STATUS),
    }
    return _render(request, "stage_two.html", context, status=status_code)


@transaction.atomic
def save_answers(proposal, forms, submit):
    """Store the answers (a draft, or the submission); StageTwoClosed when
    the proposal moved on or got a new link while the page was open."""
    locked = HubProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.link_key != proposal.link_key or not locked.stage_two_is_open():
        raise StageTwoClosed
    forms.save_to(locked)
    fields = ["communication_plan", "budget_and_resources", "detailed_results", "milestones", "partner_roles"]
    if submit:
        HubProposalStatusChange.objects.create(
            proposal=locked, from_status=locked.status, to_status=ProposalStatus.STAGE_TWO_SUBMITTED
        )
        locked.status, locked.stage_two_submitted_at = ProposalStatus.STAGE_TWO_SUBMITTED, timezone.now()
        fields += ["status", "stage_two_submitted_at"]
    locked.save(update_fields=fields)
    return locked
