"""One HUB initiative (docs/decisions.md, What a HUB is)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub_pages.blocks import ExpectedResultsBlock, RoadmapBlock
from hub_pages.choices import GovernmentKind, HubStatus, WorldRegion
from hub_pages.forms import HubPageForm
from hub_pages.page_context import hub_page_context
from site_core.api_fields import SdgNumbersField, SlugsField, TextField
from site_core.blocks import BodyBlock
from site_core.fields import StreamField
from site_core.models.pages import HeroImageMixin
from site_core.panels import PROMOTE_PANELS
from site_core.url_safety import validate_rich_text_links, validate_web_url

COMPONENT_FEATURES = ["bold", "italic", "link"]
MIN_DURATION_YEARS = 1
MAX_DURATION_YEARS = 3


def add_years(day, years):
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def hub_date_errors(start_date, end_date):
    """{field name: message} for a HUB's start and end dates: end after start,
    one to three years. Shared by HubPage.clean() and the proposal form."""
    errors = {}
    if end_date and not start_date:
        errors["start_date"] = _("Give a start date as well as the end date.")
    if start_date and end_date:
        if end_date <= start_date:
            errors["end_date"] = _("The end date must be after the start date.")
        elif end_date < add_years(start_date, MIN_DURATION_YEARS):
            errors["end_date"] = _("A HUB lasts at least one year: choose a later end date.")
        elif end_date > add_years(start_date, MAX_DURATION_YEARS):
            errors["end_date"] = _("A HUB lasts at most three years: choose an earlier end date.")
    return errors


class HubPage(HeroImageMixin, Page):
    """A HUB: an initiative on sustainable development led by a local or
    regional government (or their association), delivered in 1–3 years."""

    # Content
    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("Two or three sentences, shown in the HUB directory and in search.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    # Initiative
    lead_government = models.CharField(
        _("lead government"), max_length=200, help_text=_("The city, region or association that leads the HUB.")
    )
    lead_government_kind = models.CharField(
        _("kind of lead government"), max_length=20, choices=GovernmentKind.choices, default=GovernmentKind.CITY
    )
    country = CountryField(_("country"), help_text=_("The lead government's country (ISO 3166)."))
    region = models.CharField(
        _("UCLG world region"), max_length=30, choices=WorldRegion.choices, help_text=_("The UCLG regional section.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(-90, _("Latitude must be between -90 and 90 degrees.")),
            MaxValueValidator(90, _("Latitude must be between -90 and 90 degrees.")),
        ],
        help_text=_("Decimal degrees, north positive, e.g. 43.26271 for Bilbao."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(-180, _("Longitude must be between -180 and 180 degrees.")),
            MaxValueValidator(180, _("Longitude must be between -180 and 180 degrees.")),
        ],
        help_text=_("Decimal degrees, east positive, e.g. -2.92528 for Bilbao."),
    )
    status = models.CharField(_("status"), max_length=20, choices=HubStatus.choices, default=HubStatus.PROPOSED)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("A HUB delivers its results in one to three years.")
    )
    sdgs = ParentalManyToManyField("site_core.SDG", verbose_name=_("SDGs"), related_name="hub_pages", blank=True)
    themes = ParentalManyToManyField("site_core.Theme", verbose_name=_("themes"), related_name="hub_pages", blank=True)
    local_global_link = RichTextField(
        _("local–global link"),
        features=COMPONENT_FEATURES,
        validators=[validate_rich_text_links],
        blank=True,
        help_text=_("How the initiative connects global policies with local action."),
    )
    acceleration = RichTextField(
        _("acceleration"),
        features=COMPONENT_FEATURES,
        validators=[validate_rich_text_links],
        blank=True,
        help_text=_("How it speeds up the localisation of the global agendas."),
    )
    synchronisation = RichTextField(
        _("synchronisation"),
        features=COMPONENT_FEATURES,
        validators=[validate_rich_text_links],
        blank=True,
        help_text=_("How it builds on, and connects with, other work in the network."),
    )

    # Results & roadmap
    expected_results = StreamField(
        ExpectedResultsBlock(),
        blank=True,
        verbose_name=_("expected results"),
        help_text=_("Results agreed in advance with the partners, with an indicator to follow progress."),
    )
    roadmap = StreamField(RoadmapBlock(), blank=True, verbose_name=_("roadmap"))

    # Partners
    partners = ParentalManyToManyField(
        "site_core.PartnerOrganisation", verbose_name=_("partners"), related_name="hub_pages", blank=True
    )
    connected_hubs = ParentalManyToManyField(
        "self",
        symmetrical=False,
        verbose_name=_("connected HUBs"),
        related_name="connected_from",
        blank=True,
        help_text=_("Other HUBs this one builds on or works with. Both HUB pages show the link."),
    )
    # The public contact, shown on the page; a proposer's own contact
    # details stay in their HubProposal (accept.py never copies them here).
    contact_name = models.CharField(
        _("public contact"),
        max_length=200,
        blank=True,
        help_text=_("A team or office, e.g. “HUB coordination team, City of Example”."),
    )
    contact_email = models.EmailField(
        _("public contact e-mail"),
        blank=True,
        help_text=_("An organisation's shared address, e.g. hub@city.example; never a person's own e-mail."),
    )
    contact_url = models.URLField(_("contact web page"), blank=True, validators=[validate_web_url])

    template = "pages/hub_pages/hub_page.html"
    parent_page_types = ["hub_pages.HubIndexPage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["news.NewsPage"]
    base_form_class = HubPageForm

    # M2Ms are skipped by wagtail-localize unless listed; the copies point at
    # the source-locale objects, so templates resolve them to the visitor's
    # language. Country is a choices field (synced anyway): listed to be explicit.
    override_translatable_fields = [
        SynchronizedField("sdgs"),
        SynchronizedField("themes"),
        SynchronizedField("partners"),
        SynchronizedField("connected_hubs"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("region", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("lead_government_kind", overridable=False),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("lead_government"),
        index.SearchField("body"),
        index.FilterField("status"),
        index.FilterField("region"),
        index.FilterField("country"),
    ]

    # The read-only API (site_core/api.py): public facts only. The contact is
    # the page's public one (a team or an organisation's shared address).
    api_fields = [
        APIField("translation_key"),
        APIField("summary"),
        APIField("lead_government"),
        APIField("lead_government_kind"),
        APIField("country", serializer=TextField()),
        APIField("region"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("sdgs", serializer=SdgNumbersField()),
        APIField("themes", serializer=SlugsField()),
        APIField("hero_image", serializer=ImageRenditionField(HeroImageMixin.API_RENDITION)),
        APIField("hero_image_alt"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("contact_url"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        HeroImageMixin.hero_image_panel,
        FieldPanel("body"),
    ]
    initiative_panels = [
        MultiFieldPanel(
            [
                FieldPanel("lead_government"),
                FieldPanel("lead_government_kind"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Lead government and place"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])],
            heading=_("Status and dates"),
        ),
        FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("local_global_link"), FieldPanel("acceleration"), FieldPanel("synchronisation")],
            heading=_("The three components"),
            help_text=_("A short paragraph each: what makes this initiative a Local4Action HUB."),
        ),
    ]
    results_panels = [FieldPanel("expected_results"), FieldPanel("roadmap")]
    partner_panels = [
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("connected_hubs", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_url")],
            heading=_("Public contact"),
            help_text=_(
                "Shown to every visitor. The proposer's contact person and e-mail are not copied here: "
                "they stay private, in the proposal."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(initiative_panels, heading=_("Initiative")),
            ObjectList(results_panels, heading=_("Results & roadmap")),
            ObjectList(partner_panels, heading=_("Partners")),
            ObjectList(PROMOTE_PANELS, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("HUB page")
        verbose_name_plural = _("HUB pages")

    def clean(self):
        super().clean()
        errors = {**self.hero_image_errors(), **hub_date_errors(self.start_date, self.end_date)}
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(hub_page_context(self, request))
        return context
