"""Signed links for one subscriber and one purpose. The subscriber's `key`
is part of the signature, so re-subscribing voids the old links."""

from django.conf import settings
from django.core import signing

CONFIRM, MANAGE, UNSUBSCRIBE = "confirm", "manage", "unsubscribe"


class InvalidLink(Exception):
    pass


class ExpiredLink(InvalidLink):
    pass


def make_token(subscriber, purpose):
    return signing.dumps([subscriber.pk, subscriber.key], salt=f"news.subscriptions.{purpose}", compress=True)


def read_token(token, purpose):
    """(subscriber id, key); ExpiredLink for an old confirmation link,
    InvalidLink for anything altered or made for another purpose."""
    max_age = settings.SUBSCRIPTION_CONFIRM_DAYS * 24 * 3600 if purpose == CONFIRM else None
    try:
        subscriber_id, key = signing.loads(token, salt=f"news.subscriptions.{purpose}", max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidLink from error
    return subscriber_id, key
