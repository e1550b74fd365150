"""What ProposalPage.serve does: show the window's state, take a submission
through the spam guards and the form, store it, send the e-mails."""

import logging

from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from hub_pages.models.proposals import HubProposalStatusChange, ProposalStatus
from hub_pages.proposals.emails import send_proposal_emails
from hub_pages.proposals.forms import build_forms
from hub_pages.proposals.ratelimit import register_attempt

logger = logging.getLogger(__name__)

SENT_PARAMETER = "sent"
PAGE_TEMPLATE = "pages/hub_pages/proposal_page.html"
RATE_LIMITED_TEMPLATE = "pages/hub_pages/proposal_rate_limited.html"


def _render(page, request, status=200, template=PAGE_TEMPLATE, **extra):
    context = page.get_context(request)
    context.update(extra)
    response = TemplateResponse(request, template, context, status=status)
    # The state changes with the clock and the form carries a CSRF token:
    # never cached, by the browser or by any shared cache in front of us.
    add_never_cache_headers(response)
    return response


@transaction.atomic
def store_proposal(page, form, results_formset):
    proposal = form.save(commit=False)
    proposal.locale = page.locale
    proposal.call_page = page
    proposal.expected_results = results_formset.results()
    proposal.save()
    form.save_m2m()
    HubProposalStatusChange.objects.create(proposal=proposal, from_status="", to_status=ProposalStatus.RECEIVED)
    return proposal


def serve_proposal_page(page, request):
    state = page.window_state()
    if request.method == "POST":
        return _submit(page, request, state)
    if state == "open" and SENT_PARAMETER in request.GET:
        return _render(page, request, state=state, sent=True)
    form, results_formset = build_forms(page.locale) if state == "open" else (None, None)
    return _render(page, request, state=state, form=form, results_formset=results_formset)


def _submit(page, request, state):
    if state != "open":
        # Refused, whatever was posted: nothing is read or stored.
        return _render(page, request, status=403, state=state)
    allowed, retry_after = register_attempt(request)
    if not allowed:
        response = _render(
            page, request, status=429, template=RATE_LIMITED_TEMPLATE, retry_minutes=retry_after // 60 + 1
        )
        response["Retry-After"] = str(retry_after)
        return response
    form, results_formset = build_forms(page.locale, request.POST)
    if form.is_spam:
        # Answer as if it worked: a bot learns nothing to adapt to, and no
        # person fills a field they can neither see nor reach.
        logger.info("Proposal honeypot filled; submission dropped.")
        return HttpResponseRedirect(f"{page.url}?{SENT_PARAMETER}=1")
    forms_valid = form.is_valid()
    results_valid = results_formset.is_valid()
    if not (forms_valid and results_valid):
        return _render(page, request, state=state, form=form, results_formset=results_formset, has_errors=True)
    proposal = store_proposal(page, form, results_formset)
    send_proposal_emails(proposal)
    return HttpResponseRedirect(f"{page.url}?{SENT_PARAMETER}=1")
