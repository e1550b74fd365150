"""Links between the pages of a listing (components/listing/pagination.html)."""

from django import template
from django.template.defaulttags import querystring

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
