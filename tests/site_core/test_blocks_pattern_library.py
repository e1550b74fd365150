"""The pattern library: every block, every allowed variant, not indexed."""

import pytest
from bs4 import BeautifulSoup

from site_core.blocks import BodyBlock
from site_core.blocks.choices import CALL_TO_ACTION_STYLES, SECTION_BACKGROUNDS

pytestmark = pytest.mark.django_db


def test_pattern_library_shows_every_block_in_every_variant(client, homes, image, document, partners, sdgs):
    response = client.get("/en/pattern-library/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex, nofollow"
    shown = [section["id"].removeprefix("block-") for section in soup.select("section.pattern-library__block")]
    assert shown == list(BodyBlock().child_blocks)
    assert soup.select(".pattern-library__missing") == []
    assert {f"surface--{name}" for name, _ in SECTION_BACKGROUNDS} == {
        c for s in soup.select(".section-block") for c in s["class"] if c.startswith("surface--")
    }
    assert len(soup.select("#block-call_to_action .call-to-action-block")) == len(CALL_TO_ACTION_STYLES)
    assert len(soup.select("#block-sdg_badges .sdg-tag")) == 17
    assert [h.name for h in soup.select("#block-heading .heading-block")] == ["h2", "h3", "h4"]
    assert len(soup.select("#block-image picture")) == 3
    assert soup.select_one("#block-image img[alt='']") is not None  # the decorative variant


def test_pattern_library_speaks_the_current_language(client, homes, sdgs):
    soup = BeautifulSoup(client.get("/es/pattern-library/").content, "html.parser")
    assert soup.select_one("html")["lang"] == "es"
    assert soup.select_one("h1").text == "Biblioteca de componentes"
    assert soup.select_one("#block-key_figures h2").contents[0].strip() == "Cifras clave"
    assert soup.select(".sdg-tag__name")[6].text == "Energía asequible y no contaminante"
    # Without media the blocks that need it say so instead of failing.
    assert "Suba una imagen a la mediateca" in soup.select_one("#block-image .pattern-library__missing").text
