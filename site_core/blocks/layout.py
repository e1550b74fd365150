"""Sections and the page body: the rules that span several blocks live here."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from .choices import FIRST_HEADING_LEVEL, RESERVED_ANCHORS, SECTION_BACKGROUNDS
from .links import CallToActionBlock
from .media import DocumentBlock, ImageBlock, VideoBlock
from .rules import check_surface, merge_block_errors
from .showcase import KeyFiguresBlock, PartnerLogosBlock, SDGBadgesBlock
from .text import AccordionBlock, HeadingBlock, ParagraphBlock, QuoteBlock, TimelineBlock


class ContentBlock(blocks.StreamBlock):
    """Every block except Section: what a Section may group."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    sdg_badges = SDGBadgesBlock()
    video = VideoBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    timeline = TimelineBlock()
    partner_logos = PartnerLogosBlock()


class SectionBlock(blocks.StructBlock):
    background = blocks.ChoiceBlock(
        choices=SECTION_BACKGROUNDS,
        default="white",
        help_text=_("Brand backgrounds only; text and links take the matching readable colours."),
    )
    content = ContentBlock()

    class Meta:
        icon = "placeholder"
        label = _("Section")
        template = "components/blocks/section_block.html"
        description = _("Groups blocks on a brand background.")
        preview_value = {
            "background": "green",
            "content": [
                ("heading", {"text": "Join the network", "level": "h2", "anchor": ""}),
                ("paragraph", "<p>HUBs meet at least once a year to share what they learn.</p>"),
            ],
        }

    def clean(self, value):
        return check_surface(super().clean(value), "background")


def _children(stream):
    """(path, child) for every block in reading order, Section contents
    included; path is (index,) or (section index, index in the section)."""
    for index, child in enumerate(stream):
        if child.block_type == "section":
            for inner_index, inner in enumerate(child.value["content"]):
                yield (index, inner_index), inner
        else:
            yield (index,), child


def _body_errors(stream):
    """{path: {field: message}} for the rules that span several blocks:
    heading levels that skip, anchors used twice, a second FAQ."""
    errors = {}
    previous = None
    anchors = set(RESERVED_ANCHORS)
    faq_seen = False
    for path, child in _children(stream):
        if child.block_type == "accordion" and child.value["faq"]:
            if faq_seen:
                errors.setdefault(path, {})["faq"] = _(
                    "A page can hold one FAQ for search engines: untick this, or move these questions into the first FAQ."
                )
            faq_seen = True
        if child.block_type != "heading":
            continue
        heading = child.value
        level = int(heading["level"][1])
        if previous is None and heading["level"] != FIRST_HEADING_LEVEL:
            errors.setdefault(path, {})["level"] = _(
                "The first heading of the page must be level 2 (the page title is level 1)."
            )
        elif previous is not None and level > previous + 1:
            errors.setdefault(path, {})["level"] = _(
                "A level %(level)d heading cannot follow a level %(previous)d heading: use level %(allowed)d or higher."
            ) % {"level": level, "previous": previous, "allowed": previous + 1}
        previous = level
        anchor = heading.get("anchor")
        if anchor:
            if anchor in anchors:
                errors.setdefault(path, {})["anchor"] = _(
                    "The anchor “%(anchor)s” is already used on this page: choose another."
                ) % {"anchor": anchor}
            anchors.add(anchor)
    return errors


def _as_validation_error(errors):
    """Nest {path: {field: message}} into the StreamBlock error structure, so
    each message shows on the offending heading, inside its Section if any."""
    top = {}
    sections = {}
    for path, fields in errors.items():
        struct_error = StructBlockValidationError({name: ErrorList([msg]) for name, msg in fields.items()})
        if len(path) == 1:
            top[path[0]] = struct_error
        else:
            sections.setdefault(path[0], {})[path[1]] = struct_error
    for index, inner in sections.items():
        top[index] = StructBlockValidationError({"content": StreamBlockValidationError(block_errors=inner)})
    return StreamBlockValidationError(block_errors=top)


class BodyBlock(ContentBlock):
    """The blocks allowed in any page body; page types narrow it, never re-list it."""

    section = SectionBlock()

    class Meta:
        label = _("Body")

    def clean(self, value):
        # The rules across blocks are checked even when blocks have errors of
        # their own, so that a save shows every error at once.
        try:
            cleaned = super().clean(value)
        except StreamBlockValidationError as blocks_error:
            errors = _body_errors(value)
            if errors:
                raise merge_block_errors(blocks_error, _as_validation_error(errors)) from None
            raise
        errors = _body_errors(cleaned)
        if errors:
            raise _as_validation_error(errors)
        return cleaned
