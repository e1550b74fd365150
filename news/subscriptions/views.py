"""The subscription pages, under each language's prefix (`/<lang>/subscribe/…`).

Every answer is `never_cache`: forms carry a CSRF token, and pages behind
signed links are for their owner only."""

import logging

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from news.models import Subscriber
from news.models.subscriptions import new_key
from news.subscriptions import emails
from news.subscriptions.forms import HONEYPOT_FIELD, SubscribeForm, TopicsForm
from news.subscriptions.tokens import CONFIRM, MANAGE, UNSUBSCRIBE, ExpiredLink, InvalidLink, read_token
from site_core.rate_limit import client_ip, count_attempt

logger = logging.getLogger(__name__)
RATE_WINDOW_SECONDS = 3600


def _render(request, template, context, status=200):
    return TemplateResponse(request, f"pages/news/subscriptions/{template}", context, status=status)


OUTCOME_TITLES = {
    "sent": gettext_lazy("Check your inbox"),
    "confirmed": gettext_lazy("Subscription confirmed"),
    "already_confirmed": gettext_lazy("Already confirmed"),
    "expired": gettext_lazy("This link has expired"),
    "invalid": gettext_lazy("This link is not valid"),
    "unsubscribed": gettext_lazy("You are unsubscribed"),
}


def _outcome(request, outcome, subscriber=None, status=200):
    """One page per outcome: request sent, confirmed, already confirmed,
    expired, invalid link, unsubscribed."""
    context = {
        "outcome": outcome,
        "title": OUTCOME_TITLES[outcome],
        "manage_url": emails.link(subscriber, MANAGE) if subscriber is not None else None,
        "offer_subscribe": outcome in ("sent", "expired", "invalid", "unsubscribed"),
        "confirm_days": settings.SUBSCRIPTION_CONFIRM_DAYS,
    }
    return _render(request, "outcome.html", context, status)


def _visitor_locale():
    return Locale.objects.get(language_code=translation.get_language())


def _subscriber_from(token, purpose):
    """The subscriber a link was made for, or the outcome to show instead."""
    try:
        subscriber_id, key = read_token(token, purpose)
    except ExpiredLink:
        return None, "expired"
    except InvalidLink:
        return None, "invalid"
    subscriber = Subscriber.objects.filter(pk=subscriber_id, key=key).first()
    return subscriber, None if subscriber is not None else "invalid"


def _request_subscription(data):
    """Store the request and send the confirmation, or tell a confirmed
    subscriber how to change their topics: never change a confirmed
    subscription from a form anyone can fill."""
    email = BaseUserManager.normalize_email(data["email"])
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is not None and subscriber.is_confirmed:
        emails.send_already_subscribed(subscriber)
        return
    with transaction.atomic():
        subscriber = subscriber or Subscriber(email=email)
        subscriber.language = data["language"]
        subscriber.all_news, subscriber.events = data["all_news"], data["events"]
        subscriber.requested_at, subscriber.key = timezone.now(), new_key()
        subscriber.save()
        subscriber.hubs.set(data["hubs"])
        subscriber.sdgs.set(data["sdgs"])
    emails.send_confirmation(subscriber)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    locale = _visitor_locale()
    status = 200
    if request.method == "POST":
        form = SubscribeForm(request.POST, locale=locale)
        if form.is_robot():
            return redirect("subscriptions:sent")
        allowed, _retry_after = count_attempt(
            "subscriptions", client_ip(request), settings.SUBSCRIPTION_RATE_LIMIT, RATE_WINDOW_SECONDS
        )
        if not allowed:
            form.add_error(None, _("Too many requests from your connection. Please try again in an hour."))
            status = 429
        elif form.is_valid():
            try:
                _request_subscription(form.cleaned_data)
            except Exception:  # noqa: BLE001 - any SMTP/network error: keep what was typed
                logger.exception("Could not send a subscription e-mail")
                form.add_error(
                    None, _("We could not send you the confirmation e-mail. Please try again in a few minutes.")
                )
                status = 503
            else:
                return redirect("subscriptions:sent")
        else:
            status = 400
    else:
        form = SubscribeForm(
            initial={"email": request.GET.get("email", ""), "language": locale.language_code}, locale=locale
        )
    return _render(request, "subscribe.html", {"form": form, "honeypot_field": HONEYPOT_FIELD}, status)


@never_cache
def sent(request):
    return _outcome(request, "sent")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscriber, problem = _subscriber_from(token, CONFIRM)
    if problem:
        return _outcome(request, problem, status=410 if problem == "expired" else 404)
    if subscriber.is_confirmed:
        return _outcome(request, "already_confirmed", subscriber)
    if request.method != "POST":
        # A button, not the link itself: mail scanners that open links
        # must not confirm on the reader's behalf.
        return _render(request, "confirm.html", {"subscriber": subscriber})
    now = timezone.now()
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmed_at=now, digest_sent_until=now)
    return _outcome(request, "confirmed", subscriber)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    subscriber, problem = _subscriber_from(token, MANAGE)
    if problem:
        return _outcome(request, problem, status=404)
    locale = _visitor_locale()
    saved = False
    if request.method == "POST":
        form = TopicsForm(request.POST, instance=subscriber, locale=locale)
        if form.is_valid():
            form.save()
            form = TopicsForm(instance=subscriber, locale=locale)
            saved = True
    else:
        form = TopicsForm(instance=subscriber, locale=locale)
    context = {
        "form": form,
        "subscriber": subscriber,
        "saved": saved,
        "unsubscribe_url": emails.link(subscriber, UNSUBSCRIBE),
    }
    return _render(request, "manage.html", context, status=200 if form.is_bound is False or saved else 400)


@csrf_exempt  # RFC 8058: mail programs POST here without a token; the signed link is the proof
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    subscriber, problem = _subscriber_from(token, UNSUBSCRIBE)
    if problem == "invalid" and _was_valid_for_someone_gone(token):
        return _outcome(request, "unsubscribed")
    if problem:
        return _outcome(request, problem, status=404)
    if request.method != "POST":
        return _render(request, "unsubscribe.html", {"subscriber": subscriber})
    subscriber.delete()  # personal data: nothing of the subscriber is kept
    return _outcome(request, "unsubscribed")


def _was_valid_for_someone_gone(token):
    """A genuine link of someone already unsubscribed (a second click)."""
    try:
        read_token(token, UNSUBSCRIBE)
    except InvalidLink:
        return False
    return True
