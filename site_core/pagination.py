"""Pagination that never fails: a malformed page number shows the first
page, one past the end the last page, each with a note saying so.

On a large site the count is the costly part of a listing (it reads every
matching row), and it changes only when an editor publishes: a queryset's
count is kept until the next publish, once per distinct query."""

from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.translation import gettext

from site_core.lookups import SHARED_TIMEOUT, until_next_publish_for, when_shown


class KeptCountPaginator(Paginator):
    """A paginator whose queryset's count is kept until the next publish, or
    `kept_for` seconds for a list that also changes with the time."""

    def __init__(self, object_list, per_page, kept_for=SHARED_TIMEOUT, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.kept_for = kept_for

    @cached_property
    def count(self):
        if not isinstance(self.object_list, QuerySet):
            return super().count
        return until_next_publish_for(self.object_list, "count", self.object_list.count, timeout=self.kept_for)


def forgiving_page(items, requested, per_page, count_kept_for=SHARED_TIMEOUT):
    """(page, note): the page of `items` asked for by `requested` (the raw
    GET value), and a note for the visitor when another page is shown."""
    paginator = KeptCountPaginator(items, per_page, kept_for=count_kept_for)
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


def forgiving_page_when_shown(items, requested, per_page, *, prepare=None, count_kept_for=SHARED_TIMEOUT):
    """`forgiving_page` as two lazy values, (page, note), read when a template
    first shows either: a page that keeps its listing until the next publish
    reads none of it meanwhile. `items` is a callable returning the items;
    `prepare(object_list)` completes the page's items once they are read."""

    def read():
        page, note = forgiving_page(items(), requested, per_page, count_kept_for=count_kept_for)
        if prepare is not None:
            prepare(page.object_list)
        return page, note

    both = when_shown(read)
    return when_shown(lambda: both[0]), when_shown(lambda: both[1])
