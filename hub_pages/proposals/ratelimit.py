"""A per-IP limit on proposal submissions, kept in Django's cache.

With Redis as the cache (production), every app process shares the same
counters, and `incr` is atomic there. Counters live in fixed windows of
PROPOSALS_RATE_LIMIT_WINDOW seconds; the IP is hashed, so the cache never
holds visitors' addresses."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

KEY_PREFIX = "proposals:rate"


def client_ip(request):
    """The visitor's address. Behind N trusted proxies (TRUSTED_PROXY_COUNT),
    the Nth address from the right of X-Forwarded-For: entries further left
    are whatever the client chose to send, so they are never trusted."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-min(proxies, len(hops))]
    return request.META.get("REMOTE_ADDR", "")


def _window():
    length = max(1, int(settings.PROPOSALS_RATE_LIMIT_WINDOW))
    now = int(time.time())
    return now // length, length - now % length


def _key(request, window_number):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:{digest}:{window_number}"


def register_attempt(request):
    """Count one submission from this visitor. Returns (allowed, retry_after_seconds)."""
    limit = int(settings.PROPOSALS_RATE_LIMIT)
    window_number, remaining = _window()
    key = _key(request, window_number)
    # add() is a no-op when the counter exists, so concurrent first requests
    # cannot reset each other's count.
    cache.add(key, 0, timeout=remaining + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=remaining + 1)
        count = 1
    return count <= limit, remaining
