from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from site_core.lookups import until_next_publish
from site_core.url_safety import validate_web_url

hex_colour_validator = RegexValidator(r"^#[0-9A-F]{6}$", _("Use an upper-case hex colour such as #E5243B."))


class SDG(TranslatableMixin, index.Indexed, models.Model):
    """One of the 17 Sustainable Development Goals; loaded by a data migration."""

    number = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1), MaxValueValidator(17)])
    name = models.CharField(_("name"), max_length=100)
    colour = models.CharField(
        _("official colour"),
        max_length=7,
        validators=[hex_colour_validator],
        help_text=_("The UN's official colour for this goal."),
    )

    panels = [FieldPanel("number", read_only=True), FieldPanel("name"), FieldPanel("colour", read_only=True)]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]
    override_translatable_fields = [SynchronizedField("colour", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["number", "locale"], name="unique_sdg_number_per_locale")]

    def __str__(self):
        return f"{self.number}. {self.name}"

    @classmethod
    def in_every_language(cls):
        """Every SDG in every language, kept until the next publish: the 17
        goals change only when an editor saves one (which renews the generation)."""
        return until_next_publish("sdgs", lambda: list(cls.objects.all()))


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A thematic priority (e.g. a Durban manifesto) that HUBs and news share."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Stays the same in every language: used in shareable filter links."),
    )
    description = models.TextField(_("description"), blank=True, max_length=500)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")]

    def __str__(self):
        return self.name


class PartnerOrganisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("website"), blank=True, validators=[validate_web_url])

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
