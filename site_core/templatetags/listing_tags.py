"""Links between the pages of a listing (components/listing/pagination.html),
the long choice lists of its filters, and the key of a list of its cards."""

from django import template
from django.template.defaulttags import querystring
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, params, name, value):
    """The query string of `params` (a QueryDict: the filters and the other
    lists' pages to keep) with `name` set to `value`."""
    return querystring(context, params, **{name: value})


@register.filter
def elided_page_range(page):
    """The page numbers to link around `page`, with an ellipsis for the gaps."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


@register.filter
def pks(items):
    """The primary keys of `items`, as one string: what names a list of
    cards kept with `{% until_next_publish %}`."""
    return ",".join(str(item.pk) for item in items)


@register.simple_tag
def select_options(items, selected=None):
    """The `<option>`s of a filter offering `items` (each with `pk` and
    `title`), `selected` being the chosen one. Written here rather than as a
    template loop, which costs about ten times as much per option: a filter
    of HUBs offers hundreds on a large site."""
    return mark_safe(
        "".join(
            f'<option value="{item.pk}"{" selected" if item == selected else ""}>{escape(item.title)}</option>'
            for item in items
        )
    )
