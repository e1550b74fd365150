"""The rules through the real door: posting the admin's page edit form.
Each test checks what was stored, since Wagtail silently drops unknown block
types (a misspelt block would otherwise pass while testing nothing)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from site_core.blocks.choices import PARAGRAPH_FEATURES
from site_core.models import StandardPage

pytestmark = pytest.mark.django_db


def items(values):
    """ListBlock form data."""
    data = {str(i): {"value": value, "deleted": "", "order": str(i), "id": ""} for i, value in enumerate(values)}
    data["count"] = str(len(values))
    return data


def paragraph(html):
    return rich_text(html, features=PARAGRAPH_FEATURES)


@pytest.fixture
def admin_client(client, django_user_model, about_pages):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def post_body(client, page, blocks):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for key in [k for k in data if k.startswith("body-")]:
        del data[key]
    data.update(nested_form_data({"body": streamfield(blocks)}))
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def stored_types(page):
    return [child.block_type for child in StandardPage.objects.get(pk=page.pk).body]


def body_errors(response):
    assert response.status_code == 200, "the save should have been refused"
    return response.context["form"].errors.as_data()["body"][0].as_json_data()


def test_every_block_is_saved_through_the_admin(admin_client, about_pages, image, document, partners, sdgs):
    page = about_pages["en"]
    blocks = [
        ("heading", {"text": "What a HUB is", "level": "h2", "anchor": "what"}),
        ("paragraph", paragraph("<p>Led by a <b>local government</b>.</p>")),
        (
            "image",
            {"image": image.pk, "alt_text": "Mayors at a table", "caption": "", "credit": "", "format": "original"},
        ),
        ("quote", {"text": "Local action matters.", "attribution": "Amina Diallo", "role": "Dakar"}),
        (
            "call_to_action",
            {
                "heading": "Propose a HUB",
                "text": "",
                "link": {"label": "Write to us", "page": "", "url": "mailto:hubs@uclg.org"},
                "style": "brand",
            },
        ),
        (
            "key_figures",
            {
                "figures": items(
                    [
                        {"prefix": "", "number": "12500", "suffix": "", "label": "local governments"},
                        {"prefix": "", "number": "17", "suffix": "", "label": "goals"},
                    ]
                )
            },
        ),
        ("sdg_badges", {"goals": items([sdgs[7]["fr"].pk, sdgs[11]["en"].pk])}),
        (
            "video",
            {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "HUBs", "thumbnail": image.pk, "caption": ""},
        ),
        ("document", {"document": document.pk, "label": ""}),
        ("heading", {"text": "Questions", "level": "h3", "anchor": ""}),
        (
            "accordion",
            {"items": items([{"question": "Who?", "answer": paragraph("<p>Members.</p>")}]), "faq": "on"},
        ),
        (
            "timeline",
            {
                "milestones": items(
                    [
                        {"date": "2019-11-13", "precision": "day", "title": "Durban", "text": paragraph("")},
                        {"date": "2020-09-01", "precision": "year", "title": "First HUBs", "text": paragraph("")},
                    ]
                )
            },
        ),
        ("partner_logos", {"partners": items([partners[0]["en"].pk])}),
        (
            "section",
            {
                "background": "green",
                "content": streamfield([("heading", {"text": "Join", "level": "h2", "anchor": "join"})]),
            },
        ),
    ]
    response = post_body(admin_client, page, blocks)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert stored_types(page) == [block_type for block_type, _value in blocks]
    stored = StandardPage.objects.get(pk=page.pk).body
    assert stored[5].value["figures"][0]["label"] == "local governments"
    assert stored[6].value["goals"][0].pk == sdgs[7]["fr"].pk
    assert stored[13].value["background"] == "green"
    assert stored[13].value["content"][0].value["anchor"] == "join"


def test_admin_refuses_a_skipped_heading_level(admin_client, about_pages):
    page = about_pages["en"]
    before = stored_types(page)
    response = post_body(
        admin_client,
        page,
        [
            ("heading", {"text": "Overview", "level": "h2", "anchor": ""}),
            ("heading", {"text": "Detail", "level": "h4", "anchor": ""}),
        ],
    )
    errors = body_errors(response)
    assert list(errors["blockErrors"]) == [1]
    assert errors["blockErrors"][1]["blockErrors"]["level"]["messages"] == [
        "A level 4 heading cannot follow a level 2 heading: use level 3 or higher."
    ]
    assert stored_types(page) == before


def test_admin_refuses_a_duplicate_anchor_inside_a_section(admin_client, about_pages):
    response = post_body(
        admin_client,
        about_pages["en"],
        [
            ("heading", {"text": "Goals", "level": "h2", "anchor": "goals"}),
            (
                "section",
                {
                    "background": "light",
                    "content": streamfield([("heading", {"text": "More", "level": "h3", "anchor": "goals"})]),
                },
            ),
        ],
    )
    inner = body_errors(response)["blockErrors"][1]["blockErrors"]["content"]["blockErrors"][0]
    assert inner["blockErrors"]["anchor"]["messages"] == [
        "The anchor “goals” is already used on this page: choose another."
    ]


def test_admin_refuses_an_image_without_alt_text(admin_client, about_pages, image):
    response = post_body(
        admin_client,
        about_pages["en"],
        [("image", {"image": image.pk, "alt_text": "", "caption": "", "credit": "", "format": "original"})],
    )
    errors = body_errors(response)
    assert errors["blockErrors"][0]["blockErrors"]["alt_text"]["messages"] == [
        "Write an alternative text, or tick “decorative”."
    ]
    assert "image" not in stored_types(about_pages["en"])


def test_admin_refuses_an_unsafe_link_and_a_raw_colour(admin_client, about_pages):
    response = post_body(
        admin_client,
        about_pages["en"],
        [
            (
                "call_to_action",
                {
                    "heading": "Click",
                    "text": "",
                    "link": {"label": "Go", "page": "", "url": "javascript:alert(1)"},
                    "style": "#FF00FF",
                },
            )
        ],
    )
    errors = body_errors(response)["blockErrors"][0]["blockErrors"]
    assert errors["style"]["messages"] == ["Select a valid choice. #FF00FF is not one of the available choices."]
    assert errors["link"]["blockErrors"]["url"]["messages"] == [
        "Links may only start with http://, https://, mailto: or tel:, or be relative (/…, #…)."
    ]
    assert "call_to_action" not in stored_types(about_pages["en"])


def test_block_previews_render_with_the_site_styles(admin_client, image):
    from site_core.blocks import BodyBlock

    for name, block in BodyBlock().child_blocks.items():
        assert block.is_previewable, name
        assert block.get_description(), name
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "/static/css/main.css" in html and "/static/css/components/surfaces.css" in html, name
        assert f"block-{name}" in html


def test_admin_help_menu_links_to_the_pattern_library(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/en/pattern-library/" in html
