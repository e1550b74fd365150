"""Reach statistics that count readings, not readers.

A public page carries a small script (static/js/reach.js) that, once the page
is shown, posts the page's id and the referring address to `/reach/` with
`navigator.sendBeacon`. Because the browser sends it, pages served from the
page cache or a CDN are counted like any other, and the script is the same
for every visitor, so cached copies stay shared.

The beacon's view (`recording.py`) keeps only the page id, the referring
site's host name and a coarse device class (desktop, mobile, tablet), and
nothing when the reader is signed in, sends `DNT: 1` or `Sec-GPC: 1`, or
announces itself as a robot. Each reading is written to the shared cache
under the current minute; `flush_reach_counts` (`flushing.py`) moves
finished minutes into `PageViews` rows: per day, page, language, referring
host and device class. No address, cookie or identifier is stored, in the
cache or the database (the beacon's rate limit keeps a salted hash of the
address for one minute, as every rate limit of the site does)."""
