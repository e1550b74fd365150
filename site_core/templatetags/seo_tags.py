"""What a page tells other systems about itself: its sharing card
(OpenGraph, Twitter), its schema.org JSON-LD, and its breadcrumbs."""

from django import template
from django.utils.html import format_html_join
from wagtail.models import Page

from site_core import structured_data
from site_core.breadcrumbs import breadcrumb_trail as trail_of
from site_core.sharing import share_card as card_of

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def share_card(context):
    """The ShareCard of the page in the context (or of the view, if it is
    not a page), or None outside a request."""
    request = context.get("request")
    return card_of(request, _page(context)) if request is not None else None


@register.simple_tag(takes_context=True)
def structured_data_blocks(context):
    """The page type's own JSON-LD (`page.schema_org(card)`: a dict, or a
    list of them), one data block per type."""
    request, page = context.get("request"), _page(context)
    describe = getattr(page, "schema_org", None)
    if request is None or describe is None:
        return ""
    data = describe(card_of(request, page))
    items = data if isinstance(data, list) else [data]
    return format_html_join(
        "\n",
        "{}",
        ((structured_data.json_ld_script({"@context": structured_data.SCHEMA_CONTEXT, **item}),) for item in items),
    )


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context):
    request = context.get("request")
    return trail_of(request, _page(context)) if request is not None else []


@register.simple_tag
def breadcrumb_json_ld(trail):
    return structured_data.json_ld_script(structured_data.breadcrumb_list(trail)) if trail else ""
