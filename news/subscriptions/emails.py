"""The subscription e-mails, each in the subscriber's language, with the
signed links that act for them."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from news.subscriptions.tokens import CONFIRM, MANAGE, UNSUBSCRIBE, make_token


def link(subscriber, purpose):
    """The absolute address, in the subscriber's language, of a signed page
    for this subscriber (on the site's public address: Settings → Sites)."""
    with translation.override(subscriber.language):
        path = reverse(f"subscriptions:{purpose}", args=[make_token(subscriber, purpose)])
    return Site.objects.get(is_default_site=True).root_url + path


def _message(subscriber, stem, context, *, html=False, headers=None):
    with translation.override(subscriber.language):
        context = {"subscriber": subscriber, "manage_url": link(subscriber, MANAGE), **context}
        subject = " ".join(render_to_string(f"emails/subscriptions/{stem}_subject.txt", context).split())
        body = render_to_string(f"emails/subscriptions/{stem}_body.txt", context)
        message = EmailMultiAlternatives(
            subject, body, settings.DEFAULT_FROM_EMAIL, [subscriber.email], headers=headers or {}
        )
        if html:
            message.attach_alternative(render_to_string(f"emails/subscriptions/{stem}_body.html", context), "text/html")
    return message


def send_confirmation(subscriber):
    _message(
        subscriber,
        "confirmation",
        {"confirm_url": link(subscriber, CONFIRM), "days": settings.SUBSCRIPTION_CONFIRM_DAYS},
    ).send()


def send_already_subscribed(subscriber):
    _message(subscriber, "already_subscribed", {}).send()


def digest_message(subscriber, items):
    """The digest of `items` (news, stories, events); one-click unsubscribe
    as RFC 8058 asks: a POST to the List-Unsubscribe address."""
    unsubscribe_url = link(subscriber, UNSUBSCRIBE)
    return _message(
        subscriber,
        "digest",
        {"items": items, "unsubscribe_url": unsubscribe_url},
        html=True,
        headers={"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
