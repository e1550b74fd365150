"""The trail from a language's home page to the page being read: the
visible breadcrumbs and their BreadcrumbList JSON-LD are both drawn from it."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from site_core.lookups import until_next_publish

HOME_DEPTH = 2  # every language's home page is a child of the tree's root


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str  # for links: relative on the request's own site
    full_url: str  # for structured data: always absolute


def breadcrumb_trail(request, page):
    """[Crumb] from the home page (named "Home" in the page's language) down
    to `page` itself, or [] on a home page, a page outside any site or a
    new page's preview. The ancestors come in one query, kept until the
    next publish, and the trail on the request for every reader."""
    if not isinstance(page, Page) or page.pk is None or page.depth <= HOME_DEPTH:
        return []
    trails = request.__dict__.setdefault("_breadcrumb_trails", {})
    if page.pk not in trails:
        trails[page.pk] = _trail(request, page)
    return trails[page.pk]


def _trail(request, page):
    # Ancestors change only when pages are published, moved or deleted.
    ancestors = until_next_publish(
        "ancestors", lambda: list(page.get_ancestors().filter(depth__gte=HOME_DEPTH)), page.path
    )
    if not ancestors or ancestors[0].get_url(request) is None:
        return []
    crumbs = []
    for ancestor in [*ancestors, page]:
        name = _("Home") if ancestor.depth == HOME_DEPTH else ancestor.title
        crumbs.append(Crumb(str(name), ancestor.get_url(request), ancestor.get_full_url(request)))
    return crumbs
