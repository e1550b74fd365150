import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from news.related_hubs import related_hubs_in_language
from news.structured_data import event
from news.timezones import timezone_choices, validate_timezone_name
from site_core.models.pages import IntroBodyMixin
from site_core.panels import PROMOTE_PANELS
from site_core.url_safety import validate_web_url


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class EventPageForm(WagtailAdminPageForm):
    """Editors type start and end as the clock reads at the venue: the times
    are read in the event's own time zone, not the editor's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = _zone_or_none(self.instance.timezone)
        if zone is not None and not self.is_bound:
            for name in ("start", "end"):
                value = getattr(self.instance, name)
                if name in self.fields and value is not None:
                    self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone = _zone_or_none(cleaned_data.get("timezone"))
        if zone is not None:
            for name in ("start", "end"):
                value = cleaned_data.get(name)
                if value is not None:
                    wall_clock = timezone.make_naive(value, timezone.get_current_timezone())
                    cleaned_data[name] = wall_clock.replace(tzinfo=zone)
        return cleaned_data


def _zone_or_none(name):
    try:
        validate_timezone_name(name or "")
    except ValidationError:
        return None
    return zoneinfo.ZoneInfo(name)


class EventPage(IntroBodyMixin, Page):
    template = "pages/news/event_page.html"
    parent_page_types = ["news.EventIndexPage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = []

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Madrid",
        validators=[validate_timezone_name],
        help_text=_("Where the event takes place (or is hosted, if online). Start and end are read in this zone."),
    )
    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), max_length=500, blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, validators=[validate_web_url], help_text=_("Where online participants join.")
    )
    registration_url = models.URLField(_("registration link"), blank=True, validators=[validate_web_url])
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    related_hubs = ParentalManyToManyField(
        "hub_pages.HubPage", verbose_name=_("related HUBs"), related_name="related_events", blank=True
    )

    base_form_class = EventPageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("timezone", widget=forms.Select(choices=timezone_choices)),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading=_("Where and how to take part"),
        ),
        FieldPanel("organiser"),
        FieldPanel("intro", heading=_("Summary")),
        FieldPanel("body"),
        FieldPanel("related_hubs"),
    ]
    search_fields = IntroBodyMixin.search_fields + [
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    # Times, zone and links are the same event in every language.
    override_translatable_fields = [
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("timezone", overridable=False),
        SynchronizedField("related_hubs", overridable=False),
    ]

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        # A past event's joining link has usually expired: not required then.
        is_over = self.end is not None and self.end < timezone.now()
        if self.attendance in (Attendance.ONLINE, Attendance.HYBRID) and not self.online_url and not is_over:
            errors["online_url"] = _("Give the link online participants use to join.")
        if self.attendance in (Attendance.IN_PERSON, Attendance.HYBRID) and not self.venue.strip():
            errors["venue"] = _("Name the venue of an event held in person.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def is_online(self):
        return self.attendance in (Attendance.ONLINE, Attendance.HYBRID)

    @property
    def is_in_person(self):
        return self.attendance in (Attendance.IN_PERSON, Attendance.HYBRID)

    def utc_offset_label(self):
        """e.g. "UTC+01:00" at the start of the event (DST-aware)."""
        offset = timezone.localtime(self.start, self.zone).strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}"

    def schema_org(self, card):
        return event(self, card)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hubs"] = related_hubs_in_language([self])[self.pk]
        return context
