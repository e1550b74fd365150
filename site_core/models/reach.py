"""Reach statistics as stored: counts, never visitors (site_core/reach/)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

DEVICE_CLASSES = [
    ("desktop", _("Desktop")),
    ("mobile", _("Mobile")),
    ("tablet", _("Tablet")),
]


class PageViews(models.Model):
    """How many times one page was read on one day, in one language, coming
    from one referring site on one kind of device. Nothing here can tell
    one reader from another."""

    day = models.DateField(_("day"))
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    language = models.CharField(_("language"), max_length=8)
    # Host name only ("" for visitors who came directly or from this site).
    referrer_host = models.CharField(_("referring site"), max_length=253, blank=True)
    device = models.CharField(_("device"), max_length=8, choices=DEVICE_CLASSES)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views")
        verbose_name_plural = _("page views")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page", "language", "referrer_host", "device"], name="page_views_one_row_per_count"
            )
        ]
        indexes = [models.Index(fields=["day", "page"])]

    def __str__(self):
        return f"{self.day} {self.page_id} {self.language}: {self.views}"


class FlushedReachBucket(models.Model):
    """A minute of counts already moved from the cache to `PageViews`, so a
    flush that is run twice, or that crashed half-way, counts nothing twice."""

    bucket = models.BigIntegerField(unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("flushed reach bucket")

    def __str__(self):
        return str(self.bucket)
