from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from site_core.blocks import BodyBlock
from site_core.fields import StreamField
from site_core.panels import PROMOTE_PANELS
from site_core.routing import route_from
from site_core.structured_data import organization
from site_core.templatetags.i18n_tags import FALLBACK_PARAMETER


class IntroBodyMixin(models.Model):
    """A short introduction and a brand-safe body, shared by content pages."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True


class HeroImageMixin(models.Model):
    """A hero image with its own alternative text, translated with the page
    (the image itself is shared by every language)."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it. Required with an image."),
    )

    # What the read-only API gives of the hero image (site_core/api.py): a
    # rendition, never the original file.
    API_RENDITION = "max-1200x1200|format-jpeg"

    hero_image_panel = MultiFieldPanel(
        [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
    )

    class Meta:
        abstract = True

    def hero_image_errors(self):
        """{field: message} for the page's clean()."""
        if self.hero_image_id and not self.hero_image_alt.strip():
            return {"hero_image_alt": _("Describe the hero image for people who cannot see it.")}
        return {}


class HomePage(HeroImageMixin, IntroBodyMixin, Page):
    """The root of one language's tree: /en/, /es/ and /fr/ are translations of it.
    Its title, introduction (the programme's one-sentence promise) and hero
    image make the lead of the page."""

    template = "pages/site_core/home_page.html"
    # What the page cache keys this page by (site_core/page_cache/keys.py):
    # the language switcher's "not translated" notice.
    cache_query_parameters = (FALLBACK_PARAMETER,)
    parent_page_types = ["wagtailcore.Page"]
    promote_panels = PROMOTE_PANELS
    subpage_types = [
        "site_core.StandardPage",
        "hub_pages.HubIndexPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "news.PublicationIndexPage",
        "hub_pages.ProposalPage",
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro", heading=_("Promise"), help_text=_("The programme in one sentence, shown in the lead.")),
        HeroImageMixin.hero_image_panel,
        FieldPanel("body"),
        InlinePanel(
            "featured_hubs",
            max_num=6,
            heading=_("Featured HUBs"),
            label=_("Featured HUB"),
            help_text=_("Leave empty to show the most recently updated active HUBs automatically."),
        ),
        MultiFieldPanel(
            [FieldPanel("featured_news"), FieldPanel("featured_event")],
            heading=_("Latest news and next events"),
            help_text=_(
                "Chosen automatically: the newest news and the soonest events. Pin one of each to show it first."
            ),
        ),
    ]

    # Editor overrides for the news app's home listings (news.templatetags
    # .news_tags); string references, so site_core never imports news.
    featured_news = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("pinned news item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_event = models.ForeignKey(
        "news.EventPage",
        verbose_name=_("pinned event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first until it is over."),
    )

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_from(self, request, path_components)

    def clean(self):
        super().clean()
        errors = self.hero_image_errors()
        if errors:
            raise ValidationError(errors)

    def schema_org(self, card):
        return organization(card, card.site_settings)


class HomeFeaturedHub(Orderable):
    """An editor's pick for the home page's featured HUBs. Points at
    wagtailcore.Page (site_core never imports hub_pages); the chooser only
    offers HubPages, and hub_pages' template tag shows the visitor's language."""

    home = ParentalKey("site_core.HomePage", on_delete=models.CASCADE, related_name="featured_hubs")
    hub = models.ForeignKey("wagtailcore.Page", verbose_name=_("HUB"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("hub", page_type="hub_pages.HubPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured HUB")
        verbose_name_plural = _("featured HUBs")


class StandardPage(IntroBodyMixin, Page):
    """About, how to take part, FAQ, legal notices…"""

    template = "pages/site_core/standard_page.html"
    parent_page_types = ["site_core.HomePage", "site_core.StandardPage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["site_core.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
