"""Every block renders with realistic values, in the page's language, with
no inline colours and nothing loaded from a third party."""

import json
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from site_core.blocks import BodyBlock
from site_core.models import StandardPage
from tests.site_core.block_fixtures import every_block_body

pytestmark = pytest.mark.django_db

# Attributes through which a page makes the browser fetch something.
RESOURCE_ATTRIBUTES = ("src", "srcset", "data", "poster", "action", "formaction")


@pytest.fixture
def block_pages(homes, image, document, partners, sdgs):
    """An English page using every block (SDG 7 chosen in Spanish, partners in
    English), and a Spanish translation of it."""
    goals = [sdgs[7]["es"], sdgs[11]["en"]]
    partner_list = [partners[0]["en"], partners[1]["en"]]
    page = StandardPage(title="Blocks", slug="blocks")
    homes["en"].add_child(instance=page)
    page.body = every_block_body(image, document, goals, partner_list, homes["en"])
    page.save_revision().publish()
    spanish = page.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=False)
    spanish.save_revision().publish()
    return {"en": page, "es": spanish}


def get_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_every_block_type_is_in_the_realistic_body(block_pages):
    stored = {child.block_type for child in StandardPage.objects.get(pk=block_pages["en"].pk).body}
    assert stored == set(BodyBlock().child_blocks)


def test_blocks_render_in_english(client, block_pages):
    soup = BeautifulSoup(get_html(client, block_pages["en"]), "html.parser")
    body = soup.select_one(".page-body")
    assert body.select_one("h2#what.heading-block").text == "What a HUB is"
    assert "local government" in body.select_one(".paragraph-block b").text
    picture = body.select_one(".image-block--wide picture")
    assert {s["type"] for s in picture.select("source")} == {"image/avif", "image/webp"}
    img = picture.select_one("img")
    assert img["alt"] == "Mayors around a table" and img["loading"] == "lazy" and "sizes" in img.attrs
    assert "1280x720" in img["srcset"] or len(img["srcset"].split(",")) == 3
    assert body.select_one(".image-block__caption").text.strip().startswith("The first HUB meeting.")
    assert body.select_one(".quote-block blockquote").text.strip() == "Local action matters."
    cta = body.select_one(".call-to-action-block.surface--green")
    assert cta.select_one("a.button")["href"] == block_pages["en"].get_parent().url
    assert [n.text for n in body.select(".key-figures-block__number")] == ["12,500", "82.5%"]
    assert body.select_one(".document-block__meta").text.strip() == "(PDF, 2.4\xa0KB)"
    assert body.select_one(".document-block__link")["href"].startswith("/documents/")
    assert [d.select_one("summary").text for d in body.select(".accordion-block details")] == [
        "Who can apply?",
        "How long?",
    ]
    assert [t["datetime"] for t in body.select(".timeline-block time")] == ["2019-11-13", "2020-09", "2021"]
    assert [t.text for t in body.select(".timeline-block time")] == ["November 13, 2019", "September 2020", "2021"]
    logo = body.select_one(".partner-logos-block img")
    assert logo["alt"] == "Metropolis"
    assert body.select(".partner-logos-block__name")[0].text == "Ciudades Verdes en"
    assert body.select_one(".section-block.surface--dark h2#join").text == "Join us"


def test_sdg_badges_show_the_page_language_whatever_locale_was_chosen(client, block_pages):
    english = BeautifulSoup(get_html(client, block_pages["en"]), "html.parser")
    spanish = BeautifulSoup(get_html(client, block_pages["es"]), "html.parser")
    assert [b.select_one(".sdg-tag__name").text for b in english.select(".sdg-tag")] == [
        "Affordable and Clean Energy",
        "Sustainable Cities and Communities",
    ]
    assert [b.select_one(".sdg-tag__name").text for b in spanish.select(".sdg-tag")] == [
        "Energía asequible y no contaminante",
        "Ciudades y comunidades sostenibles",
    ]
    assert [b["class"][1] for b in spanish.select(".sdg-tag")] == ["sdg--7", "sdg--11"]


def test_numbers_and_dates_follow_the_page_language(client, block_pages):
    spanish = BeautifulSoup(get_html(client, block_pages["es"]), "html.parser")
    assert [n.text for n in spanish.select(".key-figures-block__number")] == ["12\xa0500", "82,5%"]
    assert [t.text for t in spanish.select(".timeline-block time")][:2] == [
        "13 de noviembre de 2019",
        "septiembre de 2020",
    ]
    # A page chosen in a call to action links to the visitor's language.
    assert spanish.select_one(".call-to-action-block a")["href"] == block_pages["es"].get_parent().url


def test_video_facade_loads_nothing_from_the_host(client, block_pages):
    soup = BeautifulSoup(get_html(client, block_pages["en"]), "html.parser")
    video = soup.select_one(".video-block")
    assert video.select_one("iframe") is None
    player = video.select_one("[data-video-provider]")
    assert (player["data-video-provider"], player["data-video-id"]) == ("youtube", "dQw4w9WgXcQ")
    assert video.select_one("button[data-video-play]").text.strip().endswith("HUBs in two minutes")
    assert "youtube" not in str(video.select_one("button")).lower()
    assert soup.find("script", src=re.compile(r"/static/js/video_block\.js$"))


def test_faq_structured_data_is_valid_escaped_json_ld(client, block_pages):
    html = get_html(client, block_pages["en"])
    scripts = BeautifulSoup(html, "html.parser").select('script[type="application/ld+json"]')
    faq = [json.loads(s.string) for s in scripts if '"FAQPage"' in s.string]
    assert len(faq) == 1
    assert [q["name"] for q in faq[0]["mainEntity"]] == ["Who can apply?", "How long?"]
    assert faq[0]["mainEntity"][0]["acceptedAnswer"]["text"] == "Local & regional governments </script> only."
    # The closing tag inside the answer cannot end the data block early.
    assert "</script> only" not in html


def test_no_inline_styles_and_no_third_party_resources(client, block_pages):
    for page in block_pages.values():
        soup = BeautifulSoup(get_html(client, page), "html.parser")
        assert soup.select("[style]") == [] and soup.select("style") == []
        for script in soup.select("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", script
        for element in soup.find_all(True):
            for attribute in RESOURCE_ATTRIBUTES:
                for url in re.split(r",\s*", element.get(attribute, "")):
                    assert not urlsplit(url.strip()).netloc, f"{element.name} {attribute}={url}"
        for link in soup.select("link[href]"):
            assert not urlsplit(link["href"]).netloc or link.get("rel") in (["alternate"], ["canonical"]), link
