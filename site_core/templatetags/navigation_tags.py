"""Header, menu and language switcher data for every public template."""

import operator
from functools import reduce

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from site_core.templatetags.i18n_tags import FALLBACK_PARAMETER

register = template.Library()


def _live_home(request, locale):
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    return home if home is not None and home.live else None


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The live home page in the active language (or None)."""
    return _live_home(context.get("request"), Locale.get_active())


@register.simple_tag(takes_context=True)
def main_menu_pages(context):
    """The active language's home children that editors flagged "show in
    menus" (docs/decisions.md, "Navigation"). The header and the footer both
    ask: the list is kept on the request, so it costs its queries once."""
    request = context.get("request")
    key = Locale.get_active().language_code
    cached = getattr(request, "_main_menu_pages", {}) if request is not None else {}
    if key not in cached:
        home = locale_home(context)
        cached[key] = [] if home is None else list(home.get_children().live().public().in_menu().specific(defer=True))
        if request is not None:
            request._main_menu_pages = cached
    return cached[key]


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """The main menu with, under each item, its own children flagged "show in
    menus" (e.g. About → FAQ, legal notice): [(page, [children])], in one
    query more than the main menu."""
    menu = main_menu_pages(context)
    if not menu:
        return []
    children = {page.path: [] for page in menu}
    steplen = Page.steplen
    grandchildren = (
        Page.objects.live()
        .public()
        .in_menu()
        .filter(reduce(operator.or_, (Q(path__startswith=path) for path in children)), depth=menu[0].depth + 1)
        .order_by("path")
    )
    for child in grandchildren:
        children[child.path[:-steplen]].append(child)
    return [(page, children[page.path]) for page in menu]


def _is_project_view(request, page):
    """A Django view under the language prefix (e.g. search): the same URL
    exists in every language, query string included. Wagtail pages have
    per-language slugs, so translate_url() cannot be used for them."""
    match = getattr(request, "resolver_match", None)
    return not isinstance(page, Page) and match is not None and match.url_name not in (None, "wagtail_serve")


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: the same page in that language when it is
    translated and live, otherwise that language's home (`is_fallback`)."""
    request = context.get("request")
    page = page if page is not None else context.get("page")
    active = translation.get_language()
    translations = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale = locales.get(code)
        if locale is None:
            continue
        if _is_project_view(request, page):
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": translate_url(request.get_full_path(), code),
                    "is_active": code == active,
                }
            )
            continue
        target, is_fallback = translations.get(code), False
        if target is None:
            target, is_fallback = _live_home(request, locale), True
        if target is None:
            continue
        url = target.get_url(request)
        if is_fallback:
            # The home shows a short "not translated" notice (i18n_tags).
            url = f"{url}?{FALLBACK_PARAMETER}"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_active": code == active,
                "is_fallback": is_fallback,
            }
        )
    return links
