"""The demo's drawn images: editorial scenes in varied colours, each with an
alternative text in three languages whose colour words agree with their nouns."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from site_core.demo.images import COLOURS, MOTIF_ALT, SCENES, _motif, alt_texts


def demo_drawings():
    drawings = {}
    for path in sorted(Path(settings.BASE_DIR).glob("*/demo/*.json")):
        drawings.update(json.loads(path.read_text(encoding="utf-8")).get("images", {}))
    return drawings


@pytest.mark.parametrize(
    ("drawing", "language", "expected"),
    [
        ({"draw": "circles", "background": "red", "shapes": "white"}, "fr", "trois cercles blancs qui se chevauchent"),
        ({"draw": "circles", "background": "red", "shapes": "white"}, "es", "tres círculos blancos superpuestos"),
        ({"draw": "bars", "background": "dark", "shapes": "white"}, "fr", "cinq barres verticales blanches"),
        ({"draw": "bars", "background": "dark", "shapes": "white"}, "es", "cinco barras verticales blancas"),
        ({"draw": "meeting", "background": "orange", "shapes": "white"}, "fr", "une table ronde blanche"),
        (
            {"draw": "river", "background": "green", "shapes": "blue"},
            "fr",
            "une rivière bleue qui serpente entre des champs verts",
        ),
        (
            {"draw": "river", "background": "green", "shapes": "blue"},
            "es",
            "un río azul que serpentea entre campos verdes",
        ),
        ({"draw": "skyline", "background": "orange", "shapes": "dark"}, "en", "under an orange sky"),
        ({"draw": "park", "background": "blue", "shapes": "green-deep"}, "fr", "cinq arbres vert foncé"),
    ],
)
def test_colour_words_agree_with_their_nouns(drawing, language, expected):
    assert expected in alt_texts({"title": "x", **drawing})[language]


def test_every_colour_has_every_form_in_every_language():
    for _hex, names in COLOURS.values():
        assert set(names) == {"en", "es", "fr"}
        for forms in names.values():
            assert {"ms", "fs", "mp", "fp"} <= set(forms)


def test_demo_images_are_varied_scenes_described_in_three_languages():
    motifs = [drawing for drawing in demo_drawings().values() if drawing["draw"] in MOTIF_ALT]
    assert len({drawing["draw"] for drawing in motifs}) >= 8
    assert len({(drawing["background"], drawing["shapes"]) for drawing in motifs}) >= 10
    for drawing in motifs:
        texts = alt_texts(drawing)
        assert len(set(texts.values())) == 3
        assert all("{" not in text and "[" not in text for text in texts.values())


@pytest.mark.parametrize("motif", sorted(MOTIF_ALT))
def test_every_motif_draws_its_subject_in_its_colour_and_scenes_in_more(motif):
    picture = _motif(motif, "blue", "yellow")
    assert picture.size == (1200, 675)
    colours = {colour for _count, colour in picture.getcolors(maxcolors=1_000_000)}
    assert (252, 195, 11) in colours  # the subject's colour
    assert len(colours) > (4 if motif in SCENES else 1)
