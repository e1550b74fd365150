"""The pattern library: every block of the body in every allowed variant, in
the current language. A public but non-indexed page at /<language>/pattern-library/
(noindex meta tag and X-Robots-Tag header, not in the sitemap); it shows only
sample texts and the media library's latest image and document."""

import datetime
from dataclasses import dataclass, field

from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from site_core.blocks import BodyBlock
from site_core.blocks.choices import CALL_TO_ACTION_STYLES, HEADING_LEVELS, SECTION_BACKGROUNDS
from site_core.blocks.previews import first_document, first_image, sample_partners, sample_sdgs
from site_core.models import SDG, PartnerOrganisation


@dataclass
class Variant:
    label: str
    values: list  # [(block type, value in the raw JSON form of BodyBlock)]


@dataclass
class Entry:
    block_type: str
    variants: list = field(default_factory=list)
    missing: str = ""  # why the block cannot be shown (e.g. no image uploaded yet)


def _paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def _entries():
    image, document = first_image(), first_document()
    sdgs, partners = sample_sdgs(SDG, numbers=range(1, 18)), sample_partners(PartnerOrganisation)
    image_id = image.pk if image else None
    entries = [
        Entry(
            "heading",
            [
                Variant(
                    _("Levels 2 to 4"),
                    [
                        ("heading", {"text": str(label), "level": level, "anchor": f"sample-{level}"})
                        for level, label in HEADING_LEVELS
                    ],
                )
            ],
        ),
        Entry(
            "paragraph",
            [
                Variant(
                    _("Text, link and lists"),
                    [
                        (
                            "paragraph",
                            "<p>A HUB is led by a <b>local or regional government</b> and shares what it learns "
                            '<i>with the whole network</i>. <a href="mailto:hubs@example.org">Write to the team</a>.</p>'
                            "<ul><li>Local–global link</li><li>Acceleration</li></ul>"
                            "<ol><li>Propose</li><li>Deliver</li></ol>",
                        )
                    ],
                )
            ],
        ),
        Entry(
            "image",
            [
                Variant(
                    _("Original proportions, caption and credit"),
                    [("image", _image(image_id, "original", "People at a HUB workshop", caption="A HUB workshop."))],
                ),
                Variant(
                    _("Wide, cropped around the focal point"), [("image", _image(image_id, "wide", "A city street"))]
                ),
                Variant(_("Decorative (no alternative text)"), [("image", _image(image_id, "original", "", True))]),
            ],
            missing="" if image else _("Upload an image to the media library to see this block."),
        ),
        Entry(
            "quote",
            [
                Variant(
                    _("With role and city"),
                    [
                        (
                            "quote",
                            {
                                "text": "Local action is where the global agendas become real for people.",
                                "attribution": "Amina Diallo",
                                "role": "Deputy Mayor, Dakar",
                            },
                        )
                    ],
                ),
                Variant(
                    _("Name only"),
                    [("quote", {"text": "We learn faster together.", "attribution": "Carlos Ruiz", "role": ""})],
                ),
            ],
        ),
        Entry(
            "call_to_action",
            [
                Variant(
                    label,
                    [
                        (
                            "call_to_action",
                            {
                                "heading": "Propose your HUB",
                                "text": "Local and regional governments can submit an initiative for recognition.",
                                "link": {"label": "Write to us", "page": None, "url": "mailto:hubs@example.org"},
                                "style": style,
                            },
                        )
                    ],
                )
                for style, label in CALL_TO_ACTION_STYLES
            ],
        ),
        Entry(
            "key_figures",
            [
                Variant(
                    _("Two figures"),
                    [("key_figures", {"figures": [_figure("12500", "local governments"), _figure("17", "goals")]})],
                ),
                Variant(
                    _("Four figures, with prefix, suffix and decimals"),
                    [
                        (
                            "key_figures",
                            {
                                "figures": [
                                    _figure("1250000", "people reached", prefix="+"),
                                    _figure("82.5", "of HUBs shared results", suffix="%"),
                                    _figure("3", "years at most"),
                                    _figure("40", "cities", suffix="+"),
                                ]
                            },
                        )
                    ],
                ),
            ],
        ),
        Entry(
            "sdg_badges",
            [Variant(_("All 17 goals"), [("sdg_badges", {"goals": [goal.pk for goal in sdgs]})])],
            missing="" if sdgs else _("The SDG snippets are missing: run the migrations."),
        ),
        Entry(
            "video",
            [
                Variant(
                    "YouTube",
                    [("video", _video(image_id, "https://www.youtube.com/watch?v=aaaaaaaaaaa", "What is a HUB?"))],
                ),
                Variant("Vimeo", [("video", _video(image_id, "https://vimeo.com/123456789", "HUBs in Venice"))]),
            ],
            missing="" if image else _("Upload an image to the media library to see this block."),
        ),
        Entry(
            "document",
            [Variant(_("Download"), [("document", {"document": document.pk if document else None, "label": ""})])],
            missing="" if document else _("Upload a document to see this block."),
        ),
        Entry(
            "accordion",
            [
                Variant(_("Frequently asked questions (with structured data)"), [("accordion", _accordion(True))]),
                Variant(_("Plain accordion"), [("accordion", _accordion(False))]),
            ],
        ),
        Entry(
            "timeline",
            [
                Variant(
                    _("Full date, month and year"),
                    [
                        (
                            "timeline",
                            {
                                "milestones": [
                                    _milestone(datetime.date(2019, 11, 11), "day", "Durban Congress"),
                                    _milestone(datetime.date(2020, 9, 1), "month", "First HUBs recognised"),
                                    _milestone(datetime.date(2021, 1, 1), "year", "Digital platform"),
                                ]
                            },
                        )
                    ],
                )
            ],
        ),
        Entry(
            "partner_logos",
            [Variant(_("Logos and names"), [("partner_logos", {"partners": [p.pk for p in partners]})])],
            missing="" if partners else _("Add partner organisations to see this block."),
        ),
        Entry(
            "section",
            [
                Variant(
                    label,
                    [
                        (
                            "section",
                            {
                                "background": background,
                                "content": [
                                    {"type": "heading", "value": {"text": str(label), "level": "h3", "anchor": ""}},
                                    {
                                        "type": "paragraph",
                                        "value": '<p>Text with <a href="mailto:hubs@example.org">a link</a>.</p>',
                                    },
                                    {
                                        "type": "quote",
                                        "value": {
                                            "text": "Readable on every background.",
                                            "attribution": "UCLG",
                                            "role": "Barcelona",
                                        },
                                    },
                                    {
                                        "type": "key_figures",
                                        "value": {"figures": [_figure("17", "goals"), _figure("3", "languages")]},
                                    },
                                    {"type": "accordion", "value": _accordion(False)},
                                ],
                            },
                        )
                    ],
                )
                for background, label in SECTION_BACKGROUNDS
            ],
        ),
    ]
    return entries


def _image(image_id, image_format, alt_text, decorative=False, caption=""):
    return {
        "image": image_id,
        "alt_text": alt_text,
        "decorative": decorative,
        "caption": caption,
        "credit": "UCLG" if caption else "",
        "format": image_format,
    }


def _figure(number, label, prefix="", suffix=""):
    return {"number": number, "label": label, "prefix": prefix, "suffix": suffix}


def _video(image_id, url, title):
    return {"url": url, "title": title, "thumbnail": image_id, "caption": ""}


def _accordion(faq):
    return {
        "items": [
            {
                "question": "Who can propose a HUB?",
                "answer": "<p>A local or regional government, or an association.</p>",
            },
            {"question": "How long does a HUB last?", "answer": "<p>Between one and three years.</p>"},
        ],
        "faq": faq,
    }


def _milestone(date, precision, title):
    return {"date": date.isoformat(), "precision": precision, "title": title, "text": "<p>What happened.</p>"}


def pattern_library(request):
    body_block = BodyBlock()
    sections = []
    for entry in _entries():
        block = body_block.child_blocks[entry.block_type]
        variants = []
        if not entry.missing:
            for variant in entry.variants:
                stream = body_block.to_python([{"type": t, "value": v} for t, v in variant.values])
                html = "".join(block.render(child.value, context={"request": request}) for child in stream)
                variants.append({"label": variant.label, "html": mark_safe(html)})
        sections.append(
            {
                "block_type": entry.block_type,
                "label": block.label,
                "description": block.meta.description,
                "variants": variants,
                "missing": entry.missing,
            }
        )
    response = render(request, "pattern_library.html", {"sections": sections})
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
