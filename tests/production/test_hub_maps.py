"""The HUB maps as deployed: the vendored Leaflet, its images and the country
outlines are collected, fingerprinted and served by WhiteNoise from the
site's own origin, and the pages that use them keep the strict CSP."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.production

STATIC = r"/static/[\w./-]+\.[0-9a-f]{12}\.(?:js|css|geojson)"


def served(visitor, path):
    response = visitor.get(path)
    assert response.status_code == 200, path
    assert "immutable" in response.headers["Cache-Control"], path
    return response


def test_the_directory_map_loads_only_the_sites_own_fingerprinted_files(visitor):
    response = visitor.get("/en/hubs/")
    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    html = response.text
    # The map's script fetches its points from the site itself.
    points_url = unescape(re.search(r'data-points="([^"]*)"', html).group(1))
    assert points_url.startswith("/en/hubs/")
    points = visitor.get(points_url).json()["located"]
    assert {"Bilbao: City of Values", "Xi'an: youth education and dialogue"} <= {point["name"] for point in points}
    assets = set(re.findall(rf'(?:src|href|data-outlines)="({STATIC})"', html))
    names = {re.sub(r"\.[0-9a-f]{12}\.", ".", path) for path in assets}
    expected = {
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/js/hub_map.js",
        "/static/css/components/hub_map.css",
        "/static/vendor/world-atlas/countries-110m.geojson",
    }
    assert expected <= names
    for path in assets:
        body = served(visitor, path)
        if path.endswith(".geojson"):
            assert body.json()["type"] == "FeatureCollection"
        if "leaflet/leaflet." in path and path.endswith(".css"):
            # The manifest storage rewrote the images' URLs to their fingerprinted names.
            for image in re.findall(r"url\((images/[^)]+)\)", body.text):
                assert re.search(r"\.[0-9a-f]{12}\.png$", image), image
                served(visitor, path.rsplit("/", 1)[0] + "/" + image)


def test_a_hub_page_draws_its_locator_map_in_the_page(visitor):
    response = visitor.get("/en/hubs/bilbao-city-of-values/")
    assert response.status_code == 200
    figure = response.text.split('<figure class="locator-map">', 1)[1].split("</figure>", 1)[0]
    assert 'role="img"' in figure and "Bilbao City Council, Spain" in figure
