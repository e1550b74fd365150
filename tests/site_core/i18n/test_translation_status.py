"""The translation status report: up to date / in progress / out of date /
missing per language, on a constructed case."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from site_core.dashboard import ROWS_SHOWN
from site_core.demo.translation import snippet_in_all_languages
from site_core.models import Theme
from site_core.roles import TRANSLATORS
from site_core.translations.dashboard import TranslationsToDoPanel
from site_core.translations.status import (
    IN_PROGRESS,
    MISSING,
    OUT_OF_DATE,
    UP_TO_DATE,
    build_rows,
    counts_per_locale,
    page_rows,
)
from tests.factories import build_english_only_page, build_standard_page
from tests.site_core.i18n.helpers import soup

pytestmark = pytest.mark.django_db


def spec(slug):
    return {
        "en": {"title": f"{slug} en", "slug": slug, "intro": "Same text"},
        "es": {"title": f"{slug} es", "slug": f"{slug}-es", "intro": "Mismo texto"},
        "fr": {"title": f"{slug} fr", "slug": f"{slug}-fr", "intro": "Même texte"},
    }


@pytest.fixture
def constructed(homes):
    """home and `translated`: up to date; `changed`: source republished since
    the sync; `english_only`: missing; `draft`: French translation unpublished."""
    translated = build_standard_page(homes, spec("translated"))
    changed = build_standard_page(homes, spec("changed"))
    changed["en"].intro = "Changed text"
    changed["en"].save_revision().publish()
    english_only = build_english_only_page(homes["en"])
    draft = build_standard_page(homes, spec("draft"))
    draft["fr"].unpublish()
    return {"translated": translated, "changed": changed, "english_only": english_only, "draft": draft}


def states(rows):
    return {row.source.slug: {code: cell.state for code, cell in row.cells.items()} for row in rows}


def locales():
    return list(Locale.objects.order_by("pk"))


def test_states_of_a_constructed_case(constructed):
    assert states(page_rows(locales())) == {
        "home": {"es": UP_TO_DATE, "fr": UP_TO_DATE},
        "translated": {"es": UP_TO_DATE, "fr": UP_TO_DATE},
        "changed": {"es": OUT_OF_DATE, "fr": OUT_OF_DATE},
        "only-in-english": {"es": MISSING, "fr": MISSING},
        "draft": {"es": UP_TO_DATE, "fr": IN_PROGRESS},
    }


def test_counts_per_locale(constructed):
    counts = counts_per_locale(page_rows(locales()), locales())
    assert counts["es"] == {UP_TO_DATE: 3, IN_PROGRESS: 0, OUT_OF_DATE: 1, MISSING: 1}
    assert counts["fr"] == {UP_TO_DATE: 2, IN_PROGRESS: 1, OUT_OF_DATE: 1, MISSING: 1}
    assert counts["en"] == {UP_TO_DATE: 0, IN_PROGRESS: 0, OUT_OF_DATE: 0, MISSING: 0}


def test_syncing_one_language_leaves_the_other_out_of_date(constructed):
    page = constructed["changed"]["en"]
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source.translations.get(target_locale__language_code="es").save_target(publish=False)
    page_es = constructed["changed"]["es"]
    page_es.refresh_from_db()
    page_es.get_latest_revision().publish()
    assert states(page_rows(locales()))["changed"] == {"es": IN_PROGRESS, "fr": OUT_OF_DATE}
    # In progress because the new English intro is not translated yet.
    row = next(r for r in page_rows(locales()) if r.source.slug == "changed")
    assert row.cells["es"].progress == (3, 2)


def test_snippet_edited_after_its_translation_is_out_of_date(homes):
    themes = snippet_in_all_languages(
        Theme,
        {
            "en": {"name": "Water", "description": "Water for all"},
            "es": {"name": "Agua", "description": "Agua para todos"},
            "fr": {"name": "Eau", "description": "De l'eau pour tous"},
        },
        {"slug": "water"},
        slug="water",
    )
    assert [c.state for c in build_rows(Theme.objects.all(), locales())[0].cells.values()] == [UP_TO_DATE] * 2
    themes["en"].description = "Clean water for all"
    themes["en"].save()
    assert [c.state for c in build_rows(Theme.objects.all(), locales())[0].cells.values()] == [OUT_OF_DATE] * 2


def test_the_report_page_shows_counts_states_and_links(admin_client, constructed):
    response = admin_client.get(reverse("translation_status"))
    assert response.status_code == 200
    page = soup(response)
    counts = page.select_one('table.translation-status-counts tr[data-locale="es"]')
    pages_table = page.select("table.translation-status")[0]
    expected = counts_per_locale(page_rows(locales()), locales())["es"]
    # Snippets add to the totals: they cannot be lower than the pages' counts.
    for state, number in expected.items():
        assert int(counts.select_one(f'td[data-state="{state}"]').get_text()) >= number
    rows = {tr.select_one("td a").get_text(strip=True): tr for tr in pages_table.select("tbody tr")}
    missing = rows["Only in English"].select('td[data-state="missing"] a')
    assert (
        missing[0]["href"]
        == reverse("wagtail_localize:submit_page_translation", args=[constructed["english_only"].pk])
        + "?select_locale=es"
    )
    sync = rows["changed en"].select_one('td[data-state="out_of_date"] a')
    assert sync.get_text(strip=True) == "Sync"
    assert sync["href"].startswith("/admin/localize/update/")
    edit = rows["translated en"].select_one('td[data-state="up_to_date"] a')
    assert edit["href"] == reverse("wagtailadmin_pages:edit", args=[constructed["translated"]["es"].pk])


def test_the_report_filters_by_state(admin_client, constructed):
    response = admin_client.get(reverse("translation_status"), {"state": MISSING})
    pages_table = soup(response).select("table.translation-status")[0]
    titles = [tr.select_one("td a").get_text(strip=True) for tr in pages_table.select("tbody tr")]
    assert titles == ["Only in English"]


def test_the_report_is_in_the_reports_menu(admin_client, homes):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert reverse("translation_status") in response.content.decode()


def add_pages_of_every_state(homes, start, stop):
    """Per number: a page up to date, one out of date, one missing in both
    languages and one whose French translation is a draft."""
    for number in range(start, stop):
        build_standard_page(homes, spec(f"translated-{number}"))
        changed = build_standard_page(homes, spec(f"changed-{number}"))
        changed["en"].intro = "Changed text"
        changed["en"].save_revision().publish()
        build_english_only_page(homes["en"], title=f"Only in English {number}", slug=f"only-in-english-{number}")
        build_standard_page(homes, spec(f"draft-{number}"))["fr"].unpublish()


def panel_queries(user):
    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(pk=user.pk)  # as a new request would: no permissions cached
    with CaptureQueriesContext(connection) as captured:
        context = TranslationsToDoPanel(request).get_context_data({})
    return len(captured), context


def test_the_dashboard_panel_runs_as_many_queries_for_many_pages_as_for_few(homes):
    translator = get_user_model().objects.create_user("tom", "tom@uclg.example", "pw")
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    add_pages_of_every_state(homes, 0, 3)
    few, context = panel_queries(translator)
    # es: 3 out of date, 3 missing; fr: those and 3 in progress.
    assert context["total"] == 15 and len(context["rows"]) == ROWS_SHOWN
    add_pages_of_every_state(homes, 3, 9)
    many, context = panel_queries(translator)
    assert context["total"] == 45 and len(context["rows"]) == ROWS_SHOWN
    assert "Français: 9 out of date, 9 missing, 9 in progress" in context["summary"]
    assert many == few, (few, many)
