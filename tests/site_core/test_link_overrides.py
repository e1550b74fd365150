"""Translators' link overrides (wagtail-localize) obey the same link rules."""

from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError
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


def test_unsafe_link_override_is_refused_with_a_reason(admin_client, french_translation):
    response = put_override(admin_client, french_translation, "javascript:alert(document.cookie)")
    assert response.status_code == 400
    assert "http://, https://, mailto: or tel:" in response.json()["error"]
    assert not SegmentOverride.objects.exists()


def test_safe_link_override_is_stored(admin_client, french_translation):
    response = put_override(admin_client, french_translation, "https://www.uclg.org/fr/")
    assert response.status_code == 201
    assert SegmentOverride.objects.get().data_json == '"https://www.uclg.org/fr/"'


def test_unsafe_override_is_refused_whatever_saves_it(french_translation):
    segment = OverridableSegment.objects.get(source=french_translation.source)
    with pytest.raises(ValidationError):
        SegmentOverride.objects.create(
            locale=french_translation.target_locale, context=segment.context, data_json='"data:text/html,x"'
        )
