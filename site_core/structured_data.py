"""schema.org JSON-LD: the escaping every block shares, and the types
site_core knows (the programme as an Organization, the BreadcrumbList).
Page types of other apps describe themselves with a `schema_org(card)`
method returning one dict (news: NewsArticle, Event); the template tag
`seo_tags.structured_data` writes each as a block of its own."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from site_core.url_safety import url_scheme

SCHEMA_CONTEXT = "https://schema.org"

# The characters that could end a <script> element early or open a comment,
# as JSON escapes (what Django's json_script does for application/json).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

PROGRAMME_NAME = "Local4Action HUBs by UCLG"
UCLG = {
    "@type": "Organization",
    "name": "United Cities and Local Governments (UCLG)",
    "url": "https://www.uclg.org/",
}


def json_ld_script(data):
    """A `<script type="application/ld+json">` data block. A data block is
    never executed, so the CSP's script-src does not apply to it."""
    payload = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def organization(card, site_settings=None):
    """The programme, as the home page and every article's publisher name it."""
    data = {
        "@type": "Organization",
        "name": PROGRAMME_NAME,
        "url": card.home_url,
        "logo": card.absolute(static("img/l4a-dots.svg")),
        "parentOrganization": UCLG,
    }
    links = [url for _name, url in site_settings.social_links() if web_url(url)] if site_settings is not None else []
    if links:
        data["sameAs"] = links
    return data


def web_url(url):
    """`url` if it is an http(s) address, else "": a stored link that slipped
    past the validators is never published (as `allowed_url` does in templates)."""
    return url if url_scheme(url) in ("http", "https") else ""


def breadcrumb_list(trail):
    """BreadcrumbList from the visible trail (`breadcrumbs.Crumb`s, home first)."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.name, "item": crumb.full_url}
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def image_object(card):
    """The share image as an ImageObject, or None."""
    if not card.image_url:
        return None
    return {
        "@type": "ImageObject",
        "url": card.image_url,
        "width": card.image_width,
        "height": card.image_height,
        "caption": card.image_alt,
    }
