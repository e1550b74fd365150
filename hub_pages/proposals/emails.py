"""The two e-mails a new proposal sends: an acknowledgement to the proposer,
in the language they wrote in, and a notification to the communications
team, in each member's own admin language.

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
from wagtail.users.models import UserProfile

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


def send_acknowledgement(proposal):
    with translation.override(proposal.locale.language_code):
        subject, body = _render("acknowledgement", {"proposal": proposal})
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [proposal.contact_email]).send()


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


def notify_team(proposal):
    """One message per address (no one sees the others' addresses), over one connection."""
    messages = []
    for language, addresses in team_recipients().items():
        with translation.override(language):
            subject, body = _render("notification", {"proposal": proposal, "admin_url": admin_url(proposal)})
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
