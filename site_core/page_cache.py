"""Pages for anonymous visitors, served from the shared cache (Redis in
production, so every app process shares it).

Invalidation is one generation number kept in the cache: publishing,
unpublishing, moving or deleting any page, or saving a snippet or a
translation, bumps it, and every cached page is stale at once. Listings show
many pages, so a finer scheme would have to know which listing shows what;
a whole-site bump is always right and cheap at this site's publishing rate."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "page-cache:generation"


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


def _is_cacheable(request, page):
    return (
        is_enabled()
        and request.method == "GET"
        and not request.user.is_authenticated
        and not getattr(request, "is_preview", False)
        and getattr(page.specific_class, "cache_for_anonymous_visitors", True)
    )


def serve_from_cache(page, request, serve_args, serve_kwargs):
    """A `before_serve_page` hook: a cached copy, or the page rendered now and
    kept for the next visitor (200 responses only)."""
    if not _is_cacheable(request, page):
        return None
    key = _cache_key(request)
    cached = cache.get(key)
    if cached is not None:
        content, content_type = cached
        response = HttpResponse(content, content_type=content_type)
        response["X-Page-Cache"] = "hit"
        return response
    response = page.serve(request, *serve_args, **serve_kwargs)
    if hasattr(response, "render"):
        response.render()
    if response.status_code == 200 and not response.has_header("Set-Cookie") and not response.cookies:
        cache.set(key, (response.content, response["Content-Type"]), settings.PAGE_CACHE_SECONDS)
        response["X-Page-Cache"] = "miss"
    return response


def connect():
    """Bump the generation whenever what visitors see may have changed."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"page_cache.{id(signal)}")
    post_delete.connect(bump_generation, sender=Page, dispatch_uid="page_cache.page_deleted")
    # Snippets and settings appear on many pages (SDG names, partners, footer).
    for model in apps.get_app_config("site_core").get_models():
        for signal in (post_save, post_delete):
            signal.connect(bump_generation, sender=model, dispatch_uid=f"page_cache.{model._meta.label}.{id(signal)}")
