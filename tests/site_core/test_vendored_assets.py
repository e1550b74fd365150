"""The front-end packages in static/vendor/ (written by `make vendor`): each
has its licence, and VERSIONS.json matches the files that are there."""

import hashlib
import json
import re
from pathlib import Path

from django.conf import settings

VENDOR = Path(settings.BASE_DIR) / "static" / "vendor"
LOCK = Path(settings.BASE_DIR) / "hub_pages" / "map_assets" / "package-lock.json"


def versions():
    return json.loads((VENDOR / "VERSIONS.json").read_text())


def test_every_shipped_package_has_its_licence_and_the_files_recorded():
    for name, entry in versions().items():
        if not entry["files"]:  # a build tool: nothing of it is shipped
            assert not (VENDOR / name).exists(), name
            continue
        assert "LICENSE" in entry["files"], name
        shipped = {str(path.relative_to(VENDOR / name)) for path in (VENDOR / name).rglob("*") if path.is_file()}
        assert shipped == set(entry["files"]), name
        for relative, digest in entry["files"].items():
            assert hashlib.sha256((VENDOR / name / relative).read_bytes()).hexdigest() == digest, (name, relative)


def test_the_recorded_versions_are_the_locked_ones_and_the_files_say_so():
    locked = json.loads(LOCK.read_text())["packages"]
    recorded = versions()
    for name, entry in recorded.items():
        assert locked[f"node_modules/{name}"]["version"] == entry["version"], name
    banner = (VENDOR / "leaflet" / "leaflet.js").read_text()[:200]
    assert re.search(r"Leaflet (\S+),", banner).group(1) == recorded["leaflet"]["version"]
    outlines = json.loads((VENDOR / "world-atlas" / "countries-110m.geojson").read_text())
    assert outlines["source"].startswith(f"world-atlas {recorded['world-atlas']['version']} countries-110m.json")
    assert outlines["type"] == "FeatureCollection" and len(outlines["features"]) > 150


def test_leaflets_stylesheet_names_only_files_that_are_shipped():
    """collectstatic's manifest storage fails on a missing url() (or source map)."""
    css = (VENDOR / "leaflet" / "leaflet.css").read_text()
    for url in re.findall(r"url\(([^)#][^)]*)\)", css):
        assert (VENDOR / "leaflet" / url.strip("'\"")).is_file(), url
    source_map = re.search(r"sourceMappingURL=(\S+)", (VENDOR / "leaflet" / "leaflet.js").read_text()[-200:])
    assert (VENDOR / "leaflet" / source_map.group(1)).is_file()
