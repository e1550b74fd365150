"""The proposer's private links, signed as news/subscriptions/tokens.py signs
a subscriber's: [proposal id, link key] under a salt per purpose. The key
changes at each validation for stage 2, so a new link voids the older ones;
the stage 2 link also expires (signing's timestamp) after
PROPOSALS_STAGE_TWO_DAYS, and the proposal's own deadline is checked too."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

STATUS, STAGE_TWO = "status", "stage_two"


class InvalidLink(Exception):
    """Altered, cut, or made for another proposal or purpose: a 404."""


class ExpiredLink(Exception):
    """Genuine but too old: a 410."""


class VoidedLink(Exception):
    """Genuine, but a newer link was sent since: a 410."""


def _salt(purpose):
    return f"hub_pages.proposals.{purpose}"


def make_token(proposal, purpose):
    return signing.dumps([proposal.pk, proposal.link_key], salt=_salt(purpose), compress=True)


def link(proposal, purpose):
    """The absolute address, in the proposal's language, on the site's public
    address (Settings → Sites), as the subscription e-mails build theirs."""
    with translation.override(proposal.locale.language_code):
        path = reverse(f"proposal_links:{purpose}", args=[proposal.pk, make_token(proposal, purpose)])
    return Site.objects.get(is_default_site=True).root_url + path


def read_token(token, purpose, proposal_id):
    """The link key a genuine token for `proposal_id` carries."""
    max_age = settings.PROPOSALS_STAGE_TWO_DAYS * 24 * 3600 if purpose == STAGE_TWO else None
    try:
        signed_id, key = signing.loads(token, salt=_salt(purpose), max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidLink from error
    if signed_id != proposal_id:
        raise InvalidLink
    return key
