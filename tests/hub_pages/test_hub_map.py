"""The HUB maps' data: the directory map's HUBs (every page of the filtered
list; live, public, in the visitor's language; those without coordinates
apart) and a HUB page's server-drawn locator map."""

import re
from decimal import Decimal
from html import unescape

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from hub_pages.hub_map import directory_map
from hub_pages.locator_map import HALF_HEIGHT, HALF_WIDTH, UNITS_PER_DEGREE, clip, locator_map
from hub_pages.models import HubIndexPage, HubPage
from tests.hub_pages.factories import build_hub, sdgs

pytestmark = pytest.mark.django_db


@pytest.fixture
def mapped_directory(hub_indexes):
    """Four HUBs in three languages; Dakar has no coordinates."""
    build_hub(hub_indexes, "bilbao", "Bilbao", sdgs=sdgs(11), country="ES")
    build_hub(hub_indexes, "dakar", "Dakar", sdgs=sdgs(6), country="SN", region="africa", latitude=None, longitude=None)
    build_hub(
        hub_indexes,
        "bogota",
        "Bogota",
        sdgs=sdgs(6),
        country="CO",
        region="latin-america",
        latitude=Decimal("4.711"),
        longitude=Decimal("-74.072"),
    )
    build_hub(
        hub_indexes,
        "xian",
        "Xian",
        sdgs=sdgs(4),
        country="CN",
        status="completed",
        latitude=Decimal("34.34"),
        longitude=Decimal("108.94"),
    )
    return hub_indexes


def map_data(client, index, query=""):
    """(the map's JSON, fetched from the URL the page gives its script, or
    None without a map; the page's HTML)."""
    response = client.get(index.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    points_url = re.search(r'data-points="([^"]*)"', html)
    if points_url is None:
        return None, html
    data = client.get(unescape(points_url.group(1)))
    assert data.status_code == 200 and data["Content-Type"] == "application/json"
    return data.json(), html


def located_names(data):
    return [point["name"] for point in data["located"]]


def test_the_map_lists_every_page_of_the_filtered_list_in_the_visitor_language(client, mapped_directory, monkeypatch):
    monkeypatch.setattr(HubIndexPage, "hubs_per_page", 1)  # the map is not limited to the page shown
    data, html = map_data(client, mapped_directory["es"], "?page=2")
    assert located_names(data) == ["[es] Bilbao", "[es] Bogota", "[es] Xian"]
    assert "3 HUBs" in html  # the caption counts them
    bilbao = HubPage.objects.get(slug="bilbao-es")
    assert data["located"][0] == {
        "name": "[es] Bilbao",
        "url": bilbao.url,
        "place": "[es] Government of Bilbao, España",
        "lat": 43.26271,
        "lon": -2.92528,
    }
    # Dakar has no coordinates: listed beside the map (its script fills the list), not placed on it.
    assert '<ul class="hub-map__unlocated">' in html
    dakar = HubPage.objects.get(slug="dakar-es")
    assert data["unlocated"] == [{"name": "[es] Dakar", "url": dakar.url, "place": "[es] Government of Dakar, Senegal"}]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?sdg=6", ["Bogota"]),
        ("?country=CN", ["Xian"]),
        ("?status=completed", ["Xian"]),
        ("?region=europe&status=active", ["Bilbao"]),
    ],
)
def test_the_map_honours_the_directory_filters(client, mapped_directory, query, expected):
    data, _ = map_data(client, mapped_directory["en"], query)
    assert located_names(data) == expected


def test_drafts_private_hubs_and_other_languages_stay_off_the_map(client, mapped_directory):
    HubPage.objects.get(slug="bogota").unpublish()
    xian = HubPage.objects.get(slug="xian")
    PageViewRestriction.objects.create(page=xian, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    data, _ = map_data(client, mapped_directory["en"])
    assert located_names(data) == ["Bilbao"]
    assert data["unlocated"] == [{"name": "Dakar", "url": "/en/hubs/dakar/", "place": "Government of Dakar, Senegal"}]


@pytest.mark.parametrize("query", ["?sdg=1", "?region=africa"])  # no HUB; only Dakar, which has no coordinates
def test_no_map_without_a_hub_to_place(client, mapped_directory, query):
    data, html = map_data(client, mapped_directory["en"], query)
    assert data is None and "data-hub-map" not in html and "hub_map.js" in html


def test_the_map_data_takes_one_query(mapped_directory):
    index = mapped_directory["fr"]
    request = RequestFactory().get(index.url)
    # As when a page is served: the request's site is known, the root paths cached.
    Site.find_for_request(request)
    Site.get_site_root_paths()
    hubs = HubPage.objects.child_of(index).live().public().order_by("title")
    with translation.override("fr"), CaptureQueriesContext(connection) as captured:
        data = directory_map(hubs, request)
    assert len(captured) == 1, [query["sql"] for query in captured]
    assert [point["name"] for point in data["located"]] == ["[fr] Bilbao", "[fr] Bogota", "[fr] Xian"]
    assert data["unlocated"] == [
        {"name": "[fr] Dakar", "url": "/fr/hubs-fr/dakar-fr/", "place": "[fr] Government of Dakar, Sénégal"}
    ]


# The locator map


def svg_points(path):
    return [(int(x), int(y)) for x, y in re.findall(r"(-?\d+) (-?\d+)", path)]


def test_a_locator_map_centres_the_hub_and_stays_in_its_frame():
    bilbao = locator_map(43.26271, -2.92528)
    width, height = 2 * HALF_WIDTH * UNITS_PER_DEGREE, 2 * HALF_HEIGHT * UNITS_PER_DEGREE
    assert (bilbao.width, bilbao.height, bilbao.centre_x, bilbao.centre_y) == (width, height, width // 2, height // 2)
    points = svg_points(bilbao.land_path)
    margin = 2 * UNITS_PER_DEGREE  # clipped one degree (scaled) beyond the frame
    assert all(-margin <= x <= width + margin and -margin <= y <= height + margin for x, y in points)
    # Spain's coast runs just north of Bilbao: land west, east and south of the centre.
    assert any(x < width // 2 for x, _ in points) and any(x > width // 2 for x, _ in points)


def test_a_locator_map_across_the_antimeridian_draws_both_sides():
    fiji = locator_map(-17.7, 178.0)
    xs = [x for x, _ in svg_points(fiji.land_path)]
    assert min(xs) < fiji.centre_x - 20 * UNITS_PER_DEGREE / 2 and max(xs) > fiji.centre_x


def test_open_sea_has_no_land_and_no_coordinates_no_map():
    assert locator_map(-40.0, -130.0).land_path == ""  # the South Pacific
    assert locator_map(None, 10) is None and locator_map(10, None) is None


def test_clip_keeps_only_the_part_inside_the_frame():
    square = [(-5, -5), (15, -5), (15, 5), (-5, 5), (-5, -5)]
    clipped = clip(square, 10, 10)
    assert {point for point in clipped} == {(-5, -5), (10, -5), (10, 5), (-5, 5)}
    assert clip([(20, 20), (30, 20), (30, 30)], 10, 10) == []


def test_the_hub_page_shows_its_locator_map_in_the_visitor_language(client, mapped_directory):
    html = client.get(HubPage.objects.get(slug="bilbao-es").url).content.decode()
    figure = html.split('<figure class="locator-map">', 1)[1].split("</figure>", 1)[0]
    assert 'role="img"' in figure and "[es] Government of Bilbao, España" in figure
    assert re.search(r'<path class="locator-map__land" d="M[\d ML]+Z', figure)
    assert "locator_map.css" in html


def test_a_hub_without_coordinates_has_no_locator_map(client, mapped_directory):
    html = client.get(HubPage.objects.get(slug="dakar").url).content.decode()
    assert "locator-map" not in html.split("</head>", 1)[1]
