import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from news.ical import event_ical_response
from news.related_hubs import related_hubs_in_language
from news.structured_data import event
from news.timezones import timezone_choices, validate_timezone_name, zone_label
from site_core.api_fields import SdgNumbersField, TranslationKeysField, ZonedDateTimeField
from site_core.lookups import when_shown
from site_core.models import SDG
from site_core.models.pages import HeroImageMixin, IntroBodyMixin
from site_core.panels import PROMOTE_PANELS
from site_core.url_safety import validate_web_url
from site_core.visitor_language import in_visitor_language


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


class EventPage(RoutablePageMixin, HeroImageMixin, IntroBodyMixin, Page):
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
    # The goals an event is about: its SDG feeds list it (news/feeds.py).
    sdgs = ParentalManyToManyField("site_core.SDG", verbose_name=_("SDGs"), related_name="event_pages", blank=True)

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
        HeroImageMixin.hero_image_panel,
        FieldPanel("body"),
        FieldPanel("related_hubs"),
        FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = IntroBodyMixin.search_fields + [
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    api_fields = [
        APIField("start", serializer=ZonedDateTimeField("start")),
        APIField("end", serializer=ZonedDateTimeField("end")),
        APIField("timezone"),
        APIField("attendance"),
        APIField("venue"),
        APIField("address"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("organiser"),
        APIField("intro"),
        APIField("related_hubs", serializer=TranslationKeysField()),
        APIField("sdgs", serializer=SdgNumbersField()),
        APIField("hero_image", serializer=ImageRenditionField(HeroImageMixin.API_RENDITION)),
        APIField("hero_image_alt"),
    ]

    # Times, zone and links are the same event in every language.
    override_translatable_fields = [
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("timezone", overridable=False),
        SynchronizedField("related_hubs", overridable=False),
        SynchronizedField("sdgs", overridable=False),
    ]

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        # The listings, the calendar feed and the agendas filter on the end
        # (upcoming or past) and sort by the start: read in index order, a page of them
        # costs the same however many events there are.
        indexes = [
            models.Index(fields=["start"], name="news_event_start_idx"),
            models.Index(fields=["end"], name="news_event_end_idx"),
        ]

    def clean(self):
        super().clean()
        errors = self.hero_image_errors()
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

    def zone_label(self):
        """e.g. "Rome time (UTC+01:00)" in the active language, with the
        offset at the start of the event (DST-aware)."""
        return zone_label(self.timezone, self.start)

    @path("")
    def index_route(self, request):
        return self.render(request)

    # "Add to calendar": the event as an iCalendar file (no dot in page URLs).
    @path("ical/", name="ical")
    def ical_route(self, request):
        return event_ical_response(self, request)

    def ical_url(self):
        return self.url + self.reverse_subpage("ical")

    def schema_org(self, card):
        return event(self, card)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when shown: the page keeps the parts that show them until the next publish.
        context["hubs"] = when_shown(lambda: related_hubs_in_language([self])[self.pk])
        context["sdgs"] = when_shown(lambda: in_visitor_language(self.sdgs.all(), SDG.objects.all()))
        return context
