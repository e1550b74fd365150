"""The e-mails of the call: to the proposer, in the language they wrote in,
at each step (acknowledgement with their status link, validation for stage 2
with its private link, stage 2 receipt, deadline reminder, acceptance,
optional decline); to the communications team, in each member's own admin
language, when a proposal or its stage 2 arrives.

Plain text only, and the acknowledgement repeats little of what was typed
(the title and the reference): the form must not become a way to send
arbitrary text to arbitrary addresses."""

import logging
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site
from wagtail.users.models import UserProfile

from hub_pages.proposals.links import STAGE_TWO, STATUS, link
from site_core.models import SiteSettings
from site_core.roles import COMMUNICATIONS_TEAM

logger = logging.getLogger(__name__)


def _render(template_stem, context):
    subject = render_to_string(f"emails/proposals/{template_stem}_subject.txt", context)
    body = render_to_string(f"emails/proposals/{template_stem}_body.txt", context)
    # A subject is one line, whatever the template or the data hold.
    return " ".join(subject.split()), body


def admin_url(proposal):
    path = reverse("hubproposal:inspect", args=[proposal.pk])
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def contact_address():
    """Where a proposer writes back: the site's contact e-mail (Settings →
    Site settings), if there is one."""
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).contact_email if site else ""


def send_to_proposer(proposal, template_stem, **context):
    """One message to the proposer in their language, with their status link;
    replies go to the site's contact address."""
    context = {"proposal": proposal, "status_url": link(proposal, STATUS), **context}
    with translation.override(proposal.locale.language_code):
        subject, body = _render(template_stem, context)
    reply_to = [address] if (address := contact_address()) else None
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [proposal.contact_email], reply_to=reply_to).send()


def send_acknowledgement(proposal):
    send_to_proposer(proposal, "acknowledgement")


def _stage_two_context(proposal):
    return {
        "stage_two_url": link(proposal, STAGE_TWO),
        "deadline": proposal.stage_two_deadline(),
        "days": settings.PROPOSALS_STAGE_TWO_DAYS,
    }


def send_stage_two_invitation(proposal):
    send_to_proposer(proposal, "stage_two_invitation", **_stage_two_context(proposal))


def send_stage_two_reminder(proposal):
    send_to_proposer(proposal, "stage_two_reminder", **_stage_two_context(proposal))


def send_stage_two_receipt(proposal):
    send_to_proposer(proposal, "stage_two_receipt")


def send_acceptance(proposal):
    send_to_proposer(proposal, "accepted")


def send_decline(proposal, message):
    send_to_proposer(proposal, "declined", message=message)


def team_recipients():
    """{language_code: [addresses]}: team members in their admin language,
    PROPOSALS_NOTIFY_EMAILS in the site's default language."""
    by_language = defaultdict(set)
    members = (
        get_user_model().objects.filter(groups__name=COMMUNICATIONS_TEAM, is_active=True).exclude(email="").distinct()
    )
    for member in members:
        language = UserProfile.get_for_user(member).get_preferred_language() or settings.LANGUAGE_CODE
        by_language[language].add(member.email)
    for address in getattr(settings, "PROPOSALS_NOTIFY_EMAILS", []):
        by_language[settings.LANGUAGE_CODE].add(address)
    return {language: sorted(addresses) for language, addresses in by_language.items()}


def notify_team(proposal, template_stem="notification"):
    """One message per address (no one sees the others' addresses), over one connection."""
    messages = []
    for language, addresses in team_recipients().items():
        with translation.override(language):
            subject, body = _render(template_stem, {"proposal": proposal, "admin_url": admin_url(proposal)})
        messages += [
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address], reply_to=[proposal.contact_email])
            for address in addresses
        ]
    if messages:
        get_connection().send_messages(messages)


def send_proposal_emails(proposal):
    """Both e-mails. A mail server failure is logged, never shown to the
    visitor: the proposal is already stored and the team can see it."""
    for send in (send_acknowledgement, notify_team):
        try:
            send(proposal)
        except Exception:  # noqa: BLE001 - any SMTP/network error
            logger.exception("Could not send the %s e-mail for proposal %s", send.__name__, proposal.pk)


def send_stage_two_emails(proposal):
    """The receipt and the team's notice of a submitted stage 2; as above, a
    mail failure is logged: the answers are stored."""
    for send in (send_stage_two_receipt, lambda p: notify_team(p, "stage_two_notification")):
        try:
            send(proposal)
        except Exception:  # noqa: BLE001 - any SMTP/network error
            logger.exception("Could not send a stage 2 e-mail for proposal %s", proposal.pk)
