"""Which HubPage fields wagtail-localize translates and which it copies
from the source page (docs/decisions.md, Translation of content): figures, dates, places and relations are
synchronised; words are translated."""

import pytest
from wagtail_localize.fields import get_translatable_fields

from hub_pages.models import HubPage

pytestmark = pytest.mark.django_db

SYNCHRONISED = {
    "lead_government_kind",
    "country",
    "region",
    "latitude",
    "longitude",
    "status",
    "start_date",
    "end_date",
    "sdgs",
    "themes",
    "partners",
    "connected_hubs",
    "hero_image",
    "contact_email",
    "contact_url",
}
TRANSLATED = {
    "title",
    "summary",
    "lead_government",
    "hero_image_alt",
    "local_global_link",
    "acceleration",
    "synchronisation",
    "expected_results",
    "roadmap",
    "body",
    "contact_name",
}


def rules():
    return {field.field_name: field for field in get_translatable_fields(HubPage)}


def test_figures_dates_places_and_relations_are_synchronised_not_translated():
    fields = rules()
    for name in SYNCHRONISED:
        assert name in fields, f"{name} is neither translated nor synchronised"
        assert fields[name].is_synchronized(HubPage()) and not fields[name].is_translated(HubPage()), name


def test_words_are_translated():
    fields = rules()
    for name in TRANSLATED:
        assert fields[name].is_translated(HubPage()), name


def test_the_choice_fields_cannot_be_overridden_per_language():
    fields = rules()
    for name in ("country", "region", "status", "lead_government_kind"):
        assert not fields[name].is_overridable(HubPage()), name
