"""Cache-Control for what pages serve besides themselves (feeds, calendars,
exports): anyone may keep a public page's file for `max_age` seconds; a file
of a page with a view restriction (on it or an ancestor) is for its
visitor only."""

from django.utils.cache import patch_cache_control


def cache_like_page(response, page, max_age):
    if page.get_view_restrictions().exists():
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=max_age)
    return response
