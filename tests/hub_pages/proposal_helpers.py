"""Builders for the call-for-proposals tests: the call page in three
languages and valid form data (tests/hub_pages/conftest.py holds the fixtures)."""

import datetime

from django.utils import timezone

from hub_pages.models import ProposalPage
from site_core.demo.translation import page_in_all_languages
from site_core.models import SDG, Theme

CALL_SPEC = {
    "en": {"title": "Propose a HUB", "slug": "propose", "intro": [("paragraph", "<p>Tell us about it.</p>")]},
    "es": {"title": "Proponer un HUB", "slug": "proponer", "intro": [("paragraph", "<p>Cuéntenos.</p>")]},
    "fr": {"title": "Proposer un HUB", "slug": "proposer", "intro": [("paragraph", "<p>Racontez-nous.</p>")]},
}


def build_call(homes, opens_at=None, closes_at=None):
    now = timezone.now()
    return page_in_all_languages(
        homes,
        ProposalPage,
        CALL_SPEC,
        opens_at=opens_at or now - datetime.timedelta(days=1),
        closes_at=closes_at or now + datetime.timedelta(days=30),
    )


def results_data(rows=(), total=4):
    data = {
        "results-TOTAL_FORMS": str(total),
        "results-INITIAL_FORMS": "0",
        "results-MIN_NUM_FORMS": "1",
        "results-MAX_NUM_FORMS": "8",
    }
    for index, row in enumerate(rows):
        for name, value in row.items():
            data[f"results-{index}-{name}"] = value
    return data


FIRST_RESULT = {
    "title": "Neighbourhood water committees",
    "indicator": "Committees meeting monthly",
    "baseline": "2",
    "target": "30",
    "unit": "committees",
}


def valid_data(language="en", results=(FIRST_RESULT,), **overrides):
    """A complete, valid submission in `language` (SDGs/themes of that language)."""
    sdg_ids = [str(goal.pk) for goal in SDG.objects.filter(locale__language_code=language, number__in=(6, 11))]
    theme_ids = [str(theme.pk) for theme in Theme.objects.filter(locale__language_code=language, slug="water")]
    data = {
        "lead_government": "Exampleville City Council",
        "lead_government_kind": "city",
        "country": "PT",
        "region": "europe",
        "contact_name": "Ana Example",
        "contact_email": "ana@example.org",
        "title": "Water for every neighbourhood",
        "summary": "Neighbourhood committees plan and monitor water access with the city.",
        "sdgs": sdg_ids,
        "themes": theme_ids,
        "local_global_link": "Links SDG 6 targets to ward plans.\nReports to the national VLR.",
        "acceleration": "Ward budgets follow the committees' priorities.",
        "synchronisation": "Builds on the sanitation HUB's methods.",
        "partners": "Water Utility of Exampleville\nExample University",
        "start_date": "2027-01-15",
        "end_date": "2029-01-15",
        "consent_to_contact": "on",
        **results_data(results),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
