"""E-mail subscribers (news/subscriptions/): an address, a language and the
topics it follows. Personal data: the admin can export and delete it, and
unsubscribing deletes the row."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key():
    return secrets.token_urlsafe(12)


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.WAGTAIL_CONTENT_LANGUAGES)
    all_news = models.BooleanField(_("all news and stories"), default=False)
    events = models.BooleanField(_("events"), default=False)
    hubs = models.ManyToManyField("hub_pages.HubPage", verbose_name=_("HUBs"), related_name="+", blank=True)
    sdgs = models.ManyToManyField("site_core.SDG", verbose_name=_("SDGs"), related_name="+", blank=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # The end of the period the last digest covered: the next one starts here.
    digest_sent_until = models.DateTimeField(_("digest sent up to"), null=True, blank=True)
    # Part of every signed link: a new key (on re-subscribing) voids old links.
    key = models.CharField(max_length=32, default=new_key, editable=False)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-requested_at"]
        permissions = [("send_digest", _("Can preview and send the digests"))]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def topics(self):
        """What this subscriber follows, in words (prefetch hubs and sdgs)."""
        chosen = [
            str(label) for wanted, label in ((self.all_news, _("All news")), (self.events, _("Events"))) if wanted
        ]
        chosen += [hub.title for hub in self.hubs.all()]
        chosen += [_("SDG %(number)s") % {"number": sdg.number} for sdg in self.sdgs.all()]
        return ", ".join(chosen)

    topics.short_description = _("Topics")
