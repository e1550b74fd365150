"""The brand block library: every page body is built from these blocks.

Page models use `StreamField(BodyBlock())`; a page type that needs fewer
blocks subclasses BodyBlock and removes some (`quote = None`), never re-lists."""

from .layout import BodyBlock, ContentBlock, SectionBlock
from .links import CallToActionBlock, LinkBlock
from .media import DocumentBlock, ImageBlock, VideoBlock
from .showcase import KeyFiguresBlock, PartnerLogosBlock, SDGBadgesBlock
from .text import AccordionBlock, HeadingBlock, ParagraphBlock, QuoteBlock, TimelineBlock

__all__ = [
    "AccordionBlock",
    "BodyBlock",
    "CallToActionBlock",
    "ContentBlock",
    "DocumentBlock",
    "HeadingBlock",
    "ImageBlock",
    "KeyFiguresBlock",
    "LinkBlock",
    "ParagraphBlock",
    "PartnerLogosBlock",
    "QuoteBlock",
    "SDGBadgesBlock",
    "SectionBlock",
    "TimelineBlock",
    "VideoBlock",
]
