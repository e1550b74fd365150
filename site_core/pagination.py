"""Pagination that never fails: a malformed page number shows the first
page, one past the end the last page, each with a note saying so."""

from django.core.paginator import Paginator
from django.utils.translation import gettext


def forgiving_page(items, requested, per_page):
    """(page, note): the page of `items` asked for by `requested` (the raw
    GET value), and a note for the visitor when another page is shown."""
    paginator = Paginator(items, per_page)
    try:
        number = int(requested)
    except (TypeError, ValueError):
        if requested in (None, ""):
            return paginator.page(1), ""
        note = gettext("“%(value)s” is not a page number, so the first page is shown.") % {"value": str(requested)[:20]}
        return paginator.page(1), note
    if number < 1:
        return paginator.page(1), gettext("Pages start at 1, so the first page is shown.")
    if number > paginator.num_pages:
        note = gettext("There is no page %(number)s: the last page (%(last)s) is shown.") % {
            "number": number,
            "last": paginator.num_pages,
        }
        return paginator.page(paginator.num_pages), note
    return paginator.page(number), ""
