"""Site settings: contact e-mail and social links per site, footer text per
language.

Wagtail settings are per site and not translatable (BaseSiteSetting has no
locale). The e-mail address and the social accounts are the same in every
language, so they are a site setting. The footer text is prose that
translators translate like any other content, so it is a translatable
snippet (FooterText): wagtail-localize translates it, it appears in the
translation status report and in PO files, and the setting points at it.
Templates render `footer.localized`, the translation in the visitor's
language (or the original when it is not translated yet)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin

from site_core.url_safety import validate_web_url

SOCIAL_NETWORKS = (
    ("linkedin_url", "LinkedIn"),
    ("x_url", "X"),
    ("bluesky_url", "Bluesky"),
    ("facebook_url", "Facebook"),
    ("instagram_url", "Instagram"),
    ("youtube_url", "YouTube"),
)


class FooterText(TranslatableMixin, models.Model):
    description = models.TextField(
        _("description"), max_length=400, help_text=_("One or two sentences about the programme.")
    )
    address = models.CharField(_("address"), max_length=200, blank=True, help_text=_("e.g. the secretariat's city"))

    panels = [FieldPanel("description"), FieldPanel("address")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.description[:60]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    footer_text = models.ForeignKey(
        FooterText,
        verbose_name=_("footer text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the original; each language shows its translation."),
    )
    linkedin_url = models.URLField("LinkedIn", blank=True, validators=[validate_web_url])
    x_url = models.URLField("X", blank=True, validators=[validate_web_url])
    bluesky_url = models.URLField("Bluesky", blank=True, validators=[validate_web_url])
    facebook_url = models.URLField("Facebook", blank=True, validators=[validate_web_url])
    instagram_url = models.URLField("Instagram", blank=True, validators=[validate_web_url])
    youtube_url = models.URLField("YouTube", blank=True, validators=[validate_web_url])
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without its own hero image is shared on social media, cropped to "
            "1200 × 630 pixels around its focal point. Its description in the media library is "
            "shared as its alternative text."
        ),
    )

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("footer_text"),
        MultiFieldPanel([FieldPanel(name) for name, _label in SOCIAL_NETWORKS], heading=_("Social links")),
        FieldPanel("share_image"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def clean(self):
        super().clean()
        if self.share_image is not None and not self.share_image.description.strip():
            raise ValidationError(
                {
                    "share_image": _(
                        "Give this image a description in the media library first: it is shared as the "
                        "image's alternative text."
                    )
                }
            )

    def social_links(self):
        """[(network name, URL)] for the accounts that are filled in."""
        return [(label, getattr(self, name)) for name, label in SOCIAL_NETWORKS if getattr(self, name)]
