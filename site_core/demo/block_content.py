"""Demo uses of the block library on the home and About pages, in en/es/fr,
from the public facts in the seeds (dates of the Durban Congress, the first
call, Venice City Solutions 2030, the Xi'an HUB). Same spec format as
site_core.demo.translation: the three languages pair by structure."""

import copy
import datetime
import io
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from site_core.sdgs import GOALS

LANGUAGES = ("en", "es", "fr")
IMAGE_TITLE = "Local4Action HUBs: the SDG colours"
DOCUMENT_TITLE = "Local4Action HUBs: the six characteristics"


def _sdg_dots_png():
    """Our own drawing: seventeen dots in the SDG colours on white."""
    width, height, radius = 1600, 900, 70
    picture = PILImage.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    for index, goal in enumerate(GOALS):
        row, column = divmod(index, 6)
        x = 330 + column * 190 + (95 if row == 1 else 0)
        y = 230 + row * 200
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=goal["colour"])
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer


def demo_assets():
    """The demo image and document, created once (looked up by title)."""
    image = get_image_model().objects.filter(title=IMAGE_TITLE).first()
    if image is None:
        image = get_image_model().objects.create(
            title=IMAGE_TITLE, file=ImageFile(_sdg_dots_png(), name="l4a-sdg-colours.png")
        )
    document = get_document_model().objects.filter(title=DOCUMENT_TITLE).first()
    if document is None:
        text = (
            "Local4Action HUBs: six characteristics\n\n"
            "1. Local drive\n2. Development time (one to three years)\n3. UCLG identity\n"
            "4. Actionable, scalable results\n5. Theme\n6. Communication\n"
        )
        document = get_document_model().objects.create(
            title=DOCUMENT_TITLE, file=ContentFile(text.encode(), name="l4a-six-characteristics.txt")
        )
    return {"image": image, "document": document}


def _figures(labels):
    numbers = (Decimal("17"), Decimal("3"), Decimal("6"), Decimal("3"))
    return {
        "figures": [
            {"prefix": "", "number": number, "suffix": "", "label": label}
            for number, label in zip(numbers, labels, strict=True)
        ]
    }


HOME_FIGURES = {
    "en": (
        "Sustainable Development Goals to localise",
        "working languages: English, French, Spanish",
        "characteristics every HUB shares",
        "years at most to deliver results",
    ),
    "es": (
        "Objetivos de Desarrollo Sostenible que localizar",
        "idiomas de trabajo: español, francés e inglés",
        "características que comparten todos los HUBs",
        "años como máximo para lograr resultados",
    ),
    "fr": (
        "Objectifs de développement durable à localiser",
        "langues de travail : anglais, espagnol et français",
        "caractéristiques communes à tous les HUBs",
        "ans au plus pour obtenir des résultats",
    ),
}

IMAGE_TEXT = {
    "en": ("Seventeen coloured dots, one for each Sustainable Development Goal", "The colours of the 17 SDGs."),
    "es": (
        "Diecisiete puntos de colores, uno por cada Objetivo de Desarrollo Sostenible",
        "Los colores de los 17 ODS.",
    ),
    "fr": ("Dix-sept points de couleur, un pour chaque Objectif de développement durable", "Les couleurs des 17 ODD."),
}

CALL_TO_ACTION = {
    "en": (
        "Part of a global network",
        "The HUBs are a programme of UCLG, the world organisation of local and regional governments.",
        "Visit UCLG",
    ),
    "es": (
        "Parte de una red mundial",
        "Los HUBs son un programa de CGLU, la organización mundial de los gobiernos locales y regionales.",
        "Visitar CGLU",
    ),
    "fr": (
        "Membre d'un réseau mondial",
        "Les HUBs sont un programme de CGLU, l'organisation mondiale des gouvernements locaux et régionaux.",
        "Visiter CGLU",
    ),
}


def home_blocks(language, assets):
    image_alt, caption = IMAGE_TEXT[language]
    heading, text, label = CALL_TO_ACTION[language]
    return [
        ("key_figures", _figures(HOME_FIGURES[language])),
        (
            "image",
            {
                "image": assets["image"],
                "alt_text": image_alt,
                "decorative": False,
                "caption": caption,
                "credit": "",
                "format": "original",
            },
        ),
        (
            "call_to_action",
            {
                "heading": heading,
                "text": text,
                "link": {"label": label, "page": None, "url": "https://www.uclg.org/"},
                "style": "brand",
            },
        ),
    ]


MILESTONES = {
    "en": (
        "A Local4Action HUB meets at the UCLG World Congress in Durban",
        "The first call for proposals opens, in English, French and Spanish",
        "Venice City Solutions 2030 celebrates the new HUBs",
        "The Xi'an HUB on youth education and dialogue is launched",
    ),
    "es": (
        "Un Local4Action HUB se reúne en el Congreso Mundial de CGLU en Durban",
        "Se abre la primera convocatoria de propuestas, en español, francés e inglés",
        "Venice City Solutions 2030 celebra los nuevos HUBs",
        "Se lanza el HUB de Xi'an sobre educación y diálogo de la juventud",
    ),
    "fr": (
        "Un Local4Action HUB se réunit au Congrès mondial de CGLU à Durban",
        "Le premier appel à propositions s'ouvre, en anglais, espagnol et français",
        "Venice City Solutions 2030 célèbre les nouveaux HUBs",
        "Lancement du HUB de Xi'an sur l'éducation et le dialogue des jeunes",
    ),
}
MILESTONE_DATES = (
    (datetime.date(2019, 11, 11), "day"),
    (datetime.date(2020, 7, 21), "day"),
    (datetime.date(2020, 11, 26), "day"),
    (datetime.date(2021, 8, 1), "month"),
)

FAQ = {
    "en": [
        ("Who can propose a HUB?", "<p>A local or regional government, or one of their associations.</p>"),
        ("How long does a HUB last?", "<p>Between one and three years, with results agreed in advance.</p>"),
        ("In which languages can I write a proposal?", "<p>In English, French or Spanish.</p>"),
    ],
    "es": [
        ("¿Quién puede proponer un HUB?", "<p>Un gobierno local o regional, o una de sus asociaciones.</p>"),
        ("¿Cuánto dura un HUB?", "<p>Entre uno y tres años, con resultados acordados de antemano.</p>"),
        ("¿En qué idiomas puedo redactar una propuesta?", "<p>En español, francés o inglés.</p>"),
    ],
    "fr": [
        ("Qui peut proposer un HUB ?", "<p>Un gouvernement local ou régional, ou l'une de leurs associations.</p>"),
        ("Combien de temps dure un HUB ?", "<p>Entre un et trois ans, avec des résultats convenus à l'avance.</p>"),
        ("Dans quelles langues puis-je rédiger une proposition ?", "<p>En anglais, en espagnol ou en français.</p>"),
    ],
}

ABOUT_HEADINGS = {
    "en": (
        "Milestones",
        "Goals of the Xi'an HUB",
        "Frequently asked questions",
        "Take part",
        "The six characteristics (text file)",
    ),
    "es": (
        "Hitos",
        "Objetivos del HUB de Xi'an",
        "Preguntas frecuentes",
        "Participa",
        "Las seis características (archivo de texto)",
    ),
    "fr": (
        "Étapes clés",
        "Objectifs du HUB de Xi'an",
        "Questions fréquentes",
        "Participer",
        "Les six caractéristiques (fichier texte)",
    ),
}

TAKE_PART = {
    "en": "<p>Local and regional governments and their associations can propose their own initiative as a HUB.</p>",
    "es": "<p>Los gobiernos locales y regionales y sus asociaciones pueden proponer su propia iniciativa como HUB.</p>",
    "fr": "<p>Les gouvernements locaux et régionaux et leurs associations peuvent proposer leur propre initiative comme HUB.</p>",
}


def about_blocks(language, assets, sdgs):
    milestones, goals_heading, faq_heading, take_part, document_label = (
        MILESTONES[language],
        *ABOUT_HEADINGS[language][1:],
    )
    return [
        ("heading", {"text": ABOUT_HEADINGS[language][0], "level": "h2", "anchor": "milestones"}),
        (
            "timeline",
            {
                "milestones": [
                    {"date": date, "precision": precision, "title": title, "text": ""}
                    for (date, precision), title in zip(MILESTONE_DATES, milestones, strict=True)
                ]
            },
        ),
        ("heading", {"text": goals_heading, "level": "h2", "anchor": "goals"}),
        ("sdg_badges", {"goals": sdgs}),
        ("heading", {"text": faq_heading, "level": "h2", "anchor": "faq"}),
        (
            "accordion",
            {"items": [{"question": q, "answer": a} for q, a in FAQ[language]], "faq": True},
        ),
        (
            "section",
            {
                "background": "green",
                "content": [
                    ("heading", {"text": take_part, "level": "h2", "anchor": "take-part"}),
                    ("paragraph", TAKE_PART[language]),
                    ("document", {"document": assets["document"], "label": document_label}),
                ],
            },
        ),
    ]


def with_blocks(home_spec, about_spec, assets):
    """Copies of the home and About specs with the demo blocks appended."""
    from site_core.models import SDG

    # The goals the Xi'an HUB names (4, 5, 8, 17), chosen in English; badges
    # show them in each page's language.
    sdgs = list(SDG.objects.filter(number__in=(4, 5, 8, 17), locale__language_code="en").order_by("number"))
    home, about = copy.deepcopy(home_spec), copy.deepcopy(about_spec)
    for language in LANGUAGES:
        home[language]["body"] = [*home[language]["body"], *home_blocks(language, assets)]
        about[language]["body"] = [*about[language]["body"], *about_blocks(language, assets, sdgs)]
    return home, about
