"""Demo images drawn with Pillow at load time (nothing is downloaded), kept
in one "Demo images" collection. Each drawing is simple enough to describe
exactly, so its alternative text says what the picture really shows.

The demo data describes a drawing as
    {"title": …, "draw": motif, "background": colour, "shapes": colour}
where a motif is an editorial scene (a skyline, a meeting seen from above, a
river, solar roofs, a park, a low-floor bus) or an abstract pattern (circles,
bars, dots, waves), and "shapes" colours its subject
    {"title": …, "draw": "initials", "initials": "UC", "background": colour}   (a placeholder logo)
    {"title": …, "draw": "sdg-colours"}   (seventeen dots in the SDG colours)
with colours named in COLOURS."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from site_core.demo import DemoDataError
from site_core.sdgs import GOALS

COLLECTION_NAME = "Demo images"


# (hex, {language: colour name}). Spanish and French names agree with their
# noun: m/f for masculine/feminine, s/p for singular/plural ("{shapes[fp]}").
def _forms(ms, fs=None, mp=None, fp=None):
    """An adjective's four forms; an invariable one ("naranja") gives one."""
    return {"ms": ms, "fs": fs or ms, "mp": mp or ms, "fp": fp or mp or ms}


def _english(name):
    """An English colour name, and with its article ("an orange")."""
    article = "an" if name[0] in "aeiou" else "a"
    return {**_forms(name), "a": f"{article} {name}"}


COLOURS = {
    "red": (
        "#E0101E",
        {"en": _english("red"), "es": _forms("rojo", "roja", "rojos", "rojas"), "fr": _forms("rouge", mp="rouges")},
    ),
    "orange": ("#EC6221", {"en": _english("orange"), "es": _forms("naranja"), "fr": _forms("orange")}),
    "yellow": (
        "#FCC30B",
        {
            "en": _english("yellow"),
            "es": _forms("amarillo", "amarilla", "amarillos", "amarillas"),
            "fr": _forms("jaune", mp="jaunes"),
        },
    ),
    "green": (
        "#6BA626",
        {"en": _english("green"), "es": _forms("verde", mp="verdes"), "fr": _forms("vert", "verte", "verts", "vertes")},
    ),
    "green-deep": ("#3F7E44", {"en": _english("dark green"), "es": _forms("verde oscuro"), "fr": _forms("vert foncé")}),
    "blue": (
        "#0A97D9",
        {"en": _english("blue"), "es": _forms("azul", mp="azules"), "fr": _forms("bleu", "bleue", "bleus", "bleues")},
    ),
    "dark": ("#3C3B3C", {"en": _english("charcoal"), "es": _forms("gris antracita"), "fr": _forms("anthracite")}),
    "white": (
        "#FFFFFF",
        {
            "en": _english("white"),
            "es": _forms("blanco", "blanca", "blancos", "blancas"),
            "fr": _forms("blanc", "blanche", "blancs", "blanches"),
        },
    ),
}

# What each drawing shows, per language: {background} and {shapes} are
# colours, with the form that agrees with their noun in Spanish and French.
MOTIF_ALT = {
    "circles": {
        "en": "Illustration: three overlapping {shapes[ms]} circles on {background[a]} background.",
        "es": "Ilustración: tres círculos {shapes[mp]} superpuestos sobre un fondo {background[ms]}.",
        "fr": "Illustration : trois cercles {shapes[mp]} qui se chevauchent sur un fond {background[ms]}.",
    },
    "bars": {
        "en": "Illustration: five {shapes[ms]} vertical bars of rising height on {background[a]} background, like a bar chart.",
        "es": "Ilustración: cinco barras verticales {shapes[fp]} cada vez más altas sobre un fondo {background[ms]}, "
        "como un gráfico de barras.",
        "fr": "Illustration : cinq barres verticales {shapes[fp]} de plus en plus hautes sur un fond {background[ms]}, "
        "comme un histogramme.",
    },
    "dots": {
        "en": "Illustration: a grid of {shapes[ms]} dots on {background[a]} background.",
        "es": "Ilustración: una cuadrícula de puntos {shapes[mp]} sobre un fondo {background[ms]}.",
        "fr": "Illustration : une grille de points {shapes[mp]} sur un fond {background[ms]}.",
    },
    "waves": {
        "en": "Illustration: three {shapes[ms]} wavy horizontal lines on {background[a]} background.",
        "es": "Ilustración: tres líneas horizontales onduladas {shapes[fp]} sobre un fondo {background[ms]}.",
        "fr": "Illustration : trois lignes horizontales ondulées {shapes[fp]} sur un fond {background[ms]}.",
    },
    "skyline": {
        "en": "Illustration: a city skyline of {shapes[ms]} buildings with lit windows under {background[a]} sky, "
        "the sun low over the rooftops.",
        "es": "Ilustración: el perfil de una ciudad con edificios {shapes[mp]} de ventanas iluminadas bajo un cielo "
        "{background[ms]}, con el sol bajo sobre los tejados.",
        "fr": "Illustration : la silhouette d'une ville aux immeubles {shapes[mp]} et aux fenêtres éclairées sous un ciel "
        "{background[ms]}, le soleil bas au-dessus des toits.",
    },
    "meeting": {
        "en": "Illustration: eight people seated around a round {shapes[ms]} table, seen from above, on {background[a]} floor.",
        "es": "Ilustración: ocho personas sentadas alrededor de una mesa redonda {shapes[fs]}, vistas desde arriba, "
        "sobre un suelo {background[ms]}.",
        "fr": "Illustration : huit personnes assises autour d'une table ronde {shapes[fs]}, vues d'en haut, "
        "sur un sol {background[ms]}.",
    },
    "river": {
        "en": "Illustration: {shapes[a]} river winding across {background[ms]} fields, crossed by a bridge.",
        "es": "Ilustración: un río {shapes[ms]} que serpentea entre campos {background[mp]}, cruzado por un puente.",
        "fr": "Illustration : une rivière {shapes[fs]} qui serpente entre des champs {background[mp]}, "
        "franchie par un pont.",
    },
    "solar": {
        "en": "Illustration: rows of {shapes[ms]} solar panels on rooftops under {background[a]} sky with a bright sun.",
        "es": "Ilustración: hileras de paneles solares {shapes[mp]} sobre los tejados, bajo un cielo {background[ms]} "
        "con un sol radiante.",
        "fr": "Illustration : des rangées de panneaux solaires {shapes[mp]} sur des toits, sous un ciel {background[ms]} "
        "au soleil éclatant.",
    },
    "park": {
        "en": "Illustration: a park with five round {shapes[ms]} trees along a path, under {background[a]} sky.",
        "es": "Ilustración: un parque con cinco árboles {shapes[mp]} de copa redonda junto a un camino, "
        "bajo un cielo {background[ms]}.",
        "fr": "Illustration : un parc où cinq arbres {shapes[mp]} au feuillage rond bordent une allée, "
        "sous un ciel {background[ms]}.",
    },
    "bus": {
        "en": "Illustration: {shapes[a]} low-floor bus at a stop, its ramp lowered at the open door, "
        "against {background[a]} background.",
        "es": "Ilustración: un autobús {shapes[ms]} de piso bajo en una parada, con la rampa desplegada en la puerta "
        "abierta, sobre un fondo {background[ms]}.",
        "fr": "Illustration : un bus {shapes[ms]} à plancher bas à l'arrêt, sa rampe déployée devant la porte ouverte, "
        "sur un fond {background[ms]}.",
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


SKIN_TONES = ["#8D5524", "#C68642", "#E0AC69", "#F1C27D", "#5C3A21", "#FFDBAC"]
CLOTHES = ["#E5243B", "#26BDE2", "#FCC30B", "#4C9F38", "#A21942", "#FD6925", "#19486A", "#DD1367"]
BRIGHT_WINDOW = "#FCE38A"


def _shade(hex_colour, factor):
    """`hex_colour` lightened (factor > 1) or darkened (factor < 1), as an RGB tuple."""
    digits = hex_colour.lstrip("#")
    channels = [int(digits[i : i + 2], 16) for i in (0, 2, 4)]
    if factor >= 1:
        return tuple(round(c + (255 - c) * (factor - 1)) for c in channels)
    return tuple(round(c * factor) for c in channels)


def _skyline(pen, width, height, sky, buildings):
    pen.ellipse((width - 330, 90, width - 170, 250), fill=_shade(sky, 1.55))
    heights = [330, 420, 260, 480, 360, 300, 440, 280, 390]
    left = 40
    for index, tall in enumerate(heights):
        right = left + 110 + (index % 3) * 12
        pen.rectangle((left, height - 60 - tall, right, height - 60), fill=buildings)
        for row in range(height - 40 - tall, height - 100, 46):
            for column in range(left + 18, right - 24, 34):
                lit = (row // 46 + column // 34 + index) % 3 != 0
                pen.rectangle(
                    (column, row, column + 16, row + 22), fill=BRIGHT_WINDOW if lit else _shade(buildings, 1.3)
                )
        left = right + 14
    pen.rectangle((0, height - 60, width, height), fill=_shade(buildings, 0.7))


def _meeting(pen, width, height, floor, table):
    for x in range(0, width, 120):
        pen.line((x, 0, x, height), fill=_shade(floor, 0.9), width=3)
    centre_x, centre_y = width // 2, height // 2
    pen.ellipse(
        (centre_x - 190, centre_y - 190, centre_x + 190, centre_y + 190),
        fill=table,
        outline=_shade(table, 0.8),
        width=6,
    )
    for seat in range(8):
        angle = seat * math.pi / 4
        x, y = centre_x + 265 * math.cos(angle), centre_y + 265 * math.sin(angle)
        shoulders = CLOTHES[seat % len(CLOTHES)]
        pen.ellipse((x - 62, y - 62, x + 62, y + 62), fill=shoulders)
        pen.ellipse((x - 34, y - 34, x + 34, y + 34), fill=SKIN_TONES[seat % len(SKIN_TONES)])
    for sheet in range(4):
        angle = sheet * math.pi / 2 + math.pi / 8
        x, y = centre_x + 120 * math.cos(angle), centre_y + 120 * math.sin(angle)
        pen.rectangle((x - 26, y - 34, x + 26, y + 34), fill="#FFFFFF", outline="#BBBBBB", width=2)


def _river(pen, width, height, fields, river):
    for index, top in enumerate(range(0, height, 135)):
        pen.rectangle((0, top, width, top + 135), fill=_shade(fields, 1.12 if index % 2 else 0.92))
    points = [(x, height // 2 + round(120 * math.sin(x / 190))) for x in range(-20, width + 40, 20)]
    upper = [(x, y - 55) for x, y in points]
    lower = [(x, y + 55) for x, y in reversed(points)]
    pen.polygon(upper + lower, fill=river)
    bridge_x = width * 3 // 5
    bridge_y = height // 2 + round(120 * math.sin(bridge_x / 190))
    pen.rectangle((bridge_x - 40, bridge_y - 110, bridge_x + 40, bridge_y + 110), fill="#8B5E3C")
    for offset in (-40, 32):
        pen.rectangle((bridge_x + offset, bridge_y - 110, bridge_x + offset + 8, bridge_y + 110), fill="#5B3A24")
    for x, y in ((150, 110), (320, 560), (980, 130), (1080, 560), (520, 90)):
        pen.ellipse((x - 40, y - 40, x + 40, y + 40), fill=_shade(fields, 0.6))


def _solar(pen, width, height, sky, panels):
    pen.ellipse((90, 70, 250, 230), fill="#FCC30B")
    roofs = [(60, 360, 420), (450, 320, 380), (800, 380, 360)]
    for left, top, roof_width in roofs:
        pen.rectangle((left, top + 120, left + roof_width, height), fill="#C9B79C")
        pen.polygon(
            [
                (left - 20, top + 120),
                (left + 40, top),
                (left + roof_width - 40, top),
                (left + roof_width + 20, top + 120),
            ],
            fill="#9E4A35",
        )
        for row in range(2):
            for column in range(4):
                x = left + 55 + column * (roof_width - 110) // 4
                y = top + 14 + row * 52
                pen.rectangle(
                    (x, y, x + (roof_width - 130) // 4, y + 42), fill=panels, outline=_shade(panels, 1.6), width=3
                )
    pen.rectangle((0, height - 40, width, height), fill="#6B6B6B")


def _park(pen, width, height, sky, trees):
    horizon = height * 3 // 5
    pen.rectangle((0, horizon, width, height), fill="#8CC152")
    pen.polygon(
        [
            (width // 2 - 40, horizon),
            (width // 2 + 40, horizon),
            (width // 2 + 260, height),
            (width // 2 - 260, height),
        ],
        fill="#E8D8B0",
    )
    for index, x in enumerate((140, 330, 860, 1050, 600)):
        base = horizon + (40 if index < 4 else -10)
        pen.rectangle((x - 14, base - 120, x + 14, base + 20), fill="#6D4C2F")
        pen.ellipse((x - 95, base - 290, x + 95, base - 100), fill=trees)
    pen.ellipse((770, 50, 880, 160), fill=_shade(sky, 1.6))


def _bus(pen, width, height, background, body):
    pen.rectangle((0, height - 140, width, height), fill="#4A4A4A")
    pen.rectangle((0, height - 160, width, height - 140), fill="#BDBDBD")
    pen.rounded_rectangle((170, 210, 1010, 500), radius=40, fill=body)
    for left in range(210, 920, 120):
        pen.rectangle((left, 240, left + 95, 340), fill="#BFE6F7")
    pen.rectangle((740, 360, 840, 500), fill=_shade(body, 0.45))
    pen.polygon([(740, 500), (840, 500), (880, 520), (700, 520)], fill="#9E9E9E")
    for x in (330, 900):
        pen.ellipse((x - 55, 445, x + 55, 555), fill="#222222")
        pen.ellipse((x - 22, 478, x + 22, 522), fill="#9E9E9E")
    pen.rectangle((1080, 220, 1092, 520), fill="#5A5A5A")
    pen.rectangle((1050, 200, 1122, 250), fill="#FFFFFF", outline="#5A5A5A", width=4)


SCENES = {"skyline": _skyline, "meeting": _meeting, "river": _river, "solar": _solar, "park": _park, "bus": _bus}


def _motif(motif, background, shapes, size=(1200, 675)):
    width, height = size
    picture = PillowImage.new("RGB", size, COLOURS[background][0])
    pen = ImageDraw.Draw(picture)
    fill = COLOURS[shapes][0]
    if motif in SCENES:
        SCENES[motif](pen, width, height, COLOURS[background][0], fill)
    elif motif == "circles":
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
        colour = COLOURS[drawing["background"]][1]["en"]["ms"]
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
