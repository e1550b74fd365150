"""Expected results keep a dated history of reported values: each result's
former latest value and its date become its first report (no note, reporter
unknown). Done on the raw JSON (docs/decisions.md, StreamField definitions
stay out of migrations) of the pages, their revisions (drafts and the
history) and wagtail-localize's snapshots of them, so a later sync or an
older revision brings back nothing of the old shape."""

import json
import uuid

from django.db import migrations, models
from django.db.models.functions import Cast

RETIRED_FIELDS = ("latest_value", "updated_on")


def reports_from_latest_values(stream_data, fallback_date=None):
    """`stream_data` (a HubPage's expected_results as raw JSON: a list, or
    its text) with each result's latest value moved into a one-item
    `reports` list, in the same form. A value without a date is dated
    `fallback_date` (an ISO date), or dropped without one. Results that
    already have reports are left as they are, so running it twice changes
    nothing."""
    as_text = isinstance(stream_data, str)
    items = json.loads(stream_data) if as_text else stream_data
    changed = []
    for item in items or []:
        value = item.get("value")
        if item.get("type") != "result" or not isinstance(value, dict):
            changed.append(item)
            continue
        value = dict(value)
        latest_value = value.pop("latest_value", None)
        updated_on = value.pop("updated_on", None) or fallback_date
        if "reports" not in value:
            value["reports"] = []
            if latest_value not in (None, "") and updated_on:
                report = {"date": updated_on, "value": latest_value, "note": "", "reported_by": ""}
                value["reports"].append({"type": "item", "value": report, "id": str(uuid.uuid4())})
        changed.append({**item, "value": value})
    return json.dumps(changed) if as_text else changed


def _day(moment):
    return moment.date().isoformat() if moment else None


def move_latest_values_into_reports(apps, schema_editor):
    HubPage = apps.get_model("hub_pages", "HubPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    ContentType = apps.get_model("contenttypes", "ContentType")
    hub_type = ContentType.objects.filter(app_label="hub_pages", model="hubpage").first()
    if hub_type is None:
        return
    # Read as text: the historical model's StreamField knows no blocks and
    # would hand back an empty stream (docs/decisions.md).
    pages = HubPage.objects.annotate(raw=Cast("expected_results", models.TextField())).values_list(
        "pk", "raw", "last_published_at", "latest_revision_created_at"
    )
    for pk, raw, published, saved in pages:
        results = json.loads(raw) if raw else []
        fallback_date = _day(published or saved)
        HubPage.objects.filter(pk=pk).update(expected_results=reports_from_latest_values(results, fallback_date))
    for revision in Revision.objects.filter(content_type=hub_type).only("content", "created_at").iterator():
        if revision.content.get("expected_results"):
            revision.content["expected_results"] = reports_from_latest_values(
                revision.content["expected_results"], _day(revision.created_at)
            )
            revision.save(update_fields=["content"])
    for source in TranslationSource.objects.filter(specific_content_type=hub_type).iterator():
        content = json.loads(source.content_json)
        if content.get("expected_results"):
            content["expected_results"] = reports_from_latest_values(
                content["expected_results"], _day(source.last_updated_at)
            )
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("hub_pages", "0006_public_contact_is_not_the_proposers"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(move_latest_values_into_reports, migrations.RunPython.noop),
    ]
