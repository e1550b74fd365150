"""The bench's settings: production's, plus one constant-response URL
(bench/urls.py) that measures the ceiling: what a response costs through the
full middleware stack and gunicorn without any page work. Production never
loads this module."""

from site_core.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# The beacon's benchmark sends every reading from one address.
REACH_READINGS_PER_MINUTE = 10**9
