"""Links and calls to action: one target per link, safe schemes only."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from site_core.url_safety import url_scheme
from site_core.url_safety import validate_link_url as validate_allowed_link

from .choices import (
    AT_MOST,
    CALL_TO_ACTION_HEADING_MAX_LENGTH,
    CALL_TO_ACTION_STYLES,
    CALL_TO_ACTION_TEXT_MAX_LENGTH,
    LINK_LABEL_MAX_LENGTH,
    limit_help,
)
from .rules import check_surface


def validate_link_url(url):
    """Raise ValidationError unless `url` is a link editors may publish: the
    site-wide scheme rule (site_core.url_safety), then a complete address."""
    validate_allowed_link(url)
    scheme = url_scheme(url)
    if scheme == "mailto":
        EmailValidator(message=_("Write a valid e-mail address after “mailto:”."))(url[len("mailto:") :])
    elif scheme in ("http", "https"):
        URLValidator(schemes=[scheme], message=_("Write a complete web address, such as https://www.uclg.org/."))(url)


class LinkURLBlock(blocks.URLBlock):
    """A web or e-mail address. A URLBlock, so wagtail-localize offers it to
    translators as an overridable value rather than text to translate, but
    with our schemes (Django's URLField refuses mailto:)."""

    def __init__(self, required=True, help_text=None, max_length=None, **kwargs):
        super().__init__(required=required, help_text=help_text, max_length=max_length, **kwargs)
        self.field = forms.CharField(required=required, help_text=help_text, max_length=max_length)


class LinkValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        if page is not None:
            # A page chooser keeps the source-language page: link to the visitor's language.
            return page.localized.url
        return self.get("url") or ""

    def is_external(self):
        return self.get("page") is None


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        max_length=LINK_LABEL_MAX_LENGTH,
        help_text=limit_help(
            gettext_noop("The words on the button, saying where it leads: at most %(max)d characters."),
            LINK_LABEL_MAX_LENGTH,
        ),
    )
    page = blocks.PageChooserBlock(required=False, help_text=_("A page of this site…"))
    url = LinkURLBlock(
        required=False,
        max_length=500,
        label=_("Web address"),
        help_text=_("…or a web address (https://…) or an e-mail address (mailto:…). Not both."),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        template = "components/blocks/link_block.html"
        form_layout = ["label", "page", "url"]

    def clean(self, value):
        value = super().clean(value)
        url = (value.get("url") or "").strip()
        value["url"] = url
        has_page = value.get("page") is not None
        if has_page and url:
            message = _("Choose a page or write a web address, not both.")
            raise StructBlockValidationError({"url": ErrorList([message])})
        if not has_page and not url:
            message = _("Choose a page or write a web address.")
            raise StructBlockValidationError({"page": ErrorList([message])})
        if url:
            try:
                validate_link_url(url)
            except ValidationError as error:
                raise StructBlockValidationError({"url": ErrorList(error.messages)}) from error
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=CALL_TO_ACTION_HEADING_MAX_LENGTH,
        help_text=limit_help(AT_MOST, CALL_TO_ACTION_HEADING_MAX_LENGTH),
    )
    text = blocks.TextBlock(
        required=False,
        max_length=CALL_TO_ACTION_TEXT_MAX_LENGTH,
        help_text=limit_help(
            gettext_noop("Optional: one or two sentences, at most %(max)d characters."),
            CALL_TO_ACTION_TEXT_MAX_LENGTH,
        ),
    )
    link = LinkBlock()
    style = blocks.ChoiceBlock(
        choices=CALL_TO_ACTION_STYLES,
        default="brand",
        help_text=_("Brand styles only; each one passes the contrast rules."),
    )

    class Meta:
        icon = "bullhorn"
        label = _("Call to action")
        template = "components/blocks/call_to_action_block.html"
        description = _("A panel in a brand colour with a short heading, a sentence and one button.")
        preview_value = {
            "heading": "Propose your HUB",
            "text": "Local and regional governments can submit an initiative for recognition.",
            "link": {"label": "Read the call", "page": None, "url": "https://www.uclg.org/"},
            "style": "brand",
        }

    def clean(self, value):
        return check_surface(super().clean(value), "style")
