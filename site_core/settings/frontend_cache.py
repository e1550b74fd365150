"""A CDN or caching proxy in front of the site, purged on publish through
Wagtail's frontend cache backends (README, "Operations › Caching")."""

from django.core.exceptions import ImproperlyConfigured


def frontend_cache_from_environment(environ):
    """WAGTAILFRONTENDCACHE: an HTTP PURGE backend (Varnish, nginx, Fastly's
    purge by URL…) when FRONTEND_CACHE_PURGE_URL is set, Cloudflare when
    CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN are; none otherwise."""
    backends = {}
    purge_url = environ.get("FRONTEND_CACHE_PURGE_URL", "")
    if purge_url:
        backends["http"] = {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": purge_url}
    zone, token = environ.get("CLOUDFLARE_ZONE_ID", ""), environ.get("CLOUDFLARE_API_TOKEN", "")
    if zone or token:
        if not (zone and token):
            raise ImproperlyConfigured("Set both CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN, or neither.")
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": token,
        }
    return backends
