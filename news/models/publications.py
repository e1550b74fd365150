"""The publications and joint products library: reports, policy briefs,
manifestos, toolkits… each with one file per language it exists in."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from news.publication_files import language_in_sentence, language_name, publication_page_context
from site_core.models.pages import HeroImageMixin, IntroBodyMixin


class PublicationType(models.TextChoices):
    REPORT = "report", _("Report")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    MANIFESTO = "manifesto", _("Manifesto or charter")
    TOOLKIT = "toolkit", _("Toolkit or guide")
    JOINT_PRODUCT = "joint_product", _("Joint product")
    PRESENTATION = "presentation", _("Presentation")


def content_language_choices():
    """The site's content languages, each named in its own language (the
    admin's form lists them the way their readers know them)."""
    return [(code, language_name(code)) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


class PublicationFile(Orderable):
    """The publication's document in one language. Not translatable: the
    rows are synchronised to every translation, so the Spanish page offers
    the same English, Spanish and French files as its source."""

    page = ParentalKey("news.PublicationPage", on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=8, choices=content_language_choices)
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("file in one language")
        verbose_name_plural = _("files by language")


def file_language_errors(languages):
    """The messages for the publication's list of file languages: at least
    one file, at most one per language."""
    if not languages:
        return [_("Add the publication's file in at least one language.")]
    repeated = sorted({code for code in languages if languages.count(code) > 1})
    return [
        _("There is more than one file in %(language)s: keep one file per language.")
        % {"language": language_in_sentence(code)}
        for code in repeated
    ]


class PublicationPageForm(WagtailAdminPageForm):
    """Checks the files as the editor left them in the form (the page's own
    clean() sees the rows saved before, not the formset's)."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("files")
        if formset is not None and formset.is_valid():
            languages = [
                form.cleaned_data["language"]
                for form in formset.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            for message in file_language_errors(languages):
                self.add_error(None, message)
        return cleaned_data


class PublicationPage(HeroImageMixin, IntroBodyMixin, Page):
    """A report, policy brief, manifesto, toolkit or joint product, with
    its files by language."""

    template = "pages/news/publication_page.html"
    parent_page_types = ["news.PublicationIndexPage"]
    subpage_types = []

    publication_type = models.CharField(_("type"), max_length=20, choices=PublicationType.choices)
    date = models.DateField(_("date"), help_text=_("When the publication came out."))
    authors = models.CharField(
        _("authors and organisations"),
        max_length=255,
        blank=True,
        help_text=_("Names separated by commas, e.g. “UCLG, Bilbao City Council”."),
    )
    related_hubs = ParentalManyToManyField(
        "hub_pages.HubPage", verbose_name=_("related HUBs"), related_name="related_publications", blank=True
    )
    sdgs = ParentalManyToManyField(
        "site_core.SDG", verbose_name=_("SDGs"), related_name="publication_pages", blank=True
    )
    themes = ParentalManyToManyField(
        "site_core.Theme", verbose_name=_("themes"), related_name="publication_pages", blank=True
    )

    base_form_class = PublicationPageForm
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("publication_type"), FieldPanel("date")]),
        FieldPanel("authors"),
        FieldPanel("intro", heading=_("Summary")),
        MultiFieldPanel(
            [FieldPanel("hero_image", heading=_("Cover image")), FieldPanel("hero_image_alt")],
            heading=_("Cover image"),
        ),
        InlinePanel(
            "files",
            min_num=1,
            heading=_("Files"),
            label=_("File"),
            help_text=_("One file per language the publication exists in. Every translation offers the same files."),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_hubs"),
                FieldPanel("sdgs"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Related HUBs, SDGs and themes"),
        ),
    ]
    search_fields = IntroBodyMixin.search_fields + [
        index.SearchField("authors"),
        index.FilterField("date"),
        index.FilterField("publication_type"),
    ]

    # The facts and files are the same publication in every language; the
    # M2M values point at the source-language objects, shown in the
    # visitor's language by site_core.visitor_language.
    override_translatable_fields = [
        SynchronizedField("publication_type", overridable=False),
        SynchronizedField("date", overridable=False),
        SynchronizedField("files", overridable=False),
        SynchronizedField("related_hubs", overridable=False),
        SynchronizedField("sdgs", overridable=False),
        SynchronizedField("themes", overridable=False),
    ]

    class Meta:
        verbose_name = _("publication page")
        verbose_name_plural = _("publication pages")
        # Feeds and listings read the newest first: a few rows, not every one.
        indexes = [models.Index(fields=["date"], name="news_publicationpage_date")]

    def clean(self):
        super().clean()
        errors = self.hero_image_errors()
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(publication_page_context(self))
        return context

    # What the site search's result shows above the summary.
    @property
    def search_result_kind(self):
        return self.get_publication_type_display()

    @property
    def search_result_date(self):
        return self.date
