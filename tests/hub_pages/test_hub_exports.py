"""The directory's CSV and GeoJSON: valid files listing exactly what the
directory lists for the same filters, in the same order, with the
documented keys; safe in a spreadsheet; cacheable by anyone."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub_pages.exports import FIELDS
from hub_pages.models import HubPage
from tests.hub_pages.directory_helpers import listed
from tests.hub_pages.factories import build_theme, english_hub, sdgs

pytestmark = pytest.mark.django_db


def live_titles(page):
    return sorted(HubPage.objects.live().public().filter(locale=page.locale).values_list("title", flat=True))


def csv_rows(client, page, query=""):
    response = client.get(page.url + "export/csv/" + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    reader = csv.DictReader(io.StringIO(body[1:], newline=""))
    assert tuple(reader.fieldnames) == FIELDS
    return list(reader), response


def geojson(client, page, query=""):
    response = client.get(page.url + "export/geojson/" + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    return json.loads(response.content), response


QUERIES = [
    "",
    "?sdg=6",
    "?theme=water",
    "?region=africa",
    "?country=CO",
    "?status=completed",
    "?sdg=6&theme=housing",
    "?sdg=11&theme=housing&region=europe&country=ES&status=active",
    "?sdg=99&status=active",  # an unknown value is ignored, as on the page
    "?sdg=4&status=proposed",  # nothing matches
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_exports_equal_the_filtered_directory(client, directory, query, language):
    page = directory[language]
    expected, _html = listed(client, page, query)
    rows, _response = csv_rows(client, page, query)
    collection, _response = geojson(client, page, query)
    assert [row["title"] for row in rows] == expected
    assert collection["type"] == "FeatureCollection"
    assert [feature["properties"]["title"] for feature in collection["features"]] == expected


def test_the_exports_list_every_hub_not_one_page(client, directory):
    for number in range(directory["en"].specific.hubs_per_page + 3):
        english_hub(directory["en"], f"hub-{number:02d}")
    rows, _response = csv_rows(client, directory["en"])
    assert len(rows) > directory["en"].specific.hubs_per_page
    assert sorted(row["title"] for row in rows) == live_titles(directory["en"])


def test_csv_fields_are_codes_and_labels_in_the_directory_language(client, directory):
    rows, response = csv_rows(client, directory["es"], "?country=CO")
    (row,) = rows
    hub = HubPage.objects.get(locale=directory["es"].locale, title="[es] Bogota")
    assert row == {
        "id": str(hub.pk),
        "translation_key": str(hub.translation_key),
        "title": "[es] Bogota",
        "url": hub.get_full_url(),
        "language": "es",
        "lead_government": "[es] Government of Bogota",
        "lead_government_kind": "city",
        "lead_government_kind_label": "Ciudad o gobierno local",
        "country": "CO",
        "country_name": "Colombia",
        "region": "latin-america",
        "region_label": "América Latina",
        "status": "proposed",
        "status_label": "Propuesto",
        "start_date": "2024-01-01",
        "end_date": "2026-01-01",
        "latitude": "4.71099",
        "longitude": "-74.07209",
        "sdgs": "6",
        "themes": "housing;water",
        "summary": "[es] Summary of Bogota.",
    }
    assert response["Content-Disposition"] == 'attachment; filename="local4action-hubs-es.csv"'


def test_geojson_points_are_longitude_first_and_null_without_coordinates(client, directory):
    collection, response = geojson(client, directory["en"])
    features = {feature["properties"]["title"]: feature for feature in collection["features"]}
    assert features["Bogota"]["geometry"] == {"type": "Point", "coordinates": [-74.07209, 4.71099]}
    assert features["Dakar"]["geometry"] is None
    assert features["Dakar"]["properties"]["latitude"] is None
    assert features["Bilbao"]["properties"]["sdgs"] == [11, 16]
    assert features["Bogota"]["properties"]["themes"] == ["housing", "water"]
    assert features["Bogota"]["id"] == features["Bogota"]["properties"]["id"]
    assert set(features["Bogota"]["properties"]) == set(FIELDS)
    assert response["Content-Disposition"] == 'attachment; filename="local4action-hubs-en.geojson"'


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil.example")', "+1", "-2+3", "@SUM(A1)"])
def test_csv_text_cannot_start_a_formula(client, directory, value):
    english_hub(directory["en"], "evil", title=value, lead_government=f"City, {value}")
    rows, _response = csv_rows(client, directory["en"])
    (row,) = [row for row in rows if row["url"].endswith("/evil/")]
    assert row["title"] == "'" + value
    assert row["lead_government"] == f"City, '{value}"
    assert row["longitude"] == "-2.92528"  # numbers stay numbers


def test_private_and_draft_hubs_are_not_exported(client, directory):
    from wagtail.models import PageViewRestriction

    english_hub(directory["en"], "public")
    private = english_hub(directory["en"], "private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = english_hub(directory["en"], "draft")
    draft.unpublish()
    rows, _response = csv_rows(client, directory["en"])
    collection, _response = geojson(client, directory["en"])
    titles = sorted(row["title"] for row in rows)
    assert "Public" in titles and "Private" not in titles and "Draft" not in titles
    assert titles == live_titles(directory["en"])
    assert sorted(feature["properties"]["title"] for feature in collection["features"]) == titles


@pytest.mark.parametrize("kind", ["csv", "geojson"])
def test_exports_are_public_cacheable_and_cookie_free(client, directory, kind):
    response = client.get(directory["en"].url + f"export/{kind}/?sdg=6")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert not response.cookies


def test_exports_take_a_fixed_number_of_queries(client, directory):
    def count(kind):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(directory["en"].url + f"export/{kind}/").status_code == 200
        return len(queries)

    energy = build_theme("energy", "Energy")
    count("csv")  # the first request fills the per-process caches (site, content types)
    few = {kind: count(kind) for kind in ("csv", "geojson")}
    for number in range(6):
        english_hub(directory["en"], f"more-{number}", sdgs=sdgs(3, 4), themes=[energy["en"]])
    assert {kind: count(kind) for kind in ("csv", "geojson")} == few


def test_the_directory_links_its_exports_with_its_filters(client, directory):
    html = client.get(directory["fr"].url + "?sdg=6&status=bogus&page=2").content.decode()
    url = directory["fr"].url
    assert f'<a href="{url}export/csv/?sdg=6" download>CSV</a>' in html
    assert f'<a href="{url}export/geojson/?sdg=6" download>GeoJSON</a>' in html
    assert "Télécharger ces HUBs :" in html
    plain = client.get(directory["en"].url).content.decode()
    assert f'<a href="{directory["en"].url}export/csv/" download>CSV</a>' in plain


def test_a_cached_export_keeps_its_headers(client, directory, settings):
    settings.PAGE_CACHE_SECONDS = 300
    url = directory["en"].url + "export/csv/?sdg=6"
    miss, hit = client.get(url), client.get(url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    for name in ("Content-Type", "Content-Disposition", "Cache-Control", "Access-Control-Allow-Origin"):
        assert hit[name] == miss[name]
