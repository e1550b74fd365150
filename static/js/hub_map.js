// The HUB directory's map (components/hub_pages/directory_map.html), drawn
// with the vendored Leaflet and Natural Earth outlines: nothing is requested
// from another origin. Each HUB is a real link (Tab reaches it, Enter opens
// its page, its text is its accessible name). HUBs too close to tell apart at
// the current zoom share one button that zooms in on them.
(function () {
    "use strict";
    var root = document.querySelector("[data-hub-map]");
    if (!root || !window.L) {
        return; // The list stays the directory; the map container stays hidden.
    }
    // The points of every page of the filtered list come from the map's own
    // JSON endpoint, so the directory page stays the same size however many
    // HUBs there are. Until they arrive, or if they never do, the map stays hidden.
    fetch(root.dataset.points)
        .then(function (response) {
            if (!response.ok) {
                throw new Error(response.statusText);
            }
            return response.json();
        })
        .then(function (data) {
            listUnlocated(data.unlocated);
            drawMap(data.located);
        })
        .catch(function () {
            root.hidden = true;
        });

    function listUnlocated(points) {
        var list = root.querySelector(".hub-map__unlocated");
        if (!list) {
            return;
        }
        points.forEach(function (point) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = point.url;
            link.textContent = point.name;
            var place = document.createElement("span");
            place.className = "hub-map__place";
            place.textContent = point.place;
            item.append(link, " ", place);
            list.append(item);
        });
    }

    function drawMap(points) {
        var canvas = root.querySelector(".hub-map__canvas");
        var MAX_ZOOM = 6; // the 1:110m outlines look coarse beyond this
        var MARKER_SPACING = 28; // px: closer markers would overlap (each is 24 px wide)

        var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

        root.hidden = false;
        var map = L.map(canvas, {
            zoomAnimation: !still,
            fadeAnimation: !still,
            markerZoomAnimation: !still,
            attributionControl: false,
            zoomControl: false,
            minZoom: 0,
            maxZoom: MAX_ZOOM,
            zoomSnap: 0.5,
            maxBounds: [[-70, -200], [85, 200]],
            maxBoundsViscosity: 1
        });
        L.control.zoom({ zoomInTitle: canvas.dataset.zoomIn, zoomOutTitle: canvas.dataset.zoomOut }).addTo(map);

        var markers = L.layerGroup().addTo(map);
        var focusAfterDraw = null;

        function latLng(point) {
            return L.latLng(point.lat, point.lon);
        }

        function pin(element, size) {
            return L.divIcon({ html: element, className: "hub-map__pin", iconSize: [size, size] });
        }

        // Leaflet's own marker handlers are off (interactive, keyboard): the link
        // and the button inside each icon do the work, as the browser defines it.
        // A marker's name opens towards the map's wider side, so it stays inside.
        function placeLabel(element, position) {
            var onTheRight = map.latLngToContainerPoint(position).x > map.getSize().x / 2;
            element.classList.toggle("hub-map__marker--label-left", onTheRight);
        }

        function addMarker(position, element, size) {
            element.addEventListener("focus", function () {
                canvas.scrollTop = 0;
                canvas.scrollLeft = 0;
                map.panInside(position, { padding: [size * 2, size * 2], animate: false });
                placeLabel(element, position);
            });
            element.addEventListener("mouseenter", function () {
                placeLabel(element, position);
            });
            L.DomEvent.disableClickPropagation(element);
            markers.addLayer(L.marker(position, { icon: pin(element, size), interactive: false, keyboard: false }));
        }

        function hubLink(point) {
            var link = document.createElement("a");
            link.className = "hub-map__marker";
            link.href = point.url;
            var label = document.createElement("span");
            label.className = "hub-map__label";
            var name = document.createElement("span");
            name.className = "hub-map__name";
            name.textContent = point.name;
            var separator = document.createElement("span");
            separator.className = "visually-hidden";
            separator.textContent = ", ";
            var place = document.createElement("span");
            place.className = "hub-map__place";
            place.textContent = point.place;
            label.append(name, separator, place);
            link.append(label);
            return link;
        }

        function clusterButton(group) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "hub-map__cluster";
            button.textContent = String(group.length);
            var names = group.map(function (point) { return point.name; }).join("; ");
            button.setAttribute(
                "aria-label",
                canvas.dataset.clusterLabel.replace("{count}", group.length).replace("{names}", names)
            );
            button.addEventListener("click", function () {
                var bounds = L.latLngBounds(group.map(latLng));
                var zoom = Math.min(Math.max(map.getBoundsZoom(bounds.pad(0.5)), map.getZoom() + 1), MAX_ZOOM);
                focusAfterDraw = group[0].url;
                map.setView(bounds.getCenter(), zoom);
            });
            return button;
        }

        // Markers closer than MARKER_SPACING at this zoom are grouped, greedily,
        // in the list's order; at the largest zoom every HUB has its own marker.
        function draw() {
            var zoom = map.getZoom();
            var groups = [];
            points.forEach(function (point) {
                var at = map.project(latLng(point), zoom);
                var near = zoom < MAX_ZOOM && groups.find(function (group) {
                    return group.at.distanceTo(at) < MARKER_SPACING;
                });
                if (near) {
                    near.points.push(point);
                } else {
                    groups.push({ at: at, points: [point] });
                }
            });
            markers.clearLayers();
            groups.forEach(function (group) {
                if (group.points.length === 1) {
                    addMarker(latLng(group.points[0]), hubLink(group.points[0]), 24);
                } else {
                    addMarker(latLng(group.points[0]), clusterButton(group.points), 32);
                }
            });
            if (focusAfterDraw) {
                var target = Array.prototype.find.call(canvas.querySelectorAll(".hub-map__marker"), function (link) {
                    return link.getAttribute("href") === focusAfterDraw;
                });
                focusAfterDraw = null;
                if (target) {
                    target.focus();
                }
            }
        }

        map.fitBounds(L.latLngBounds(points.map(latLng)), { padding: [40, 40], maxZoom: 4 });
        draw();
        map.on("zoomend", draw);

        fetch(canvas.dataset.outlines)
            .then(function (response) { return response.json(); })
            .then(function (outlines) {
                L.geoJSON(outlines, { className: "hub-map__country", interactive: false }).addTo(map);
            })
            .catch(function () {
                // Without the outlines the markers still stand on the plain background, and still work.
            });
    }
})();
