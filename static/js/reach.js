// Counts one reading of this page (site_core/reach/): the page's id and the
// referring address, nothing about the reader. Readers who ask not to be
// tracked send nothing.
(function () {
    "use strict";
    var script = document.currentScript;
    if (!script || !navigator.sendBeacon) {
        return;
    }
    if (navigator.doNotTrack === "1" || navigator.globalPrivacyControl === true) {
        return;
    }
    var reading = new URLSearchParams();
    reading.set("page", script.dataset.page);
    reading.set("referrer", document.referrer);
    navigator.sendBeacon(script.dataset.beacon, reading);
})();
