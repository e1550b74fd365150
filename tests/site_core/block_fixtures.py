"""Fixtures for the block library tests: a real image, document and partners
in a temporary media folder. Import the fixtures you use into the test module."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from site_core.demo.translation import snippet_in_all_languages
from site_core.models import SDG, PartnerOrganisation
from site_core.sdgs import ensure_sdgs


def make_image(title="HUB workshop", file_name="hub-workshop.png", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (63, 126, 68)).save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=file_name))


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def image(db, media_root):
    return make_image()


@pytest.fixture
def document(db, media_root):
    return get_document_model().objects.create(
        title="HUB guidelines", file=ContentFile(b"%PDF-1.4\n" + b"x" * 2400, name="hub-guidelines.pdf")
    )


PARTNER_SPEC = {
    "en": {"name": "Metropolis"},
    "es": {"name": "Metropolis (es)"},
    "fr": {"name": "Metropolis (fr)"},
}


@pytest.fixture
def partners(homes, image):
    """One partner with a logo and a website, one without a logo, in en/es/fr."""
    with_logo = snippet_in_all_languages(
        PartnerOrganisation, PARTNER_SPEC, {"name": "Metropolis"}, logo=image, url="https://www.metropolis.org/"
    )
    spec = {code: {"name": f"Ciudades Verdes {code}"} for code in ("en", "es", "fr")}
    without_logo = snippet_in_all_languages(PartnerOrganisation, spec, {"name": "Ciudades Verdes en"})
    return [with_logo, without_logo]


@pytest.fixture
def sdgs(homes):
    """{number: {language code: SDG}}; the migration and build_home_pages create them."""
    ensure_sdgs(SDG, Locale)  # a transactional test's flush removes the migration's rows
    goals = {}
    for goal in SDG.objects.select_related("locale"):
        goals.setdefault(goal.number, {})[goal.locale.language_code] = goal
    return goals


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
