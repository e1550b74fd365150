"""What search engines and visitors need to find a page in each language:
hreflang alternates, the canonical URL and the "not translated" notice."""

from django import template
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from site_core import lookups

register = template.Library()

# The language switcher adds this query parameter when it falls back to a
# locale's home because the page the visitor was reading is not translated.
FALLBACK_PARAMETER = "untranslated"


def page_alternates(page, request=None):
    """[(language_code, full_url)] for each live, public translation of
    `page` (itself included). Aliases are left out: they show another
    language's text, so advertising them would be duplicate content."""
    translations = [
        translation
        for translation in lookups.live_translations(page)
        if translation.is_public and translation.alias_of_id is None
    ]
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    alternates = []
    for translation in translations:
        url = translation.get_full_url(request)
        if url:
            alternates.append((translation.locale.language_code, url))
    return sorted(alternates, key=lambda item: order.index(item[0]) if item[0] in order else len(order))


def with_x_default(alternates):
    """Add `x-default` pointing at the default language's URL (English): the
    version for visitors whose language we do not offer."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    urls = dict(alternates)
    if default in urls:
        return [*alternates, ("x-default", urls[default])]
    return list(alternates)


@register.simple_tag(takes_context=True)
def hreflang_links(context, page=None):
    """[{"hreflang", "href"}] for <link rel="alternate">, x-default last."""
    page = page if page is not None else context.get("page")
    if not isinstance(page, Page) or page.alias_of_id:
        return []
    alternates = page_alternates(page, context.get("request"))
    return [{"hreflang": code, "href": url} for code, url in with_x_default(alternates)]


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    """The page's own full URL, without query string; an alias points at
    the page it copies, whose text it shows."""
    page = page if page is not None else context.get("page")
    if not isinstance(page, Page):
        return ""
    if page.alias_of_id:
        page = page.alias_of
    return page.get_full_url(context.get("request")) or ""


@register.simple_tag(takes_context=True)
def show_fallback_notice(context, page=None):
    """True on a language's home page reached from the switcher because the
    previous page has no translation in this language."""
    request = context.get("request")
    page = page if page is not None else context.get("page")
    if request is None or not isinstance(page, Page) or FALLBACK_PARAMETER not in request.GET:
        return False
    site = Site.find_for_request(request)
    return site is not None and page.translation_key == site.root_page.translation_key
