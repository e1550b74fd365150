"""Demo images drawn with Pillow at load time (nothing is downloaded), kept
in one "Demo images" collection. Each drawing is simple enough to describe
exactly, so its alternative text says what the picture really shows.

The demo data describes a drawing as
    {"title": …, "draw": "circles" | "bars" | "dots" | "waves", "background": colour, "shapes": colour}
    {"title": …, "draw": "initials", "initials": "UC", "background": colour}   (a placeholder logo)
    {"title": …, "draw": "sdg-colours"}   (seventeen dots in the SDG colours)
with colours named in COLOURS."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from site_core.demo import DemoDataError
from site_core.sdgs import GOALS

COLLECTION_NAME = "Demo images"

# (hex, {language: colour name}) — brand palette colours.
COLOURS = {
    "red": ("#E0101E", {"en": "red", "es": "rojo", "fr": "rouge"}),
    "orange": ("#EC6221", {"en": "orange", "es": "naranja", "fr": "orange"}),
    "green": ("#6BA626", {"en": "green", "es": "verde", "fr": "vert"}),
    "green-deep": ("#3F7E44", {"en": "dark green", "es": "verde oscuro", "fr": "vert foncé"}),
    "dark": ("#3C3B3C", {"en": "charcoal", "es": "gris antracita", "fr": "anthracite"}),
    "white": ("#FFFFFF", {"en": "white", "es": "blanco", "fr": "blanc"}),
}

# What each motif looks like, per language: {background} and {shapes} are colour names.
MOTIF_ALT = {
    "circles": {
        "en": "Illustration: three overlapping {shapes} circles on a {background} background.",
        "es": "Ilustración: tres círculos superpuestos de color {shapes} sobre un fondo {background}.",
        "fr": "Illustration : trois cercles {shapes} qui se chevauchent sur un fond {background}.",
    },
    "bars": {
        "en": "Illustration: five {shapes} vertical bars of rising height on a {background} background, like a bar chart.",
        "es": "Ilustración: cinco barras verticales de color {shapes} cada vez más altas sobre un fondo {background}, "
        "como un gráfico de barras.",
        "fr": "Illustration : cinq barres verticales {shapes} de plus en plus hautes sur un fond {background}, "
        "comme un histogramme.",
    },
    "dots": {
        "en": "Illustration: a grid of {shapes} dots on a {background} background.",
        "es": "Ilustración: una cuadrícula de puntos de color {shapes} sobre un fondo {background}.",
        "fr": "Illustration : une grille de points {shapes} sur un fond {background}.",
    },
    "waves": {
        "en": "Illustration: three {shapes} wavy horizontal lines on a {background} background.",
        "es": "Ilustración: tres líneas horizontales onduladas de color {shapes} sobre un fondo {background}.",
        "fr": "Illustration : trois lignes horizontales ondulées {shapes} sur un fond {background}.",
    },
}


def alt_texts(drawing):
    """{language: alternative text} of a motif drawing."""
    if drawing["draw"] not in MOTIF_ALT:
        raise DemoDataError(f"Image {drawing['title']!r}: only a motif ({', '.join(MOTIF_ALT)}) has alt texts.")
    background, shapes = COLOURS[drawing["background"]][1], COLOURS[drawing["shapes"]][1]
    return {
        language: text.format(background=background[language], shapes=shapes[language])
        for language, text in MOTIF_ALT[drawing["draw"]].items()
    }


def _demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def _motif(motif, background, shapes, size=(1200, 675)):
    width, height = size
    picture = PillowImage.new("RGB", size, COLOURS[background][0])
    pen = ImageDraw.Draw(picture)
    fill = COLOURS[shapes][0]
    if motif == "circles":
        for index in range(3):
            x = width // 4 + index * width // 5
            pen.ellipse((x - 180, height // 2 - 180, x + 180, height // 2 + 180), outline=fill, width=28)
    elif motif == "bars":
        for index in range(5):
            left = 150 + index * 190
            pen.rectangle((left, height - 100 - (index + 1) * 90, left + 120, height - 100), fill=fill)
    elif motif == "dots":
        for row in range(5):
            for column in range(9):
                x, y = 150 + column * 115, 110 + row * 115
                pen.ellipse((x - 30, y - 30, x + 30, y + 30), fill=fill)
    elif motif == "waves":
        for line in range(3):
            base = height // 4 + line * height // 4
            points = [(x, base + (40 if (x // 150) % 2 else -40)) for x in range(0, width + 150, 150)]
            pen.line(points, fill=fill, width=24, joint="curve")
    return picture


def _initials(initials, background):
    """A placeholder logo: white initials on a coloured rectangle."""
    picture = PillowImage.new("RGB", (320, 160), COLOURS[background][0])
    pen = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=72)
    pen.text((160, 80), initials, fill="#FFFFFF", font=font, anchor="mm")
    return picture


def _sdg_colours():
    """Seventeen dots in the SDG colours on white."""
    width, height, radius = 1600, 900, 70
    picture = PillowImage.new("RGB", (width, height), (255, 255, 255))
    pen = ImageDraw.Draw(picture)
    for index, goal in enumerate(GOALS):
        row, column = divmod(index, 6)
        x = 330 + column * 190 + (95 if row == 1 else 0)
        y = 230 + row * 200
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=goal["colour"])
    return picture


def _picture_and_description(drawing):
    kind = drawing["draw"]
    if kind in MOTIF_ALT:
        return _motif(kind, drawing["background"], drawing["shapes"]), alt_texts(drawing)["en"]
    if kind == "initials":
        colour = COLOURS[drawing["background"]][1]["en"]
        description = f"The letters {drawing['initials']} in white on a {colour} rectangle."
        return _initials(drawing["initials"], drawing["background"]), description
    if kind == "sdg-colours":
        return _sdg_colours(), ""
    raise DemoDataError(f"Image {drawing['title']!r}: no drawing called {kind!r}.")


def demo_image(drawing):
    """The image a drawing describes, created once (looked up by title)."""
    model = get_image_model()
    existing = model.objects.filter(title=drawing["title"]).first()
    if existing is not None:
        return existing
    picture, description = _picture_and_description(drawing)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    slug = "".join(ch if ch.isalnum() else "-" for ch in drawing["title"].lower()).strip("-")
    image = model(title=drawing["title"], description=description, collection=_demo_collection())
    image.file = ImageFile(buffer, name=f"{slug}.png")
    image.save()
    return image
