"""A HUB page's locator map: a small SVG drawn on the server from the
vendored Natural Earth outlines, the HUB at its centre (docs/decisions.md,
The HUB maps). No script, no tile, no request of its own."""

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache

from django.contrib.staticfiles import finders

OUTLINES = "vendor/world-atlas/countries-110m.geojson"
HALF_HEIGHT = 12  # degrees of latitude shown above and below the HUB
HALF_WIDTH = 18  # the same in east–west degrees, scaled to the HUB's latitude
UNITS_PER_DEGREE = 10  # SVG user units: coordinates are written as whole units (0.1°)
MARGIN = 1  # degrees drawn beyond the frame, so clipped edges never show


@dataclass(frozen=True)
class LocatorMap:
    width: int
    height: int
    land_path: str  # one SVG path, even-odd filled: every country in the frame

    @property
    def centre_x(self):
        return self.width // 2

    @property
    def centre_y(self):
        return self.height // 2


@cache
def country_rings():
    """Every outline ring of the vendored countries with its bounding box:
    [(min_lon, min_lat, max_lon, max_lat, [(lon, lat), …]), …]."""
    with open(finders.find(OUTLINES), encoding="utf-8") as outlines:
        features = json.load(outlines)["features"]
    rings = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            for ring in polygon:
                lons, lats = [point[0] for point in ring], [point[1] for point in ring]
                rings.append((min(lons), min(lats), max(lons), max(lats), [tuple(point) for point in ring]))
    return rings


def clip(ring, limit_x, limit_y):
    """Sutherland–Hodgman: the part of a ring inside |x| ≤ limit_x, |y| ≤ limit_y."""
    edges = (
        (lambda p: p[0] >= -limit_x, 0, -limit_x),
        (lambda p: p[0] <= limit_x, 0, limit_x),
        (lambda p: p[1] >= -limit_y, 1, -limit_y),
        (lambda p: p[1] <= limit_y, 1, limit_y),
    )
    for inside, axis, bound in edges:
        points, ring = ring, []
        for index, current in enumerate(points):
            previous = points[index - 1]
            if inside(current) != inside(previous):
                share = (bound - previous[axis]) / (current[axis] - previous[axis])
                crossing = [
                    previous[0] + share * (current[0] - previous[0]),
                    previous[1] + share * (current[1] - previous[1]),
                ]
                crossing[axis] = bound
                ring.append(tuple(crossing))
            if inside(current):
                ring.append(current)
        if not ring:
            break
    return ring


@lru_cache(maxsize=512)
def locator_map(latitude, longitude):
    """The frame around (latitude, longitude) in an equirectangular projection
    whose east–west scale is true at that latitude; None without coordinates.
    Clipping every outline costs more than the rest of a HUB page: each
    process draws a place once (a few kilobytes, one entry per HUB)."""
    if latitude is None or longitude is None:
        return None
    latitude, longitude = float(latitude), float(longitude)
    stretch = max(math.cos(math.radians(latitude)), 0.2)
    limit_x, limit_y = (HALF_WIDTH + MARGIN) / stretch, HALF_HEIGHT + MARGIN
    commands = []
    for min_lon, min_lat, max_lon, max_lat, ring in country_rings():
        if max_lat < latitude - limit_y or min_lat > latitude + limit_y:
            continue
        # The frame may cross the antimeridian: try the ring one turn east and west too.
        for turn in (-360, 0, 360):
            if max_lon + turn < longitude - limit_x or min_lon + turn > longitude + limit_x:
                continue
            local = [(lon + turn - longitude, latitude - lat) for lon, lat in ring]
            clipped = clip(local, limit_x, limit_y)
            if len(clipped) >= 3:
                commands.append(ring_path(clipped, stretch))
    width, height = 2 * HALF_WIDTH * UNITS_PER_DEGREE, 2 * HALF_HEIGHT * UNITS_PER_DEGREE
    return LocatorMap(width=width, height=height, land_path="".join(commands))


def ring_path(ring, stretch):
    """'M x y L x y …Z' in SVG units, the frame's top-left corner at 0 0."""
    points = []
    for x, y in ring:
        point = (round((x * stretch + HALF_WIDTH) * UNITS_PER_DEGREE), round((y + HALF_HEIGHT) * UNITS_PER_DEGREE))
        if not points or point != points[-1]:
            points.append(point)
    return "M" + "L".join(f"{x} {y}" for x, y in points) + "Z"
