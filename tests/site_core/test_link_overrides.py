"""Translators' link overrides (wagtail-localize) obey the same link rules:
an unsafe one is kept, marked with the reason (shown on the segment) and
never applied."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

from tests.factories import build_standard_page

pytestmark = pytest.mark.django_db

PAGE_SPEC = {
    "en": {
        "title": "Partners",
        "slug": "partners",
        "body": [("paragraph", '<p>Read <a href="https://www.uclg.org/">UCLG</a>.</p>')],
    },
}


@pytest.fixture
def french_translation(homes):
    page = build_standard_page(homes, PAGE_SPEC)["en"]
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="fr"))
    translation.save_target(publish=False)
    return translation


def put_override(client, translation, value):
    segment = OverridableSegment.objects.get(source=translation.source)
    url = reverse("wagtail_localize:edit_override", args=[translation.id, segment.id])
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def test_unsafe_link_override_is_answered_with_a_reason(admin_client, french_translation):
    response = put_override(admin_client, french_translation, "javascript:alert(document.cookie)")
    assert "http://, https://, mailto: or tel:" in response.json()["error"]
    assert SegmentOverride.objects.get().has_error


def test_safe_link_override_is_stored(admin_client, french_translation):
    response = put_override(admin_client, french_translation, "https://www.uclg.org/fr/")
    assert response.status_code == 201
    assert response.json()["error"] is None
    override = SegmentOverride.objects.get()
    assert override.data_json == '"https://www.uclg.org/fr/"' and not override.has_error


def test_unsafe_override_is_never_applied_whatever_saves_it(french_translation):
    segment = OverridableSegment.objects.get(source=french_translation.source)
    override = SegmentOverride.objects.create(
        locale=french_translation.target_locale, context=segment.context, data_json='"data:text/html,x"'
    )
    assert override.has_error
    french_translation.save_target(publish=False)
    assert "data:text/html" not in str(french_translation.get_target_instance().get_latest_revision().content)
