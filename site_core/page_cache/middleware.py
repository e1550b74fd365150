"""Anonymous GET and HEAD answered from the shared cache before URL routing,
sessions, authentication and the database.

Placed after the security headers, the Permissions-Policy and WhiteNoise, and
before everything else (site_core/settings/base.py): the outer middleware add
their headers to a hit as to any response (and redirect plain HTTP first);
the headers the inner ones set (Content-Security-Policy, X-Frame-Options,
Content-Language, Vary) are stored with the entry and replayed, so a hit
carries exactly the headers of the miss that made it."""

from site_core.page_cache.keys import cache_key
from site_core.page_cache.rules import add_cache_control, is_enabled, may_store, request_may_use_cache
from site_core.page_cache.store import lookup, store


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_enabled():
            return self.get_response(request)
        if not request_may_use_cache(request):
            response = self.get_response(request)
            add_cache_control(response, shared=False)
            return response
        cached, generation = lookup(cache_key(request))
        if cached is not None:
            return cached
        response = self.get_response(request)
        shared = may_store(request, response)
        add_cache_control(response, shared=shared)
        if shared:
            # The key again: the view may have declared its parameters while
            # its URLs were first loaded, during this request.
            store(cache_key(request), generation, response)
        return response
