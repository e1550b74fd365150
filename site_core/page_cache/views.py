"""The two ways a response becomes shareable: a Wagtail page (the
`on_serve_page` hook) or a view that opts in (`cacheable_view`). Both give
the view only the declared query parameters and mark what it returns; the
middleware stores it if `may_store` allows."""

import functools

from site_core import lookups
from site_core.page_cache.keys import declare_view_parameters, keep_only_cache_parameters
from site_core.page_cache.rules import mark_shareable, request_may_use_cache


def page_may_be_shared(page, request):
    """A page anyone may see: not a preview, its type allows it
    (`cache_for_anonymous_visitors`, e.g. the proposal form does not), and no
    view restriction (login, password, groups) on it or an ancestor."""
    return (
        not getattr(request, "is_preview", False)
        and getattr(page.specific_class, "cache_for_anonymous_visitors", True)
        and lookups.is_public(page)
    )


def serve_shared_page(serve):
    """An `on_serve_page` hook (site_core/wagtail_hooks.py), after Wagtail's
    view-restriction check and every `before_serve_page` hook; it also covers
    a page's sub-routes (feeds)."""

    def serve_page(page, request, serve_args, serve_kwargs):
        shared = request_may_use_cache(request) and page_may_be_shared(page, request)
        if shared:
            keep_only_cache_parameters(request)
        response = serve(page, request, serve_args, serve_kwargs)
        if shared:
            mark_shareable(response)
        return response

    return serve_page


def cacheable_view(*, query_parameters=()):
    """Opt a view in to the page cache: its anonymous GET and HEAD responses
    are kept under the same key, rule and invalidation as pages.

        path("sitemap.xml", cacheable_view(query_parameters=["p"])(sitemap), …)

    `query_parameters`: the GET parameters that change the response; the
    view never sees any other. Only for a response that is the same for every
    anonymous visitor and changes only when content is published, unpublished,
    moved or deleted, or a snippet or setting is saved."""
    declare_view_parameters(query_parameters)

    def decorator(view):
        @functools.wraps(view)
        def cached_view(request, *args, **kwargs):
            shared = request_may_use_cache(request)
            if shared:
                keep_only_cache_parameters(request)
            response = view(request, *args, **kwargs)
            if shared:
                mark_shareable(response)
            return response

        return cached_view

    return decorator
