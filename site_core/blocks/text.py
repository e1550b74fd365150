from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choices import HEADING_LEVELS, PARAGRAPH_FEATURES

anchor_validator = RegexValidator(
    r"^[a-z][a-z0-9-]*$",
    _("Use lower-case letters, digits and hyphens, starting with a letter."),
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("At most 120 characters."))
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2")
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        validators=[anchor_validator],
        help_text=_("Optional: lets other pages link straight to this heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/blocks/paragraph_block.html"
