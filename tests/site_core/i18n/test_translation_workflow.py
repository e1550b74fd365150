"""What translators do in the admin: translate, PO round trip, sync, and
the warnings before a source page is deleted or unpublished."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from tests.factories import build_english_only_page
from tests.site_core.i18n.helpers import soup

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get(language_code=code)


def translation_of(page, code):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale(code))


def test_translating_a_live_page_in_the_admin_creates_a_draft(admin_client, homes):
    page = build_english_only_page(homes["en"])
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale("es").pk, locale("fr").pk]},
    )
    assert response.status_code == 302
    for code in ("es", "fr"):
        translated = page.get_translation(locale(code))
        assert translated.live is False
        assert translated.title == page.title  # untranslated until a translator works on it
    assert admin_client.get("/es/only-in-english/").status_code in (302, 404)


def test_po_export_then_import_changes_the_translated_page(
    admin_client, about_pages, django_capture_on_commit_callbacks
):
    translation = translation_of(about_pages["en"], "fr")
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    by_context = {entry.msgctxt: entry for entry in po}
    assert by_context["title"].msgid == "About" and by_context["title"].msgstr == "À propos"
    by_context["title"].msgstr = "À propos des HUBs"
    by_context["intro"].msgstr = "Ce que sont les HUBs, et pourquoi."

    upload = SimpleUploadedFile("about-fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page = admin_client.get("/fr/a-propos/")
    assert soup(page).h1.get_text(strip=True) == "À propos des HUBs"
    assert "Ce que sont les HUBs, et pourquoi." in page.content.decode()


def test_po_file_of_another_language_is_refused(admin_client, about_pages):
    french = translation_of(about_pages["en"], "fr")
    spanish = translation_of(about_pages["en"], "es")
    po = french.export_po()
    for entry in po:
        entry.msgstr = "XXX"
    upload = SimpleUploadedFile("about.po", str(po).encode())
    admin_client.post(reverse("wagtail_localize:upload_pofile", args=[spanish.pk]), {"file": upload})
    assert not StringTranslation.objects.filter(locale=locale("es"), data="XXX").exists()


def test_sync_after_a_source_change_keeps_unchanged_translated_segments(
    admin_client, about_pages, django_capture_on_commit_callbacks
):
    source = about_pages["en"]
    source.intro = "What HUBs are, and how to join."
    source.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[translation_of(source, "es").source_id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    spanish = Page.objects.get(pk=about_pages["es"].pk).specific
    assert spanish.title == "Acerca de"  # unchanged source text: translation kept
    assert spanish.intro == "What HUBs are, and how to join."  # new text: shown in English until translated
    assert translation_of(source, "es").get_progress() == (3, 2)


def confirmation_text(response):
    assert response.status_code == 200
    return " ".join(soup(response).get_text(" ").split())


def test_deleting_a_source_page_warns_about_its_translations(admin_client, about_pages):
    response = admin_client.get(reverse("wagtailadmin_pages:delete", args=[about_pages["en"].pk]))
    assert "Deleting this page will also delete 2 translations of this page." in confirmation_text(response)


def test_deleting_a_translation_does_not_touch_the_others(admin_client, about_pages):
    response = admin_client.get(reverse("wagtailadmin_pages:delete", args=[about_pages["es"].pk]))
    assert "translation" not in confirmation_text(response).lower()
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[about_pages["es"].pk]))
    assert not Page.objects.filter(pk=about_pages["es"].pk).exists()
    assert Page.objects.filter(pk__in=[about_pages["en"].pk, about_pages["fr"].pk]).count() == 2


def test_unpublishing_a_source_page_warns_and_unpublishes_its_translations(admin_client, about_pages):
    url = reverse("wagtailadmin_pages:unpublish", args=[about_pages["en"].pk])
    assert "This will also unpublish all 2 translations of the page." in confirmation_text(admin_client.get(url))
    admin_client.post(url)
    assert not Page.objects.filter(pk__in=[p.pk for p in about_pages.values()], live=True).exists()
