"""Routing from a language's home in two queries, however deep the page.

Wagtail's `Page.route` walks the path one slug at a time, two queries per
segment (the child, then its specific row). A home finds all the pages on
the path at once by `url_path` (one query), then hands over to the deepest
one, which routes what remains as usual. A page on the way whose class
routes paths of its own (a `RoutablePageMixin` that matches the rest of the
path, or any other `route` override) is handed the path instead, so the
result is always the one Wagtail's walk gives."""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def _routes_itself(page, remaining_components):
    """Whether `page` (not yet specific) would answer the rest of the path
    itself instead of passing it to a child."""
    route = page.specific_class.route
    if route is Page.route:
        return False
    if route is RoutablePageMixin.route and issubclass(page.specific_class, RoutablePageMixin):
        if not page.live:
            return False
        path = "/" + "".join(f"{component}/" for component in remaining_components)
        try:
            page.specific_class.get_resolver().resolve(path)
        except Http404:
            return False
        return True
    return True


def route_from(home, request, path_components):
    """What `home.route(request, path_components)` returns in Wagtail."""
    url_paths = [
        home.url_path + "".join(f"{c}/" for c in path_components[:n]) for n in range(1, len(path_components) + 1)
    ]
    found = {
        page.depth: page
        for page in Page.objects.filter(
            path__startswith=home.path, depth__gt=home.depth, url_path__in=url_paths
        ).order_by("depth")
    }
    parent = home
    for index, component in enumerate(path_components):
        child = found.get(home.depth + index + 1)
        if child is None or child.slug != component:
            raise Http404
        child._cached_parent_obj = parent
        remaining = path_components[index + 1 :]
        if not remaining or _routes_itself(child, remaining):
            return child.specific.route(request, remaining)
        parent = child
    raise Http404  # not reached: the loop returns at the last component
