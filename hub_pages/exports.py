"""The HUB directory as open data: CSV and GeoJSON of exactly the HUBs the
directory shows for the same GET filters, in the same order.

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


def _download(content, content_type, index_page, extension):
    response = HttpResponse(content, content_type=content_type)
    language = index_page.locale.language_code
    response["Content-Disposition"] = f'attachment; filename="local4action-hubs-{language}.{extension}"'
    patch_cache_control(response, public=True, max_age=EXPORT_MAX_AGE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(index_page, request):
    _form, _ignored, _filters, hubs = filtered_directory(index_page, request.GET)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writeheader()
    for record in hub_records(hubs, request):
        writer.writerow({key: _csv_cell(value) for key, value in record.items()})
    # A byte-order mark, so spreadsheet programs read the file as UTF-8.
    return _download("\ufeff" + buffer.getvalue(), "text/csv; charset=utf-8", index_page, "csv")


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
    return _download(body, "application/geo+json; charset=utf-8", index_page, "geojson")
