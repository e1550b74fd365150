"""The brand block library: every page body is built from these blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .media import ImageBlock
from .text import HeadingBlock, ParagraphBlock

__all__ = ["BodyBlock", "HeadingBlock", "ImageBlock", "ParagraphBlock"]


class BodyBlock(blocks.StreamBlock):
    """The blocks allowed in any page body; page types narrow it, never re-list it."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()

    class Meta:
        label = _("Body")
