"""The one rule for what the shared cache may hold and serve, and the
Cache-Control that tells a CDN or reverse proxy the same."""

from django.conf import settings
from django.utils.cache import cc_delim_re, has_vary_header, patch_cache_control

# Set on a response by the view that made it (views.py): this content is the
# same for every anonymous visitor.
SHAREABLE = "page_cache_shareable"
# Request headers a kept response may vary on: the session cookie makes the
# cache step aside (`request_may_use_cache`), and the language is in the key.
VARY_HANDLED_BY_THE_KEY = {"cookie", "accept-language"}


def is_enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def request_may_use_cache(request):
    """An anonymous GET or HEAD, decided without the database: no session
    cookie (any session cookie, signed in or not, goes past the cache: it may
    hold a member's login or a page password), no Authorization header."""
    return (
        is_enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def mark_shareable(response):
    """Called by the view's wrapper, before any middleware adds its own Vary:
    a view that varies on cookies itself is never shared."""
    if not has_vary_header(response, "Cookie"):
        setattr(response, SHAREABLE, True)


def may_store(request, response):
    """The one rule for what goes into the cache: a response its view marked
    shareable (a public page whose type allows it, or an opted-in view; never
    a preview or a page with a view restriction on it or an ancestor), to an
    anonymous GET or HEAD, a plain 200 that sets no cookie and that nothing
    marked private, varying on nothing the key does not cover. What is stored
    is served to any anonymous visitor."""
    cache_control = response.get("Cache-Control", "")
    vary = {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}
    return (
        getattr(response, SHAREABLE, False)
        and request_may_use_cache(request)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and vary <= VARY_HANDLED_BY_THE_KEY
    )


def add_cache_control(response, shared):
    """For a CDN or reverse proxy, unless the view said otherwise: what the
    cache keeps may be kept by a shared cache for CDN_CACHE_SECONDS (browsers
    ask again each time); anything else is for this visitor only and is
    never written to disk (a member's page, a form with its token, an error)."""
    if response.has_header("Cache-Control"):
        return
    if shared:
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.CDN_CACHE_SECONDS)
    else:
        patch_cache_control(response, private=True, no_store=True)
