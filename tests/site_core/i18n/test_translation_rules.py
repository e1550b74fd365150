"""Translations obey the rules the source editor obeys: the translation
editor answers a segment that breaks one with the reason, shown on that
segment; nothing that breaks a rule is published, and nothing is dropped
without a word."""

from urllib.parse import urlencode

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from site_core.models import StandardPage
from tests.factories import build_english_only_page

pytestmark = pytest.mark.django_db

LONG_HEADING = "Resultados " * 20  # 220 characters; headings take at most 120
BODY = [
    ("heading", {"text": "Our results", "level": "h2", "anchor": "results"}),
    (
        "key_figures",
        {
            "figures": [
                {"prefix": "", "number": "12", "suffix": "", "label": "Cities"},
                {"prefix": "+", "number": "3", "suffix": "%", "label": "Growth"},
            ]
        },
    ),
    (
        "call_to_action",
        {
            "heading": "Join the network",
            "text": "",
            "link": {"label": "Read the call", "page": None, "url": "https://www.uclg.org/"},
            "style": "brand",
        },
    ),
]


@pytest.fixture
def spanish(homes):
    """The Spanish translation of an English page, as a draft."""
    page = build_english_only_page(homes["en"], title="Results", slug="results")
    page.body = BODY
    page.save_revision().publish()
    page = StandardPage.objects.get(pk=page.pk)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="es"))
    translation.save_target(publish=False)
    return translation


def segment(translation, path_end, source_text):
    return StringSegment.objects.get(
        source=translation.source, context__path__endswith=path_end, string__data=source_text
    )


def put(client, url, value):
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def put_string(client, translation, string_segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, string_segment.pk])
    return put(client, url, value)


def link_override_segment(translation):
    return OverridableSegment.objects.get(source=translation.source, context__path__endswith=".link.url")


def publish(client, translation, capture):
    target = translation.get_target_instance()
    with capture(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    return response, Page.objects.get(pk=target.pk).specific


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_too_long_heading_is_answered_with_the_limit_on_its_segment(admin_client, spanish):
    response = put_string(admin_client, spanish, segment(spanish, ".text", "Our results"), LONG_HEADING)
    assert response.status_code == 201
    assert "120" in response.json()["error"]
    saved = StringTranslation.objects.get(data=LONG_HEADING)
    assert saved.has_error and "120" in saved.field_error  # kept, marked, shown again on reload


def test_too_long_key_figure_prefix_is_answered_with_the_limit(admin_client, spanish):
    prefix = segment(spanish, ".prefix", "+")
    response = put_string(admin_client, spanish, prefix, "Aproximadamente +")
    assert "5" in response.json()["error"]
    assert put_string(admin_client, spanish, prefix, "≈ +").json()["error"] is None


def test_heading_anchor_follows_the_anchor_rule(admin_client, spanish):
    response = put_string(admin_client, spanish, segment(spanish, ".anchor", "results"), "Nuestros Resultados")
    assert "lower-case letters" in response.json()["error"]


def test_translation_breaking_a_rule_is_not_published(admin_client, spanish, django_capture_on_commit_callbacks):
    heading = segment(spanish, ".text", "Our results")
    put_string(admin_client, spanish, heading, LONG_HEADING)
    response, page = publish(admin_client, spanish, django_capture_on_commit_callbacks)
    assert not page.live
    assert any("was not published" in text for text in message_texts(response))

    put_string(admin_client, spanish, heading, "Nuestros resultados")
    response, page = publish(admin_client, spanish, django_capture_on_commit_callbacks)
    assert page.live
    assert page.body[0].value["text"] == "Nuestros resultados"


def test_unsafe_link_override_is_shown_as_an_error_not_as_changed(
    admin_client, spanish, django_capture_on_commit_callbacks
):
    url = reverse("wagtail_localize:edit_override", args=[spanish.pk, link_override_segment(spanish).pk])
    response = put(admin_client, url, "javascript:alert(document.cookie)")
    assert response.status_code == 201
    assert "http://, https://, mailto: or tel:" in response.json()["error"]
    assert SegmentOverride.objects.get().has_error
    _response, page = publish(admin_client, spanish, django_capture_on_commit_callbacks)
    assert not page.live

    assert put(admin_client, url, "https://www.uclg.org/es/").json()["error"] is None
    _response, page = publish(admin_client, spanish, django_capture_on_commit_callbacks)
    assert page.live
    assert page.body[2].value["link"]["url"] == "https://www.uclg.org/es/"


def test_po_upload_marks_values_that_break_a_rule(admin_client, spanish):
    po = spanish.export_po()
    for entry in po:
        if entry.msgid == "Our results":
            entry.msgstr = LONG_HEADING
    upload = SimpleUploadedFile("results-es.po", str(po).encode())
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[spanish.pk]), {"file": upload, "next": "/admin/"}
    )
    assert any("1 translated value breaks the content rules" in text for text in message_texts(response))
    assert StringTranslation.objects.get(data=LONG_HEADING).has_error


def test_po_upload_says_which_entries_were_not_imported(admin_client, spanish):
    po = spanish.export_po()
    po.append(polib.POEntry(msgctxt="intro", msgid="A sentence the page no longer has.", msgstr="Una frase."))
    upload = SimpleUploadedFile("results-es.po", str(po).encode())
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[spanish.pk]), {"file": upload, "next": "/admin/"}
    )
    assert any("1 translation in the PO file was not imported" in text for text in message_texts(response))


def test_sync_with_publish_says_which_translation_was_not_published(
    admin_client, spanish, django_capture_on_commit_callbacks
):
    heading = segment(spanish, ".text", "Our results")
    StringTranslation.objects.create(
        translation_of=heading.string, context=heading.context, locale=spanish.target_locale, data=LONG_HEADING
    )
    url = reverse("wagtail_localize:update_translations", args=[spanish.source_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"publish_translations": "on"})
    assert not Page.objects.get(pk=spanish.get_target_instance().pk).live
    assert any("was not published" in text for text in message_texts(response))


def test_opening_the_editor_marks_text_a_sync_brought_in(admin_client, spanish):
    heading = segment(spanish, ".text", "Our results")
    StringTranslation.objects.create(
        translation_of=heading.string, context=heading.context, locale=spanish.target_locale, data=LONG_HEADING
    )
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.get_target_instance().pk]))
    assert editor.status_code == 200
    assert StringTranslation.objects.get(data=LONG_HEADING).has_error
    assert "at most 120 characters" in editor.content.decode()


def test_model_field_limits_apply_to_translations(admin_client, spanish):
    page = spanish.source.get_source_instance()
    page.intro = "What the HUBs achieved."
    page.save_revision().publish()
    TranslationSource.update_or_create_from_instance(page)
    response = put_string(admin_client, spanish, segment(spanish, "intro", "What the HUBs achieved."), "x" * 501)
    assert "500" in response.json()["error"]
