"""Responses besides pages (feeds, calendars, exports, the sitemap):
their Cache-Control (anyone may keep a public page's file for `max_age`
seconds; a file of a page with a view restriction on it or an ancestor is
for its visitor only), and keeping one whose making grows with the site."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from site_core import lookups


def cache_like_page(response, page, max_age):
    if lookups.is_public(page):
        patch_cache_control(response, public=True, max_age=max_age)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


def kept_response(name, make_response, *parts, timeout=lookups.SHARED_TIMEOUT):
    """`make_response()`'s status, content and headers, kept with
    `lookups.until_next_publish` (`parts` and `timeout` as there) and served
    again as they were."""

    def render():
        response = make_response()
        if hasattr(response, "render"):  # a TemplateResponse
            response.render()
        return response.status_code, response.content, dict(response.items())

    status, content, headers = lookups.until_next_publish("response:" + name, render, *parts, timeout=timeout)
    return HttpResponse(content, status=status, headers=headers)
