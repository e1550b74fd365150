"""Where Wagtail's routing starts, from the lookups kept until the next
publish (site_core/lookups.py), instead of four queries per request. (Apart
from site_core/routing.py, which page models import: Wagtail's views cannot
be imported while the models load.)"""

from django.http import Http404
from wagtail import views as wagtail_views

from site_core import lookups


class RouteFromLookupsMiddleware:
    """Where Wagtail's routing starts, from the lookups kept until the next
    publish: the request's site, and its home in the visitor's language,
    specific. Wagtail's own start (`Page.route_for_request`) spends four
    queries on them each time: the site, the active Locale, the home's
    translation and its specific row."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        site = lookups.site_for_request(request)
        if view_func is wagtail_views.serve and site is not None:
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            request._wagtail_route_for_request = route_for_request(request, site, path)
        return None


def route_for_request(request, site, path):
    """What Wagtail's `Page.route_for_request` returns, where Wagtail looks
    for it first: the route from `site.root_page.localized.specific` (the
    home in the active language while it is live, else the root)."""
    home = lookups.site_homes(site).get(lookups.active_locale().language_code)
    start = home if home is not None else site.root_page.specific
    try:
        return start.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None
