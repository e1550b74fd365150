"""Pages for anonymous visitors, served from the shared cache (Redis in
production, so every app process shares it).

Only what `may_store` allows is kept, and never a page with a view
restriction: what is stored is served to any anonymous visitor.

Invalidation is one generation number kept in the cache: publishing,
unpublishing, moving or deleting any page, changing a page's privacy, or
saving a snippet or a translation, bumps it, and every cached page is stale
at once. Listings show many pages, so a finer scheme would have to know which
listing shows what; a whole-site bump is always right and cheap at this
site's publishing rate."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "page-cache:generation"
# What a page's feed, calendar or export says besides its content
# (site_core/http_cache.py, the download's file name), kept with it.
KEPT_HEADERS = ("Cache-Control", "Content-Disposition", "Access-Control-Allow-Origin", "Last-Modified")


def is_enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def bump_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(GENERATION_KEY, 1, None)


def _cache_key(request):
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    return f"page-cache:{generation}:{request.get_host()}:{request.get_full_path()}"


def request_may_use_cache(request):
    """Whether this request may be answered from the cache or fill it: an
    anonymous GET. Editors and members never see or create a shared copy."""
    return is_enabled() and request.method == "GET" and not request.user.is_authenticated


def may_store(request, page, response):
    """The one rule for what goes into the cache: a public page (no view
    restriction on it or an ancestor: login, password or groups), whose class
    allows it, answered with a plain 200 that sets no cookie and that nothing
    marked private. What is stored is served to any anonymous visitor."""
    cache_control = response.get("Cache-Control", "")
    return (
        request_may_use_cache(request)
        and getattr(page.specific_class, "cache_for_anonymous_visitors", True)
        and response.status_code == 200
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and not page.get_view_restrictions().exists()
    )


def serve_from_cache(serve):
    """An `on_serve_page` hook registered after Wagtail's view-restriction
    check, so that check runs first on every request, hit or miss: a cached
    copy, or the page served now and kept for the next visitor if
    `may_store` allows."""

    def serve_cached(page, request, serve_args, serve_kwargs):
        if not request_may_use_cache(request):
            return serve(page, request, serve_args, serve_kwargs)
        key = _cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            # Entries stored before KEPT_HEADERS existed (at most
            # PAGE_CACHE_SECONDS old) have no headers.
            content, content_type, *headers = cached
            headers = headers[0] if headers else {}
            response = HttpResponse(content, content_type=content_type, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = serve(page, request, serve_args, serve_kwargs)
        if hasattr(response, "render"):
            response.render()
        if may_store(request, page, response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            cache.set(key, (response.content, response["Content-Type"], headers), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    return serve_cached


def connect():
    """Bump the generation whenever what visitors see may have changed."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"page_cache.{id(signal)}")
    post_delete.connect(bump_generation, sender=Page, dispatch_uid="page_cache.page_deleted")
    # Snippets and settings appear on many pages (SDG names, partners, footer).
    for model in apps.get_app_config("site_core").get_models():
        for signal in (post_save, post_delete):
            signal.connect(bump_generation, sender=model, dispatch_uid=f"page_cache.{model._meta.label}.{id(signal)}")
    # A page made private (or its groups changed) must leave the cache at once:
    # a lookup made before Wagtail's check must never find it.
    for signal in (post_save, post_delete):
        signal.connect(bump_generation, sender=PageViewRestriction, dispatch_uid=f"page_cache.restriction.{id(signal)}")
    m2m_changed.connect(
        bump_generation, sender=PageViewRestriction.groups.through, dispatch_uid="page_cache.restriction_groups"
    )
