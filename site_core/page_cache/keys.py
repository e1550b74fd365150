"""What an entry is keyed by: scheme, host, path, language and the query
parameters that change a page.

The parameters that count are declared where they are read: a page type
lists its own in `cache_query_parameters` (the HUB directory's filters, a
listing's page numbers), an opted-in view in
`cacheable_view(query_parameters=…)`. Any other parameter (`utm_*`,
`fbclid`, `gclid`, anything unknown) neither makes a new entry nor reaches
a page that may be kept (`keep_only_cache_parameters`).
`tests/site_core/test_demo_site.py` fails when a form or a link
of the site sends a parameter that is not declared."""

import functools
import hashlib
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import translation
from wagtail.models import get_page_models

_view_parameters = set()


def declare_view_parameters(names):
    _view_parameters.update(names)
    query_parameters.cache_clear()


@functools.cache
def query_parameters():
    """Every parameter a page type or an opted-in view reads."""
    names = set(_view_parameters)
    for model in get_page_models():
        names.update(getattr(model, "cache_query_parameters", ()))
    return frozenset(names)


def _kept_parameters(request):
    """[(name, [values…])] of the declared parameters, by name; the values
    keep their order (a form reads the last one)."""
    declared = query_parameters()
    return sorted((name, values) for name, values in request.GET.lists() if name in declared)


def kept_query_string(request):
    """The declared parameters of the request's query string, in the key's
    order: what a page kept per query tells its versions apart by."""
    return urlencode(_kept_parameters(request), doseq=True)


def cache_key(request):
    """The language is the one LocaleMiddleware will activate: the URL's
    prefix, or for a path without one the language cookie or the browser's
    languages (responses to those vary on Accept-Language)."""
    identity = "\n".join(
        (
            request.scheme,
            request.get_host(),
            request.path,
            translation.get_language_from_request(request, check_path=True),
            kept_query_string(request),
        )
    )
    return "page-cache:" + hashlib.sha256(identity.encode()).hexdigest()


def keep_only_cache_parameters(request):
    """Before a response that may be kept is made: the view sees only the
    declared parameters, in the key's order, so it renders what the key
    names (a pagination link never carries a visitor's `fbclid`)."""
    query_string = kept_query_string(request)
    if query_string != request.META.get("QUERY_STRING", ""):
        request.GET = QueryDict(query_string, encoding=request.encoding)
        request.META["QUERY_STRING"] = query_string
