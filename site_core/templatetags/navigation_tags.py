"""Header, menu and language switcher data for every public template."""

import operator
from functools import reduce

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from site_core import lookups
from site_core.models import FooterText, SiteSettings
from site_core.templatetags.i18n_tags import FALLBACK_PARAMETER

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The live home page in the active language (or None)."""
    return lookups.locale_home(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu_pages(context):
    """The active language's home children that editors flagged "show in
    menus" (docs/decisions.md, "Navigation"), kept until the next publish.
    Specific with every field: the header asks the call for proposals
    whether it is open, and a deferred date would cost a query per field on
    every page."""
    home = locale_home(context)
    if home is None:
        return []

    def compute():
        return list(lookups.public(home.get_children().live().in_menu()).specific())

    return lookups.until_next_publish("main-menu", compute, home.pk)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu's pages, the one the current page is in (or None) and
    what the header's kept fragment is keyed by: that item and the calls for
    proposals open today (`is_open` follows the calendar, not a publish)."""
    pages = main_menu_pages(context)
    page = context.get("page")
    path = page.path if isinstance(page, Page) else None
    current = next((item for item in pages if path and path.startswith(item.path)), None)
    open_items = [str(item.pk) for item in pages if getattr(item, "is_open", False)]
    key = f"current-{current.pk if current else 0}-open-{'.'.join(open_items)}"
    return {"pages": pages, "current": current, "key": key}


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """The main menu with, under each item, its own children flagged "show in
    menus" (e.g. About → FAQ, legal notice): [(page, [children])], kept until
    the next publish."""
    menu = main_menu_pages(context)
    if not menu:
        return []

    def compute():
        children = {page.path: [] for page in menu}
        grandchildren = (
            lookups.public(Page.objects.live().in_menu())
            .filter(reduce(operator.or_, (Q(path__startswith=path) for path in children)), depth=menu[0].depth + 1)
            .order_by("path")
        )
        for child in grandchildren:
            children[child.path[: -Page.steplen]].append(child)
        return [(page, children[page.path]) for page in menu]

    # Keyed by the home's tree path: the parent of every item.
    return lookups.until_next_publish("footer-menu", compute, menu[0].path[: -Page.steplen])


@register.simple_tag(takes_context=True)
def site_footer(context):
    """(site settings, footer text in the active language or None)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None, None
    code = lookups.active_locale().language_code

    def compute():
        site_settings = SiteSettings.for_site(site)
        footer = None
        if site_settings.footer_text_id:
            versions = FooterText.objects.filter(
                translation_key__in=FooterText.objects.filter(pk=site_settings.footer_text_id).values("translation_key")
            ).select_related("locale")
            by_language = {version.locale.language_code: version for version in versions}
            # Untranslated: the chosen original, as `.localized` gives it.
            chosen = next((version for version in versions if version.pk == site_settings.footer_text_id), None)
            footer = by_language.get(code, chosen)
        return site_settings, footer

    return lookups.until_next_publish("footer", compute, site.pk, code)


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
        translations = {p.locale.language_code: p for p in lookups.live_translations(page)}
    locales = lookups.locales()
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
            target, is_fallback = lookups.locale_home(request, code), True
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
