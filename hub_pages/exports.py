"""The HUB directory as open data: CSV and GeoJSON of exactly the HUBs the
directory shows for the same GET filters, in the same order; and the
programme's results (the results page's CSV), one row per report, for the
same filters.

Keys are stable English names (the README's "Open data" table documents
them; the map reads the GeoJSON); values that are words are in the
directory's language. Codes (`country`, `region`, `status`,
`lead_government_kind`, SDG numbers, theme slugs) are the same in every
language, each beside its translated label."""

import csv
import io
import json

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from hub_pages.directory import filtered_directory
from site_core.csv_safety import neutralise_formulas

# Exports change when a HUB is published: a short public lifetime.
EXPORT_MAX_AGE = 300

FIELDS = (
    "id",
    "translation_key",
    "title",
    "url",
    "language",
    "lead_government",
    "lead_government_kind",
    "lead_government_kind_label",
    "country",
    "country_name",
    "region",
    "region_label",
    "status",
    "status_label",
    "start_date",
    "end_date",
    "latitude",
    "longitude",
    "sdgs",
    "themes",
    "summary",
)
# Joins a CSV cell's list (SDG numbers, theme slugs); GeoJSON has arrays.
LIST_SEPARATOR = ";"


def hub_records(hubs, request):
    """One dict per HUB, keyed by FIELDS. SDGs and themes are read through
    their numbers and slugs, which every language shares: two queries for
    the whole list."""
    hubs = hubs.prefetch_related("sdgs", "themes").select_related("locale")
    records = []
    for hub in hubs:
        records.append(
            {
                "id": hub.pk,
                "translation_key": str(hub.translation_key),
                "title": hub.title,
                "url": hub.get_full_url(request),
                "language": hub.locale.language_code,
                "lead_government": hub.lead_government,
                "lead_government_kind": hub.lead_government_kind,
                "lead_government_kind_label": str(hub.get_lead_government_kind_display()),
                "country": hub.country.code,
                "country_name": str(hub.country.name),
                "region": hub.region,
                "region_label": str(hub.get_region_display()),
                "status": hub.status,
                "status_label": str(hub.get_status_display()),
                "start_date": hub.start_date.isoformat() if hub.start_date else None,
                "end_date": hub.end_date.isoformat() if hub.end_date else None,
                "latitude": float(hub.latitude) if hub.latitude is not None else None,
                "longitude": float(hub.longitude) if hub.longitude is not None else None,
                "sdgs": sorted({goal.number for goal in hub.sdgs.all()}),
                "themes": sorted({theme.slug for theme in hub.themes.all()}),
                "summary": hub.summary,
            }
        )
    return records


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, str):
        # Numbers (ids, coordinates) stay numbers; text typed by editors
        # could start a formula.
        return neutralise_formulas(value)
    return value


def _download(content, content_type, file_name):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    patch_cache_control(response, public=True, max_age=EXPORT_MAX_AGE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _csv_download(fields, records, file_name):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: _csv_cell(value) for key, value in record.items()})
    # A byte-order mark, so spreadsheet programs read the file as UTF-8.
    return _download("\ufeff" + buffer.getvalue(), "text/csv; charset=utf-8", file_name)


def csv_response(index_page, request):
    _form, _ignored, _filters, hubs = filtered_directory(index_page, request.GET)
    language = index_page.locale.language_code
    return _csv_download(FIELDS, hub_records(hubs, request), f"local4action-hubs-{language}.csv")


def geojson_response(index_page, request):
    _form, _ignored, _filters, hubs = filtered_directory(index_page, request.GET)
    features = []
    for record in hub_records(hubs, request):
        has_point = record["latitude"] is not None and record["longitude"] is not None
        features.append(
            {
                "type": "Feature",
                "id": record["id"],
                # RFC 7946: longitude first.
                "geometry": {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]}
                if has_point
                else None,
                "properties": record,
            }
        )
    collection = {
        "type": "FeatureCollection",
        "name": _("Local4Action HUBs"),
        "features": features,
    }
    body = json.dumps(collection, ensure_ascii=False, indent=None, separators=(",", ":"))
    language = index_page.locale.language_code
    return _download(body, "application/geo+json; charset=utf-8", f"local4action-hubs-{language}.geojson")


RESULT_FIELDS = (
    "hub_id",
    "hub_translation_key",
    "hub",
    "hub_url",
    "language",
    "country",
    "region",
    "hub_status",
    "result",
    "indicator",
    "unit",
    "baseline",
    "target",
    "result_status",
    "result_status_label",
    "progress_percent",
    "report_date",
    "report_value",
    "report_note",
)


def result_records(results, request):
    """One dict per report (RESULT_FIELDS), oldest first within each
    result, and one for a result without reports (its report_* empty).
    Who reported is not published: it is for the editors (README, Results)."""
    records = []
    for row in results.results:
        hub, result = row.hub, row.result
        common = {
            "hub_id": hub.pk,
            "hub_translation_key": str(hub.translation_key),
            "hub": hub.title,
            "hub_url": hub.get_full_url(request),
            "language": hub.locale.language_code,
            "country": hub.country.code,
            "region": hub.region,
            "hub_status": hub.status,
            "result": result["title"],
            "indicator": result["indicator"],
            "unit": result["unit"],
            "baseline": result.baseline_or_zero,
            "target": result["target"],
            "result_status": row.progress.status,
            "result_status_label": str(row.progress.status_label),
            "progress_percent": row.progress.percent,
        }
        reports = result.reports_by_date or [None]
        for report in reports:
            records.append(
                {
                    **common,
                    "report_date": report["date"].isoformat() if report else None,
                    "report_value": report["value"] if report else None,
                    "report_note": report["note"] if report else None,
                }
            )
    return records


def results_csv_response(results_page, request, results):
    language = results_page.locale.language_code
    return _csv_download(RESULT_FIELDS, result_records(results, request), f"local4action-hub-results-{language}.csv")
