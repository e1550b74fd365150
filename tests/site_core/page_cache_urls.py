"""Views for tests/site_core/test_page_cache_views.py: one opted in to the
page cache for each rule `may_store` applies to a response, and one that is
not opted in."""

from django.http import HttpResponse, HttpResponseNotFound, StreamingHttpResponse
from django.urls import path
from django.views.decorators.cache import cache_control
from django.views.decorators.vary import vary_on_cookie, vary_on_headers

from site_core.page_cache.views import cacheable_view

calls = []


def echo(request):
    """What the view saw: the query string it was given."""
    calls.append(request.get_full_path())
    return HttpResponse(f"seen: {request.META['QUERY_STRING']}", content_type="text/plain")


def sets_cookie(request):
    response = echo(request)
    response.set_cookie("chosen", "1")
    return response


def not_found(request):
    calls.append(request.path)
    return HttpResponseNotFound("no")


def streaming(request):
    calls.append(request.path)
    return StreamingHttpResponse(iter([b"a", b"b"]))


cached = cacheable_view(query_parameters=["view-only"])
urlpatterns = [
    path("cached/", cached(echo)),
    path("not-opted-in/", echo),
    path("sets-cookie/", cached(sets_cookie)),
    path("varies-on-cookie/", cached(vary_on_cookie(echo))),
    path("varies-on-user-agent/", cached(vary_on_headers("User-Agent")(echo))),
    path("private/", cached(cache_control(private=True)(echo))),
    path("not-found/", cached(not_found)),
    path("streaming/", cached(streaming)),
]
