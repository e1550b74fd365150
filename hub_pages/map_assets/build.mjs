// Copies the front-end packages installed from the npm registry into
// static/vendor/ and builds the country outlines the HUB maps draw.
// Run by `make vendor` (see the Makefile): node hub_pages/map_assets/build.mjs <node_modules> <static/vendor>
//
// Writes:
//   leaflet/      leaflet.js (+ its source map, which collectstatic's manifest
//                 storage follows), leaflet.css, images/, LICENSE
//   world-atlas/  countries-110m.geojson (Natural Earth 1:110m countries as
//                 GeoJSON, Antarctica left out, coordinates rounded to 0.01°), LICENSE
//   VERSIONS.json each package's version, licence and the SHA-256 of every file
//                 written, which tests/site_core/test_vendored_assets.py checks.
import {createHash} from "node:crypto";
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";

const [modules, target] = process.argv.slice(2);
if (!modules || !target) {
    console.error("usage: node hub_pages/map_assets/build.mjs <node_modules> <static/vendor>");
    process.exit(2);
}
const {feature} = await import(join(modules, "topojson-client", "src", "index.js"));

const ANTARCTICA = "010"; // ISO 3166 numeric; no HUB there, and Web Mercator blows it up.
const DECIMALS = 2; // 0.01° (about 1 km): finer than the 1:110m data itself.

const written = {};

function packageJson(name) {
    return JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8"));
}

function record(name, relativePath, content) {
    const path = join(target, name, relativePath);
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, content);
    written[name].files[relativePath] = createHash("sha256").update(content).digest("hex");
}

function copy(name, from, relativePath = from) {
    record(name, relativePath, readFileSync(join(modules, name, from)));
}

function start(name, role) {
    const meta = packageJson(name);
    rmSync(join(target, name), {recursive: true, force: true});
    written[name] = {version: meta.version, license: meta.license, role, files: {}};
    return meta;
}

function rounded(coordinates) {
    if (typeof coordinates[0] === "number") {
        const factor = 10 ** DECIMALS;
        return coordinates.map((value) => Math.round(value * factor) / factor);
    }
    const points = coordinates.map(rounded);
    // Rounding can make neighbouring points equal: keep one of each run.
    return typeof points[0][0] === "number"
        ? points.filter((point, i) => i === 0 || point[0] !== points[i - 1][0] || point[1] !== points[i - 1][1])
        : points;
}

function countryOutlines(meta) {
    const topology = JSON.parse(readFileSync(join(modules, "world-atlas", "countries-110m.json"), "utf8"));
    const countries = feature(topology, topology.objects.countries);
    return JSON.stringify({
        type: "FeatureCollection",
        source: `world-atlas ${meta.version} countries-110m.json: Natural Earth 1:110m Admin 0 countries, public domain`,
        features: countries.features
            .filter((country) => country.id !== ANTARCTICA)
            .map((country) => ({
                type: "Feature",
                properties: {},
                geometry: {type: country.geometry.type, coordinates: rounded(country.geometry.coordinates)},
            })),
    });
}

start("leaflet", "the directory map (runtime)");
for (const file of ["leaflet.js", "leaflet.js.map", "leaflet.css"]) copy("leaflet", join("dist", file), file);
for (const image of ["layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png"]) {
    copy("leaflet", join("dist", "images", image), join("images", image));
}
copy("leaflet", "LICENSE");

const atlas = start("world-atlas", "country outlines of both maps (runtime, converted at build time)");
record("world-atlas", "countries-110m.geojson", countryOutlines(atlas) + "\n");
copy("world-atlas", "LICENSE");

// Build tool only: nothing of it is shipped.
const client = packageJson("topojson-client");
written["topojson-client"] = {
    version: client.version,
    license: client.license,
    role: "converts world-atlas's TopoJSON to GeoJSON (build time only)",
    files: {},
};

writeFileSync(join(target, "VERSIONS.json"), JSON.stringify(written, null, 2) + "\n");
for (const [name, entry] of Object.entries(written)) {
    console.log(`${name} ${entry.version}: ${Object.keys(entry.files).length} files`);
}
