"""Expected results keep a dated history of reports: a contributor adds one
through "Communications review" (draft → review → live), who reported it is
taken from their account, and the migration turns each former latest value
into a first report."""

import datetime
import importlib
import json
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision
from wagtail.test.utils.form_data import streamfield
from wagtail_localize.models import TranslationSource

from hub_pages.contributors import add_contributor
from hub_pages.models import HubPage
from site_core.roles import COMMUNICATIONS_TEAM
from tests.hub_pages.factories import build_hub, report, reports_form, result
from tests.hub_pages.test_hub_validation import hub_form_data

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("hub_pages.migrations.0007_expected_results_keep_dated_reports")


@pytest.fixture
def hub(hub_indexes):
    first = report(datetime.date(2024, 5, 1), "10", note="Kick-off count")
    return build_hub(hub_indexes, "hub-a", results=[result("Facilitators trained", reports=[first])])["en"]


@pytest.fixture
def contributor(hub):
    user, _created = add_contributor(hub, "ana@city-a.example", name="Ana Pérez", language="en")
    return user


@pytest.fixture
def reviewer(db):
    user = get_user_model().objects.create_user("maria", "maria@uclg.example", "pw", first_name="María")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    return user


def edit_form(hub, *reports):
    """The HUB's edit form with its one result and these reports."""
    stored = hub.expected_results[0]
    value = {
        "title": stored.value["title"],
        "indicator": stored.value["indicator"],
        "baseline": "0",
        "target": "40",
        "unit": "people",
        "reports": reports_form(*reports),
    }
    return hub_form_data(
        title=hub.title,
        slug=hub.slug,
        summary=hub.summary,
        lead_government=hub.lead_government,
        start_date="2024-01-01",
        end_date="2026-01-01",
        expected_results=streamfield([("result", value)]),
    )


def existing_report(hub):
    bound = hub.expected_results[0].value["reports"].bound_blocks[0]
    value = bound.value
    return {
        "id": bound.id,
        "value": {"date": value["date"].isoformat(), "value": "10", "note": value["note"], "reported_by": "Forged"},
    }


NEW_REPORT = {
    "value": {"date": "2025-01-15", "value": "25", "note": "Municipal register", "reported_by": "Someone else"}
}


def test_a_contributors_report_waits_for_review_then_goes_live_signed_with_their_name(
    client, hub, contributor, reviewer, django_capture_on_commit_callbacks
):
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/{hub.pk}/edit/", {**edit_form(hub, existing_report(hub), NEW_REPORT), "action-submit": "Submit"}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    hub.refresh_from_db()
    assert hub.workflow_in_progress

    # Not public yet: the live page still has one report.
    client.logout()
    public = client.get(hub.url).content.decode()
    assert "Municipal register" not in public
    assert [r["value"] for r in hub.expected_results[0].value.reports_by_date] == [Decimal("10")]

    draft = hub.get_latest_revision_as_object().expected_results[0].value
    assert [(r["value"], r["reported_by"]) for r in draft.reports_by_date] == [
        (Decimal("10"), ""),  # already on the page: keeps its (unknown) reporter, whatever was posted
        (Decimal("25"), "Ana Pérez"),  # new: the saving contributor, whatever was posted
    ]

    client.force_login(reviewer)
    task_state = hub.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):  # the publish renews the kept page parts once committed
        client.post(f"/admin/pages/workflow/action/{hub.pk}/approve/{task_state.pk}/", {"comment": ""})
    hub.refresh_from_db()
    live = hub.expected_results[0].value
    assert (live.latest_value, live.updated_on) == (Decimal("25"), datetime.date(2025, 1, 15))
    assert live.latest_report["reported_by"] == "Ana Pérez"
    client.logout()
    public = client.get(hub.url).content.decode()
    assert "Municipal register" in public and "Kick-off count" in public
    # Who reported is for the editors: never on the public page.
    assert "Ana Pérez" not in public


def test_a_reviewer_editing_the_draft_keeps_the_contributors_name(client, hub, contributor, reviewer):
    client.force_login(contributor)
    response = client.post(f"/admin/pages/{hub.pk}/edit/", edit_form(hub, existing_report(hub), NEW_REPORT))
    assert response.status_code == 302
    hub.refresh_from_db()
    draft = hub.get_latest_revision_as_object()
    ids = [bound.id for bound in draft.expected_results[0].value["reports"].bound_blocks]
    client.force_login(reviewer)
    reports = [
        {"id": ids[0], "value": {"date": "2024-05-01", "value": "10", "note": "", "reported_by": ""}},
        {"id": ids[1], "value": {"date": "2025-01-15", "value": "26", "note": "Corrected", "reported_by": ""}},
    ]
    response = client.post(f"/admin/pages/{hub.pk}/edit/", {**edit_form(hub, *reports), "action-publish": "Publish"})
    assert response.status_code == 302
    hub.refresh_from_db()
    latest = hub.expected_results[0].value.latest_report
    assert (latest["value"], latest["note"], latest["reported_by"]) == (Decimal("26"), "Corrected", "Ana Pérez")


def test_the_reporter_is_not_a_translation_segment(hub):
    """Numbers, dates and names are copied from the source; the note is translated."""
    source, _created = TranslationSource.update_or_create_from_instance(hub)
    paths = set(source.stringsegment_set.values_list("context__path", flat=True))
    assert any(path.endswith(".note") for path in paths)
    assert not any(path.endswith((".reported_by", ".value", ".date")) for path in paths)
    spanish = hub.get_translation(hub_locale("es")).expected_results[0].value
    assert spanish.latest_report["note"] == "[es] Kick-off count"
    assert spanish.latest_value == Decimal("10")


def hub_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


# The migration


OLD_RESULTS = [
    {
        "type": "result",
        "id": "r1",
        "value": {
            "title": "Trained",
            "indicator": "People",
            "baseline": "0",
            "target": "40",
            "latest_value": "12",
            "unit": "people",
            "updated_on": "2024-05-01",
        },
    },
    {
        "type": "result",
        "id": "r2",
        "value": {"title": "Planned", "indicator": "Plans", "target": "3", "latest_value": None, "updated_on": None},
    },
    {
        "type": "result",
        "id": "r3",
        "value": {"title": "Undated", "indicator": "Things", "target": "9", "latest_value": "4", "updated_on": None},
    },
]


def test_the_migration_moves_each_latest_value_into_a_first_report():
    migrated = MIGRATION.reports_from_latest_values(OLD_RESULTS, fallback_date="2025-02-03")
    assert [item["id"] for item in migrated] == ["r1", "r2", "r3"]
    first, planned, undated = (item["value"] for item in migrated)
    assert "latest_value" not in first and "updated_on" not in first
    assert [(r["type"], r["value"]) for r in first["reports"]] == [
        ("item", {"date": "2024-05-01", "value": "12", "note": "", "reported_by": ""})
    ]
    assert first["reports"][0]["id"]
    assert planned["reports"] == []
    assert undated["reports"][0]["value"]["date"] == "2025-02-03"  # the page's publication day
    assert MIGRATION.reports_from_latest_values(OLD_RESULTS)[2]["value"]["reports"] == []  # no day at all
    # Twice changes nothing; revisions hold the same list as text.
    assert MIGRATION.reports_from_latest_values(migrated) == migrated
    as_text = MIGRATION.reports_from_latest_values(json.dumps(OLD_RESULTS), fallback_date="2025-02-03")
    assert [item["value"].keys() for item in json.loads(as_text)] == [item["value"].keys() for item in migrated]


def test_the_migration_rewrites_pages_revisions_and_translation_sources(hub_indexes):
    hub = build_hub(hub_indexes, "old-shape", languages=("en",), results=[result()])["en"]
    HubPage.objects.filter(pk=hub.pk).update(expected_results=OLD_RESULTS)
    revision = hub.save_revision()
    Revision.objects.filter(pk=revision.pk).update(
        content={**revision.content, "expected_results": json.dumps(OLD_RESULTS)}
    )
    source, _created = TranslationSource.update_or_create_from_instance(hub)
    content = json.loads(source.content_json)
    TranslationSource.objects.filter(pk=source.pk).update(
        content_json=json.dumps({**content, "expected_results": json.dumps(OLD_RESULTS)})
    )
    # The models as the migration sees them: StreamFields without blocks.
    state = MigrationExecutor(connection).loader.project_state(("hub_pages", MIGRATION.__name__.rsplit(".", 1)[1]))
    MIGRATION.move_latest_values_into_reports(state.apps, None)

    hub.refresh_from_db()
    values = [block.value for block in hub.expected_results]
    assert [(v["title"], v.latest_value, v.updated_on) for v in values] == [
        ("Trained", Decimal("12"), datetime.date(2024, 5, 1)),
        ("Planned", None, None),
        ("Undated", Decimal("4"), hub.last_published_at.date()),
    ]
    stored = json.loads(Revision.objects.get(pk=revision.pk).content["expected_results"])
    assert stored[0]["value"]["reports"][0]["value"]["value"] == "12"
    synced = json.loads(json.loads(TranslationSource.objects.get(pk=source.pk).content_json)["expected_results"])
    assert "latest_value" not in synced[0]["value"] and synced[0]["value"]["reports"]
