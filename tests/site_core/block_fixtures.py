"""Builders for the block library tests: a real image, the partner names in
three languages, a body using every block. tests/site_core/conftest.py
turns them into fixtures."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model


def make_image(title="HUB workshop", file_name="hub-workshop.png", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (63, 126, 68)).save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=file_name))


PARTNER_SPEC = {
    "en": {"name": "Metropolis"},
    "es": {"name": "Metropolis (es)"},
    "fr": {"name": "Metropolis (fr)"},
}


def every_block_body(image, document, goals, partners, page):
    """A body (raw JSON form) using every block type of BodyBlock once or more."""
    figures = [
        {"number": "12500", "label": "local governments", "prefix": "", "suffix": ""},
        {"number": "82.5", "label": "shared their results", "prefix": "", "suffix": "%"},
    ]
    return [
        {"type": "heading", "value": {"text": "What a HUB is", "level": "h2", "anchor": "what"}},
        {
            "type": "paragraph",
            "value": '<p>A HUB is led by a <b>local government</b>. <a href="https://www.uclg.org/">UCLG</a>.</p>',
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Mayors around a table",
                "decorative": False,
                "caption": "The first HUB meeting.",
                "credit": "UCLG",
                "format": "wide",
            },
        },
        {"type": "quote", "value": {"text": "Local action matters.", "attribution": "Amina Diallo", "role": "Dakar"}},
        {
            "type": "call_to_action",
            "value": {
                "heading": "Propose your HUB",
                "text": "Calls are open twice a year.",
                "link": {"label": "Read the call", "page": page.pk, "url": ""},
                "style": "green",
            },
        },
        {"type": "key_figures", "value": {"figures": figures}},
        {"type": "sdg_badges", "value": {"goals": [goal.pk for goal in goals]}},
        {
            "type": "video",
            "value": {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "HUBs in two minutes",
                "thumbnail": image.pk,
                "caption": "Recorded in Durban.",
            },
        },
        {"type": "document", "value": {"document": document.pk, "label": "HUB guidelines"}},
        {"type": "heading", "value": {"text": "Questions", "level": "h3", "anchor": "questions"}},
        {
            "type": "accordion",
            "value": {
                "items": [
                    {
                        "question": "Who can apply?",
                        "answer": "<p>Local &amp; regional governments &lt;/script&gt; only.</p>",
                    },
                    {"question": "How long?", "answer": "<p>One to three years.</p>"},
                ],
                "faq": True,
            },
        },
        {
            "type": "timeline",
            "value": {
                "milestones": [
                    {"date": "2019-11-13", "precision": "day", "title": "Durban Congress", "text": ""},
                    {"date": "2020-09-01", "precision": "month", "title": "First HUBs", "text": "<p>Recognised.</p>"},
                    {"date": "2021-06-01", "precision": "year", "title": "Platform", "text": ""},
                ]
            },
        },
        {"type": "partner_logos", "value": {"partners": [partner.pk for partner in partners]}},
        {
            "type": "section",
            "value": {
                "background": "dark",
                "content": [
                    {"type": "heading", "value": {"text": "Join us", "level": "h2", "anchor": "join"}},
                    {"type": "paragraph", "value": "<p>Every member can take part.</p>"},
                ],
            },
        },
    ]
