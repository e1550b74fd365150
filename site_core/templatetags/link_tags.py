from django import template
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from site_core.url_safety import is_allowed_url, strip_unsafe_links

register = template.Library()


@register.filter
def allowed_url(url):
    """The URL if a browser may follow it safely, otherwise an empty string."""
    return url if url and is_allowed_url(str(url)) else ""


@register.filter
def safe_richtext(value):
    """Wagtail's `richtext`, with any unsafe link target emptied: the last line
    of defence for links that reached the database some other way."""
    return mark_safe(strip_unsafe_links(str(richtext(value))))
