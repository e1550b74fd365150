"""Request counting in Django's cache, shared by every feature that limits
how often a client may do something (proposals, password reset), and the one
definition of the client's address (also given to django-axes).

With Redis as the cache (production), every app process shares the same
counters, and `incr` is atomic there. Counters live in fixed windows; what
they count (an IP, an e-mail address) is hashed, so the cache never holds
visitors' addresses."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


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


def count_attempt(scope, identity, limit, window_seconds):
    """Count one attempt by `identity` (an IP, an address…) in `scope`.
    Returns (allowed, retry_after_seconds): allowed is False once more than
    `limit` attempts fall in the current window."""
    length = max(1, int(window_seconds))
    now = int(time.time())
    window_number, remaining = now // length, length - now % length
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{identity}".encode()).hexdigest()[:32]
    key = f"{scope}:rate:{digest}:{window_number}"
    # add() is a no-op when the counter exists, so concurrent first requests
    # cannot reset each other's count.
    cache.add(key, 0, timeout=remaining + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=remaining + 1)
        count = 1
    return count <= int(limit), remaining
