"""Text blocks: headings, paragraphs, quotes, questions and answers, timelines."""

import datetime
import html

from django.core.validators import RegexValidator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import expand_db_html

from site_core.structured_data import SCHEMA_CONTEXT, json_ld_script
from site_core.url_safety import validate_rich_text_links

from .choices import (
    AT_MOST,
    DATE_PRECISIONS,
    HEADING_LEVELS,
    HEADING_MAX_LENGTH,
    MILESTONE_TITLE_MAX_LENGTH,
    PARAGRAPH_FEATURES,
    QUESTION_MAX_LENGTH,
    QUOTE_MAX_LENGTH,
    SHORT_TEXT_FEATURES,
    limit_help,
)

anchor_validator = RegexValidator(
    r"^[a-z][a-z0-9-]*$",
    _("Use lower-case letters, digits and hyphens, starting with a letter."),
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=HEADING_MAX_LENGTH, help_text=limit_help(AT_MOST, HEADING_MAX_LENGTH))
    level = blocks.ChoiceBlock(
        choices=HEADING_LEVELS,
        default="h2",
        help_text=_("The first heading is level 2; a heading goes at most one level below the one before it."),
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        validators=[anchor_validator],
        help_text=_("Optional: lets other pages link straight to this heading. Unique on the page."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"
        description = _("A heading that opens a part of the page (levels 2 to 4, never skipping one).")
        preview_value = {"text": "Local experiences changing global policies", "level": "h2", "anchor": ""}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        kwargs.setdefault("validators", [validate_rich_text_links])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/blocks/paragraph_block.html"
        description = _("Text with bold, italic, links and lists; colours and fonts come from the brand.")
        preview_value = (
            "<p>A Local4Action HUB is an initiative, approach or policy for sustainable development led by "
            "a <b>local or regional government</b>. Each HUB shares what it learns with the UCLG network.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=QUOTE_MAX_LENGTH, help_text=limit_help(AT_MOST, QUOTE_MAX_LENGTH))
    attribution = blocks.CharBlock(max_length=120, help_text=_("Who said it."))
    role = blocks.CharBlock(
        required=False, max_length=120, label=_("Role and city"), help_text=_("For example: Mayor of Durban.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"
        description = _("Words from a person, with who they are and where they work.")
        preview_value = {
            "text": "Local action is where the global agendas become real for people.",
            "attribution": "Amina Diallo",
            "role": "Deputy Mayor, Dakar",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=QUESTION_MAX_LENGTH, help_text=limit_help(AT_MOST, QUESTION_MAX_LENGTH))
    answer = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, validators=[validate_rich_text_links])

    class Meta:
        icon = "help"
        label = _("Question and answer")


def _plain_text(rich_text):
    return html.unescape(strip_tags(expand_db_html(rich_text.source))).strip()


class AccordionValue(blocks.StructValue):
    def faq_json_ld(self):
        """FAQPage structured data as a JSON-LD data block."""
        data = {
            "@context": SCHEMA_CONTEXT,
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item["question"],
                    "acceptedAnswer": {"@type": "Answer", "text": _plain_text(item["answer"])},
                }
                for item in self["items"]
            ],
        }
        return json_ld_script(data)


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))
    faq = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Frequently asked questions"),
        help_text=_("Tick when these are questions and answers: search engines then show them as an FAQ."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "components/blocks/accordion_block.html"
        value_class = AccordionValue
        description = _("Questions that open to show their answers; works with the keyboard.")
        preview_value = {
            "items": [
                {
                    "question": "Who can propose a HUB?",
                    "answer": "<p>A local or regional government, or an association of them.</p>",
                },
                {"question": "How long does a HUB last?", "answer": "<p>Between one and three years.</p>"},
            ],
            "faq": False,
        }


class TimelineMilestoneBlock(blocks.StructBlock):
    """A dated step of a story told in any page body (TimelineBlock), shown
    as precisely as the editor knows it. A HUB's own plan is a different
    thing: hub_pages.blocks.RoadmapMilestoneBlock."""

    date = blocks.DateBlock()
    precision = blocks.ChoiceBlock(
        choices=DATE_PRECISIONS,
        default="day",
        label=_("Show"),
        help_text=_("Show the full date, only the month and year, or only the year."),
    )
    title = blocks.CharBlock(
        max_length=MILESTONE_TITLE_MAX_LENGTH, help_text=limit_help(AT_MOST, MILESTONE_TITLE_MAX_LENGTH)
    )
    text = blocks.RichTextBlock(required=False, features=SHORT_TEXT_FEATURES, validators=[validate_rich_text_links])

    class Meta:
        icon = "date"
        label = _("Milestone")


class TimelineBlock(blocks.StructBlock):
    milestones = blocks.ListBlock(TimelineMilestoneBlock(), min_num=2, label=_("Milestones"))

    class Meta:
        icon = "history"
        label = _("Timeline")
        template = "components/blocks/timeline_block.html"
        description = _("Dated milestones, in order.")
        preview_value = {
            "milestones": [
                {"date": datetime.date(2019, 11, 11), "precision": "month", "title": "Durban Congress", "text": ""},
                {
                    "date": datetime.date(2020, 9, 1),
                    "precision": "year",
                    "title": "First HUBs recognised",
                    "text": "<p>Endorsed by the Executive Bureau.</p>",
                },
            ]
        }
