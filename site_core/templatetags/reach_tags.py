from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def reach_beacon(context):
    """The script that counts a reading of this page (site_core/reach/);
    the same for every visitor, so cached copies stay shared. Previews are
    not readings."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or getattr(request, "is_preview", False):
        return ""
    return format_html(
        '<script src="{}" data-page="{}" data-beacon="{}" defer></script>',
        static("js/reach.js"),
        page.pk,
        reverse("reach_beacon"),
    )
