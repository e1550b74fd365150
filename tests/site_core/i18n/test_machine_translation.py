import html
import json
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from site_core.settings.translation import machine_translator_from_environment
from tests.factories import build_english_only_page
from tests.site_core.i18n.doubles import translator_setting

pytestmark = pytest.mark.django_db


def test_no_backend_configured_means_no_setting():
    assert machine_translator_from_environment({}) is None
    assert machine_translator_from_environment({"MACHINE_TRANSLATION_BACKEND": " "}) is None


def test_deepl_from_environment():
    setting = machine_translator_from_environment({"MACHINE_TRANSLATION_BACKEND": "DeepL", "DEEPL_AUTH_KEY": "k:fx"})
    assert setting == {
        "CLASS": "site_core.machine_translation.DeepLBritishEnglishTranslator",
        "OPTIONS": {"AUTH_KEY": "k:fx", "FORMALITY": "prefer_more"},
    }


def test_libretranslate_from_environment():
    setting = machine_translator_from_environment(
        {"MACHINE_TRANSLATION_BACKEND": "libretranslate", "LIBRETRANSLATE_URL": "https://lt.example.org/"}
    )
    assert setting["CLASS"] == "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
    assert setting["OPTIONS"] == {"LIBRETRANSLATE_URL": "https://lt.example.org", "API_KEY": ""}


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"MACHINE_TRANSLATION_BACKEND": "deepl"}, "DEEPL_AUTH_KEY"),
        ({"MACHINE_TRANSLATION_BACKEND": "libretranslate"}, "LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATION_BACKEND": "google"}, "not supported"),
    ],
)
def test_incomplete_configuration_refuses_to_start(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator_from_environment(environ)


def test_deepl_asks_for_british_english_without_network():
    setting = machine_translator_from_environment({"MACHINE_TRANSLATION_BACKEND": "deepl", "DEEPL_AUTH_KEY": "k:fx"})
    spanish, english = Locale(language_code="es"), Locale(language_code="en")
    with (
        override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting),
        mock.patch("wagtail_localize.machine_translators.deepl.requests.post") as post,
    ):
        post.return_value.json.return_value = {"translations": [{"text": "The city"}]}
        result = get_machine_translator().translate(spanish, english, [StringValue("La ciudad")])
    assert list(result.values()) == [StringValue("The city")]
    url, parameters = post.call_args.args
    assert url == "https://api-free.deepl.com/v2/translate"
    assert (parameters["source_lang"], parameters["target_lang"]) == ("ES", "EN-GB")
    assert parameters["formality"] == "prefer_more"


def translation_editor_props(admin_client, page):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    marker = 'data-props="'
    text = response.content.decode()
    start = text.index(marker) + len(marker)
    return json.loads(html.unescape(text[start : text.index('"', start)]))


@pytest.fixture
def spanish_draft(admin_client, homes):
    page = build_english_only_page(homes["en"], title="Water", slug="water")
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [Locale.objects.get(language_code="es").pk]},
        )
    return page, page.get_translation(Locale.objects.get(language_code="es"))


def test_without_a_backend_the_editor_offers_no_machine_translation(admin_client, spanish_draft):
    _source, target = spanish_draft
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        assert translation_editor_props(admin_client, target)["machineTranslator"] is None


def test_machine_translation_through_the_editor_button_with_the_test_double(
    admin_client, spanish_draft, django_capture_on_commit_callbacks
):
    source, target = spanish_draft
    setting = translator_setting({("en", "es"): {"Water": "Agua", "water": "agua"}})
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting):
        props = translation_editor_props(admin_client, target)
        assert props["machineTranslator"]["name"] == "Test glossary"
        response = admin_client.post(props["machineTranslator"]["url"])
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=target.locale)
    stored = StringTranslation.objects.filter(locale=target.locale, context__object_id=source.translation_key)
    assert {(s.context.path, s.data, s.translation_type, s.tool_name) for s in stored} == {
        ("title", "Agua", "machine", "Test glossary"),
        ("slug", "agua", "machine", "Test glossary"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    target.refresh_from_db()
    assert (target.title, target.slug, target.live) == ("Agua", "agua", True)
