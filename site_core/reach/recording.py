"""The beacon's view: decide whether a reading counts, then note it in the
shared cache under the current minute (one `add`, one `incr`, one `set`)."""

import re
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from site_core.rate_limit import client_ip, count_attempt

BUCKET_SECONDS = 60
# Readings not yet flushed stay this long in the cache, so a scheduler that
# stopped for a weekend loses nothing.
PENDING_SECONDS = 3 * 24 * 3600

ROBOTS = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|lighthouse|pingdom|"
    r"monitor|python|curl|wget|httpclient|java/|go-http|okhttp|scrapy|feedfetcher",
    re.IGNORECASE,
)
TABLETS = re.compile(r"ipad|tablet|kindle|silk|playbook|android(?!.*mobile)", re.IGNORECASE)
MOBILES = re.compile(r"mobi|iphone|ipod|android|blackberry|opera mini|iemobile", re.IGNORECASE)


def bucket_of(timestamp):
    return int(timestamp // BUCKET_SECONDS)


def count_key(bucket):
    return f"reach:{bucket}:count"


def reading_key(bucket, number):
    return f"reach:{bucket}:{number}"


def device_class(user_agent):
    if TABLETS.search(user_agent):
        return "tablet"
    if MOBILES.search(user_agent):
        return "mobile"
    return "desktop"


def referrer_host(referrer, own_host):
    """The referring site's host name, or "" for a direct visit or a link
    from this site. The rest of the address (path, query) is dropped."""
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    return "" if host in ("", own_host.lower().removeprefix("www.")) else host[:253]


def counts(request):
    """Readers who asked not to be followed, signed-in people (editors
    checking their work) and robots are not counted."""
    if request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1":
        return False
    if ROBOTS.search(request.headers.get("User-Agent", "")):
        return False
    return not request.user.is_authenticated


def record(page_id, referrer, device, now=None):
    bucket = bucket_of(time.time() if now is None else now)
    key = count_key(bucket)
    cache.add(key, 0, timeout=PENDING_SECONDS)
    try:
        number = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=PENDING_SECONDS)
        number = 1
    cache.set(reading_key(bucket, number), (page_id, referrer, device), timeout=PENDING_SECONDS)


@csrf_exempt  # a beacon carries no token; it changes nothing but a count
@never_cache
@require_POST
def count_page_view(request):
    page_id = request.POST.get("page", "")
    if not page_id.isdigit() or len(page_id) > 12 or not counts(request):
        return HttpResponse(status=204)
    allowed, _retry_after = count_attempt(
        "reach", client_ip(request), settings.REACH_READINGS_PER_MINUTE, BUCKET_SECONDS
    )
    if allowed:
        record(
            int(page_id),
            referrer_host(request.POST.get("referrer", ""), request.get_host().split(":")[0]),
            device_class(request.headers.get("User-Agent", "")),
        )
    return HttpResponse(status=204)
