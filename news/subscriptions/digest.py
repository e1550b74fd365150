"""Digests: each confirmed subscriber gets, in their language, what was
published on their topics since their last digest.

Safe to re-run after a crash: each subscriber is handled in a transaction
that locks their row, moves `digest_sent_until` to this run's end and sends
the e-mail; a mail server failure rolls it back, so that subscriber is kept
and gets the same items next time. A run that stops half-way leaves the
subscribers it reached with their new `digest_sent_until`: running it again
sends them nothing twice."""

import logging
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone, translation
from wagtail.models import Page

from news.models import EventPage, NewsPage, Subscriber
from news.subscriptions.emails import digest_message

logger = logging.getLogger(__name__)


@dataclass
class Item:
    title: str
    url: str
    summary: str
    when: str


def _topics_filter(subscriber, model):
    """The pages of `model` on the subscriber's topics (any language's HUBs
    and SDGs count, matched by translation key and number)."""
    if (model is NewsPage and subscriber.all_news) or (model is EventPage and subscriber.events):
        return Q()
    hub_keys = list(subscriber.hubs.values_list("translation_key", flat=True))
    numbers = list(subscriber.sdgs.values_list("number", flat=True))
    wanted = Q(pk__in=[])
    if hub_keys:
        wanted |= Q(related_hubs__translation_key__in=hub_keys)
        if model is NewsPage:  # a HUB's stories sit below its page
            hub_paths = Page.objects.filter(translation_key__in=hub_keys).values_list("path", flat=True)
            for path in hub_paths:
                wanted |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    if numbers and model is NewsPage:
        wanted |= Q(sdgs__number__in=numbers)
    return wanted


def digest_items(subscriber, since, until):
    """[Item] published in (since, until], in the subscriber's language."""
    items = []
    for model in (NewsPage, EventPage):
        pages = (
            model.objects.live()
            .public()
            .filter(
                locale__language_code=subscriber.language, first_published_at__gt=since, first_published_at__lte=until
            )
            .filter(_topics_filter(subscriber, model))
            .distinct()
            .order_by("first_published_at")
        )
        for page in pages:
            if model is EventPage:
                when = formats.date_format(timezone.localtime(page.start, ZoneInfo(page.timezone)), "DATETIME_FORMAT")
            else:
                when = formats.date_format(page.date, "DATE_FORMAT")
            items.append(Item(page.title, page.get_full_url(), page.intro, when))
    return items


def _send_one(subscriber_id, until):
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
        if subscriber is None or subscriber.digest_sent_until is not None and subscriber.digest_sent_until >= until:
            return False
        since = subscriber.digest_sent_until or subscriber.confirmed_at
        with translation.override(subscriber.language):
            items = digest_items(subscriber, since, until)
        subscriber.digest_sent_until = until
        subscriber.save(update_fields=["digest_sent_until"])
        if items:
            digest_message(subscriber, items).send()
        return bool(items)


def send_digests(now=None):
    """Send every confirmed subscriber their digest; returns (sent, failed)."""
    until = now or timezone.now()
    sent = failed = 0
    confirmed = Subscriber.objects.filter(confirmed_at__isnull=False, confirmed_at__lt=until).values_list(
        "pk", flat=True
    )
    for subscriber_id in confirmed.order_by("pk"):
        try:
            sent += _send_one(subscriber_id, until)
        except Exception:  # noqa: BLE001 - a mail server failure: this subscriber waits for the next run
            logger.exception("Could not send the digest to subscriber %s", subscriber_id)
            failed += 1
    return sent, failed


def forget_unconfirmed(now=None):
    """Delete requests not confirmed within SUBSCRIPTION_CONFIRM_DAYS."""
    limit = (now or timezone.now()) - timedelta(days=settings.SUBSCRIPTION_CONFIRM_DAYS)
    deleted, _by_model = Subscriber.objects.filter(confirmed_at__isnull=True, requested_at__lt=limit).delete()
    return deleted
