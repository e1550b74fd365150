"""The pages the production leg checks, made through the ORM and
wagtail-localize as an editor would in the admin: for each kind of privacy
(login, password, groups) an English page restricted before it is translated
(wagtail-localize copies the restriction to the translations) with a child
that inherits it; and one public page."""

from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction, Site

from site_core.demo.translation import page_in_all_languages
from site_core.models import StandardPage

LANGUAGES = ("en", "es", "fr")
KINDS = (PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS)
PASSWORD = "production-leg-password"
BOARD = "Production leg board"


def _spec(slug, words):
    """Every language's text is unique to this page and language, so a test
    can tell which page (and which version of it) it was served."""
    return {
        language: {"title": f"{words} ({language})", "slug": f"{slug}-{language}", "intro": f"{words}: {language} text"}
        for language in LANGUAGES
    }


def private_spec(kind):
    return _spec(f"leg-private-{kind}", f"Private {kind} minutes")


def child_spec(kind):
    return _spec(f"leg-private-{kind}-child", f"Private {kind} budget")


PUBLIC_SPEC = _spec("leg-public", "Public leg page")


def homes():
    english = Site.objects.get(is_default_site=True).root_page.specific
    return {language: english.get_translation(Locale.objects.get(language_code=language)) for language in LANGUAGES}


def build():
    """{"public": {lang: page}, (kind, "page"|"child"): {lang: page}}"""
    home_pages = homes()
    pages = {"public": page_in_all_languages(home_pages, StandardPage, PUBLIC_SPEC)}
    for kind in KINDS:
        english = page_in_all_languages({"en": home_pages["en"]}, StandardPage, {"en": private_spec(kind)["en"]})["en"]
        restriction = PageViewRestriction.objects.create(
            page=english, restriction_type=kind, password=PASSWORD if kind == PageViewRestriction.PASSWORD else ""
        )
        if kind == PageViewRestriction.GROUPS:
            restriction.groups.add(Group.objects.get_or_create(name=BOARD)[0])
        pages[kind, "page"] = page_in_all_languages(home_pages, StandardPage, private_spec(kind))
        pages[kind, "child"] = page_in_all_languages(pages[kind, "page"], StandardPage, child_spec(kind))
    return pages
