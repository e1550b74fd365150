"""A per-IP limit on proposal submissions: PROPOSALS_RATE_LIMIT per
PROPOSALS_RATE_LIMIT_WINDOW seconds, counted in the shared cache."""

from django.conf import settings

from site_core.rate_limit import client_ip, count_attempt


def register_attempt(request):
    """Count one submission from this visitor. Returns (allowed, retry_after_seconds)."""
    return count_attempt(
        "proposals", client_ip(request), settings.PROPOSALS_RATE_LIMIT, settings.PROPOSALS_RATE_LIMIT_WINDOW
    )
