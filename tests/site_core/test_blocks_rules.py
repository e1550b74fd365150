"""Every save-time rule: bad input refused with its message, good input kept."""

import pytest
from django.core.exceptions import ValidationError

from site_core import brand
from site_core.blocks import (
    BodyBlock,
    CallToActionBlock,
    HeadingBlock,
    ImageBlock,
    KeyFiguresBlock,
    LinkBlock,
    SDGBadgesBlock,
    SectionBlock,
    VideoBlock,
)
from site_core.blocks.choices import ALLOWED_LINK_SCHEMES
from site_core.url_safety import ALLOWED_SCHEMES


def simplify(errors):
    """The admin's error JSON, with each leaf {"messages": [...]} shown as its list."""
    if isinstance(errors, dict):
        if set(errors) == {"messages"}:
            return errors["messages"]
        return {key: simplify(value) for key, value in errors.items()}
    return errors


def error_json(block, raw_value):
    """Clean a raw (JSON-form) value; return the admin's error structure."""
    with pytest.raises(ValidationError) as caught:
        block.clean(block.to_python(raw_value))
    return simplify(caught.value.as_json_data())


def body(*children):
    return [{"type": block_type, "value": value} for block_type, value in children]


def heading(level, text="A heading", anchor=""):
    return ("heading", {"text": text, "level": level, "anchor": anchor})


def section(*children, background="white"):
    return ("section", {"background": background, "content": body(*children)})


# Headings ---------------------------------------------------------------------------


def test_first_heading_must_be_h2():
    errors = error_json(BodyBlock(), body(heading("h3")))
    assert errors["blockErrors"][0]["blockErrors"]["level"] == [
        "The first heading of the page must be level 2 (the page title is level 1)."
    ]


def test_h4_straight_after_h2_is_refused_on_the_h4():
    errors = error_json(BodyBlock(), body(heading("h2"), ("paragraph", "<p>Text</p>"), heading("h4")))
    assert list(errors["blockErrors"]) == [2]
    assert errors["blockErrors"][2]["blockErrors"]["level"] == [
        "A level 4 heading cannot follow a level 2 heading: use level 3 or higher."
    ]


def test_headings_inside_sections_follow_the_same_outline():
    errors = error_json(BodyBlock(), body(heading("h2"), section(heading("h4"))))
    inner = errors["blockErrors"][1]["blockErrors"]["content"]["blockErrors"][0]
    assert inner["blockErrors"]["level"] == [
        "A level 4 heading cannot follow a level 2 heading: use level 3 or higher."
    ]


def test_a_section_may_open_the_body_with_its_h2():
    errors = error_json(BodyBlock(), body(section(heading("h3"))))
    assert "level 2" in errors["blockErrors"][0]["blockErrors"]["content"]["blockErrors"][0]["blockErrors"]["level"][0]


def test_good_outline_is_kept():
    block = BodyBlock()
    value = block.clean(
        block.to_python(
            body(heading("h2"), heading("h3"), heading("h4"), heading("h2"), section(heading("h3"), heading("h4")))
        )
    )
    assert [child.block_type for child in value] == ["heading"] * 4 + ["section"]


def test_anchor_ids_are_unique_on_the_page():
    errors = error_json(BodyBlock(), body(heading("h2", anchor="goals"), section(heading("h3", anchor="goals"))))
    inner = errors["blockErrors"][1]["blockErrors"]["content"]["blockErrors"][0]
    assert inner["blockErrors"]["anchor"] == ["The anchor “goals” is already used on this page: choose another."]


def test_anchor_may_not_take_an_id_the_layout_uses():
    errors = error_json(BodyBlock(), body(heading("h2", anchor="main")))
    assert "already used" in errors["blockErrors"][0]["blockErrors"]["anchor"][0]


def test_anchor_format_and_heading_length():
    errors = error_json(HeadingBlock(), {"text": "x" * 121, "level": "h2", "anchor": "Not An Id"})
    assert errors["blockErrors"]["text"] == ["Ensure this value has at most 120 characters (it has 121)."]
    assert errors["blockErrors"]["anchor"] == ["Use lower-case letters, digits and hyphens, starting with a letter."]
    assert "At most 120 characters." in str(HeadingBlock().child_blocks["text"].field.help_text)


def test_h1_and_h5_are_not_choices():
    errors = error_json(HeadingBlock(), {"text": "Title", "level": "h1", "anchor": ""})
    assert "Select a valid choice" in errors["blockErrors"]["level"][0]


# Colours ----------------------------------------------------------------------------


@pytest.mark.parametrize("colour", ["#FF0000", "red", "var(--colour-red)", "pink"])
def test_no_colour_outside_the_named_choices(colour):
    errors = error_json(SectionBlock(), {"background": colour, "content": []})
    assert errors["blockErrors"]["background"] == [
        f"Select a valid choice. {colour} is not one of the available choices."
    ]


def test_named_choices_are_accepted():
    value = SectionBlock().clean(
        SectionBlock().to_python({"background": "dark", "content": body(("paragraph", "<p>Text</p>"))})
    )
    assert value["background"] == "dark"


def test_a_palette_change_that_breaks_contrast_refuses_the_save(monkeypatch):
    # The communications team lightens the red: white text on it is no longer AA.
    monkeypatch.setitem(brand.PALETTE, "red", "#F06060")
    errors = error_json(SectionBlock(), {"background": "brand", "content": body(("paragraph", "<p>Text</p>"))})
    message = errors["blockErrors"]["background"][0]
    assert message.startswith("This colour scheme is not readable enough: white on red has a contrast of")
    cta = {
        "heading": "Join",
        "text": "",
        "link": {"label": "Go", "page": None, "url": "https://a.org/"},
        "style": "brand",
    }
    assert "not readable enough" in error_json(CallToActionBlock(), cta)["blockErrors"]["style"][0]


# Images -----------------------------------------------------------------------------


def image_value(image, **values):
    return {
        "image": image.pk,
        "alt_text": "",
        "decorative": False,
        "caption": "",
        "credit": "",
        "format": "original",
        **values,
    }


def test_image_without_alt_text_is_refused(image):
    errors = error_json(ImageBlock(), image_value(image))
    assert errors["blockErrors"]["alt_text"] == ["Write an alternative text, or tick “decorative”."]


@pytest.mark.parametrize("alt_text", ["hub-workshop.png", "HUB-WORKSHOP.PNG", "hub-workshop"])
def test_file_name_as_alt_text_is_refused(image, alt_text):
    errors = error_json(ImageBlock(), image_value(image, alt_text=alt_text))
    assert errors["blockErrors"]["alt_text"] == ["The file name is not an alternative text: describe the image."]


def test_described_or_decorative_images_are_accepted(image):
    block = ImageBlock()
    assert block.clean(block.to_python(image_value(image, alt_text="Mayors at a workshop")))["alt_text"]
    assert block.clean(block.to_python(image_value(image, decorative=True)))["decorative"] is True


# Links ------------------------------------------------------------------------------


def link(**values):
    return {"label": "Read more", "page": None, "url": "", **values}


def test_link_needs_a_target(homes):
    assert error_json(LinkBlock(), link())["blockErrors"]["page"] == ["Choose a page or write a web address."]


def test_link_needs_only_one_target(homes):
    errors = error_json(LinkBlock(), link(page=homes["en"].pk, url="https://www.uclg.org/"))
    assert errors["blockErrors"]["url"] == ["Choose a page or write a web address, not both."]


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "jav\tascript:alert(1)", "ftp://files.example.org/x", "data:text/html,x"],
)
def test_link_url_schemes_are_limited(url):
    errors = error_json(LinkBlock(), link(url=url))
    assert errors["blockErrors"]["url"] == [
        "Links may only start with http://, https://, mailto: or tel:, or be relative (/…, #…)."
    ]


@pytest.mark.parametrize(
    ("url", "message"), [("https://", "Write a complete web address"), ("mailto:nobody", "Write a valid e-mail")]
)
def test_link_url_must_be_complete(url, message):
    assert error_json(LinkBlock(), link(url=url))["blockErrors"]["url"][0].startswith(message)


@pytest.mark.parametrize(
    "url",
    ["https://www.uclg.org/en", "http://example.org", "mailto:hubs@uclg.org", "tel:+34933428750", "/en/about/", "#faq"],
)
def test_good_urls_and_pages_are_accepted(homes, url):
    block = LinkBlock()
    assert block.clean(block.to_python(link(url=url)))["url"] == url
    value = block.clean(block.to_python(link(page=homes["en"].pk)))
    assert value.href() == homes["en"].url


def test_allowed_schemes_live_in_one_place():
    assert ALLOWED_LINK_SCHEMES is ALLOWED_SCHEMES == ("http", "https", "mailto", "tel")


def test_call_to_action_label_length_is_limited_and_stated():
    cta = {"heading": "Join", "text": "", "link": link(label="x" * 41, url="https://a.org/"), "style": "brand"}
    errors = error_json(CallToActionBlock(), cta)
    assert errors["blockErrors"]["link"]["blockErrors"]["label"] == [
        "Ensure this value has at most 40 characters (it has 41)."
    ]
    assert "at most 40 characters" in str(LinkBlock().child_blocks["label"].field.help_text)


# Key figures, video, SDGs ---------------------------------------------------------------


def figure(label="cities"):
    return {"number": "12", "label": label, "prefix": "", "suffix": ""}


@pytest.mark.parametrize("count", [1, 5])
def test_two_to_four_key_figures(count):
    errors = error_json(KeyFiguresBlock(), {"figures": [figure()] * count})
    assert errors["blockErrors"]["figures"][0] in (
        "The minimum number of items is 2",
        "The maximum number of items is 4",
    )


def test_key_figure_label_length_is_limited_and_stated():
    errors = error_json(KeyFiguresBlock(), {"figures": [figure(), figure("x" * 61)]})
    item = errors["blockErrors"]["figures"]["blockErrors"][1]
    assert item["blockErrors"]["label"] == ["Ensure this value has at most 60 characters (it has 61)."]
    label_block = KeyFiguresBlock().child_blocks["figures"].child_block.child_blocks["label"]
    assert "At most 60 characters." in str(label_block.field.help_text)


@pytest.mark.parametrize(
    "url", ["https://example.org/video.mp4", "https://www.youtube.com/watch?v=short", "https://vimeo.com/about"]
)
def test_video_must_be_youtube_or_vimeo(image, url):
    errors = error_json(VideoBlock(), {"url": url, "title": "A film", "thumbnail": image.pk, "caption": ""})
    assert errors["blockErrors"]["url"] == ["Use the address of a YouTube or Vimeo video."]


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1", "youtube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
    ],
)
def test_video_addresses_are_understood(image, url, provider, video_id):
    block = VideoBlock()
    value = block.clean(block.to_python({"url": url, "title": "A film", "thumbnail": image.pk, "caption": ""}))
    assert (value.provider(), value.video_id()) == (provider, video_id)


def test_the_same_goal_twice_is_refused_even_across_languages(sdgs):
    errors = error_json(SDGBadgesBlock(), {"goals": [sdgs[7]["en"].pk, sdgs[11]["en"].pk, sdgs[7]["es"].pk]})
    assert errors["blockErrors"]["goals"]["blockErrors"] == {2: ["Already chosen above."]}


# FAQ structured data -------------------------------------------------------------------


def accordion(faq):
    return ("accordion", {"items": [{"question": "Who?", "answer": "<p>Members.</p>"}], "faq": faq})


def test_one_faq_per_page_for_search_engines():
    errors = error_json(BodyBlock(), body(accordion(True), section(heading("h2"), accordion(True))))
    inner = errors["blockErrors"][1]["blockErrors"]["content"]["blockErrors"][1]
    assert inner["blockErrors"]["faq"][0].startswith("A page can hold one FAQ for search engines")
    block = BodyBlock()
    value = block.clean(block.to_python(body(accordion(True), accordion(False))))
    assert [child.value["faq"] for child in value] == [True, False]


def test_every_error_of_a_body_shows_on_the_same_save():
    """The blocks' own errors and the rules across blocks (heading order,
    anchors) come back together, each on its block and field."""
    errors = error_json(
        BodyBlock(),
        body(
            heading("h3", text="x" * 121),  # too long and not level 2
            ("paragraph", "<p>Text</p>"),
            section(heading("h2", anchor="Bad Id"), heading("h4", anchor="")),  # bad anchor; h4 after h2
            heading("h2", anchor="main"),  # reserved anchor
        ),
    )
    blocks = errors["blockErrors"]
    assert blocks[0]["blockErrors"] == {
        "text": ["Ensure this value has at most 120 characters (it has 121)."],
        "level": ["The first heading of the page must be level 2 (the page title is level 1)."],
    }
    assert 1 not in blocks
    section_errors = blocks[2]["blockErrors"]["content"]["blockErrors"]
    assert section_errors[0]["blockErrors"]["anchor"] == [
        "Use lower-case letters, digits and hyphens, starting with a letter."
    ]
    assert section_errors[1]["blockErrors"]["level"][0].startswith("A level 4 heading cannot follow a level 2")
    assert blocks[3]["blockErrors"]["anchor"][0].startswith("The anchor “main” is already used")


def test_two_messages_on_one_field_are_both_shown():
    from django.core.exceptions import ValidationError as FieldError
    from wagtail.blocks.struct_block import StructBlockValidationError

    from site_core.blocks.rules import merge_block_errors

    merged = merge_block_errors(
        StructBlockValidationError({"anchor": FieldError("Use lower-case letters.")}),
        StructBlockValidationError({"anchor": FieldError("The anchor is already used.")}),
    )
    assert simplify(merged.as_json_data())["blockErrors"]["anchor"] == [
        "Use lower-case letters.",
        "The anchor is already used.",
    ]


def test_a_body_whose_blocks_are_valid_but_out_of_order_is_still_refused():
    errors = error_json(BodyBlock(), body(heading("h2"), heading("h4")))
    assert list(errors["blockErrors"]) == [1]
