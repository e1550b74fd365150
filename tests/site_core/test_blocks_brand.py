"""The brand in code, CSS and contrast: one palette, every combination AA."""

import re
from itertools import product
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from site_core.blocks.choices import CALL_TO_ACTION_STYLES, SECTION_BACKGROUNDS
from site_core.brand import (
    AA_NON_TEXT,
    AA_TEXT,
    DEFAULT_SURFACE,
    PALETTE,
    SURFACES,
    Surface,
    contrast_ratio,
    sdg_stylesheet,
    sdg_text_colour,
    surfaces_stylesheet,
)
from site_core.sdgs import GOALS

STATIC = Path(settings.BASE_DIR) / "static"
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CSS_PROPERTY = re.compile(r"--([a-z-]+):\s*([^;]+);")


def css_rules(path):
    """{selector: {custom property: value}} for every rule of a stylesheet."""
    text = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.DOTALL)
    rules = {}
    for selectors, body in CSS_RULE.findall(text):
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(dict(CSS_PROPERTY.findall(body)))
    return rules


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#E0101E", "#FFFFFF") == pytest.approx(4.93, abs=0.01)


def test_css_palette_tokens_equal_the_python_palette():
    tokens = css_rules(STATIC / "css" / "main.css")[":root"]
    css_palette = {
        name.removeprefix("colour-"): value.upper() for name, value in tokens.items() if name.startswith("colour-")
    }
    assert css_palette == PALETTE


def test_css_surfaces_equal_the_python_surfaces():
    css_file = STATIC / "css" / "components" / "surfaces.css"
    assert css_file.read_text() == surfaces_stylesheet(SURFACES, DEFAULT_SURFACE), "run `manage.py write_brand_css`"
    rules = css_rules(css_file)
    for name, surface in SURFACES.items():
        expected = {
            f"surface-{role.replace('_', '-')}": f"var(--colour-{colour})"
            for role, colour in surface.colour_names().items()
        }
        assert rules[f".surface--{name}"] == expected, name
    # A body with no Section is drawn on the default surface.
    assert rules[":root"] == rules[f".surface--{DEFAULT_SURFACE}"]


@pytest.mark.parametrize("name", sorted(SURFACES))
def test_every_pair_a_surface_draws_meets_wcag_aa(name):
    surface = SURFACES[name]
    for foreground, background, minimum in Surface.PAIRS:
        fg, bg = PALETTE[getattr(surface, foreground)], PALETTE[getattr(surface, background)]
        assert contrast_ratio(fg, bg) >= minimum, f"{name}: {foreground} {fg} on {background} {bg}"
    assert surface.contrast_problems() == []


def test_every_choice_blocks_offer_is_a_checked_surface():
    offered = {name for name, _label in SECTION_BACKGROUNDS + CALL_TO_ACTION_STYLES}
    assert offered <= set(SURFACES)
    # A call to action inside a Section draws its own panel: every pairing stays readable.
    for background, style in product((n for n, _ in SECTION_BACKGROUNDS), (n for n, _ in CALL_TO_ACTION_STYLES)):
        assert SURFACES[background].contrast_problems() == SURFACES[style].contrast_problems() == []


def test_contrast_problems_name_the_failing_pair():
    too_light = Surface("x", "white", "green", "grey", "red", "red", "red", "white", "orange-deep")
    problems = too_light.contrast_problems()
    assert len(problems) == 1
    assert "green on white" in str(problems[0]) and "2.95:1" in str(problems[0])


def test_aa_thresholds_are_wcag_22():
    assert (AA_TEXT, AA_NON_TEXT) == (4.5, 3.0)


def test_sdg_stylesheet_is_generated_from_the_goals():
    css_file = STATIC / "css" / "components" / "sdg_tag.css"
    assert css_file.read_text() == sdg_stylesheet(GOALS), "run `manage.py write_brand_css`"
    rules = css_rules(css_file)
    for goal in GOALS:
        rule = rules[f".sdg--{goal['number']}"]
        assert rule["sdg-background"] == goal["colour"]
        text = rule["sdg-text"].removeprefix("var(--colour-").removesuffix(")")
        assert contrast_ratio(PALETTE[text], goal["colour"]) >= AA_TEXT, goal["number"]


def test_write_brand_css_writes_both_generated_stylesheets(tmp_path):
    call_command("write_brand_css", directory=tmp_path, stdout=None)
    assert (tmp_path / "surfaces.css").read_text() == surfaces_stylesheet(SURFACES, DEFAULT_SURFACE)
    assert (tmp_path / "sdg_tag.css").read_text() == sdg_stylesheet(GOALS)


def test_yellow_goals_get_dark_text_and_dark_goals_white_text():
    colours = {goal["number"]: goal["colour"] for goal in GOALS}
    assert sdg_text_colour(colours[7]) == "ink"
    assert sdg_text_colour(colours[2]) == "ink"
    assert sdg_text_colour(colours[17]) == "white"


def test_fonts_are_self_hosted_with_their_licences():
    css = (STATIC / "css" / "fonts.css").read_text()
    urls = re.findall(r'url\("([^"]+)"\)', css)
    assert urls and all(url.startswith("../fonts/") and url.endswith(".woff2") for url in urls)
    for url in urls:
        assert (STATIC / "css" / url).resolve().is_file(), url
    assert set(re.findall(r'font-family: "([^"]+)"', css)) == {"Roboto", "Oswald"}
    for family in ("roboto", "oswald"):
        assert "SIL Open Font License" in (STATIC / "fonts" / family / "OFL.txt").read_text()
    tokens = css_rules(STATIC / "css" / "main.css")[":root"]
    assert tokens["font-body"].startswith('"Roboto"') and tokens["font-heading"].startswith('"Oswald"')
