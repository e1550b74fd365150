from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub_pages.models import HubPage
from news.related_hubs import related_hubs_in_language
from news.structured_data import news_article
from site_core.api_fields import SdgNumbersField, TranslationKeysField
from site_core.lookups import when_shown
from site_core.models import SDG
from site_core.models.pages import HeroImageMixin, IntroBodyMixin
from site_core.panels import PROMOTE_PANELS
from site_core.visitor_language import in_visitor_language

from .fields import PerTranslationField


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(HeroImageMixin, IntroBodyMixin, Page):
    """A news item; under a HubPage it is that city's story."""

    template = "pages/news/news_page.html"
    parent_page_types = ["news.NewsIndexPage", "hub_pages.HubPage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = []

    date = models.DateField(_("date"), help_text=_("The publication date shown to visitors."))
    authors = models.CharField(
        _("authors"),
        max_length=255,
        blank=True,
        help_text=_("Names separated by commas, e.g. “UCLG Communications Team”."),
    )
    related_hubs = ParentalManyToManyField(
        "hub_pages.HubPage", verbose_name=_("related HUBs"), related_name="related_news", blank=True
    )
    sdgs = ParentalManyToManyField("site_core.SDG", verbose_name=_("SDGs"), related_name="news_pages", blank=True)
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_("Words in this page's language; each translation keeps its own tags."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("authors")]),
        FieldPanel("intro", heading=_("Summary")),
        HeroImageMixin.hero_image_panel,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("related_hubs"), FieldPanel("sdgs"), FieldPanel("tags")],
            heading=_("Related HUBs, SDGs and tags"),
        ),
    ]
    search_fields = IntroBodyMixin.search_fields + [index.SearchField("authors"), index.FilterField("date")]
    api_fields = [
        APIField("date"),
        APIField("authors"),
        APIField("intro"),
        APIField("related_hubs", serializer=TranslationKeysField()),
        APIField("sdgs", serializer=SdgNumbersField()),
        APIField("hero_image", serializer=ImageRenditionField(HeroImageMixin.API_RENDITION)),
        APIField("hero_image_alt"),
    ]

    # M2M fields are skipped by wagtail-localize unless listed: translations
    # then point at the source-language HUBs and SDGs, which templates resolve
    # to the visitor's language (site_core.visitor_language).
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("related_hubs", overridable=False),
        SynchronizedField("sdgs", overridable=False),
        PerTranslationField("tags"),
        PerTranslationField("tagged_items"),
    ]

    share_type = "article"  # og:type

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # Every news listing and feed is newest first: read in index order.
        indexes = [models.Index(fields=["date"], name="news_news_date_idx")]

    def clean(self):
        super().clean()
        errors = self.hero_image_errors()
        if errors:
            raise ValidationError(errors)

    def schema_org(self, card):
        return news_article(self, card)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when shown: the page keeps the parts that show them until the next publish.
        context["hubs"] = when_shown(lambda: related_hubs_in_language([self])[self.pk])
        context["sdgs"] = when_shown(lambda: in_visitor_language(self.sdgs.all(), SDG.objects.all()))
        context["story_of"] = when_shown(self._story_of)
        return context

    def _story_of(self):
        parent = self.get_parent()
        return parent if parent.specific_class is HubPage else None
