"""The pages the production leg checks, made through the ORM and
wagtail-localize as an editor would in the admin: for each kind of privacy
(login, password, groups) an English page restricted before it is translated
(wagtail-localize copies the restriction to the translations) with a child
that inherits it; and one public page."""

from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue

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


def public_page(slug, words, parents=None):
    """A new public page in every language, for a test that changes it."""
    return page_in_all_languages(parents or homes(), StandardPage, _spec(slug, words))


def retranslate(english_page, language, intro):
    """As a translator does in wagtail-localize's editor: a new translation of
    the English page's intro, then "Publish"."""
    locale = Locale.objects.get(language_code=language)
    translation = Translation.objects.get(source__object_id=english_page.translation_key, target_locale=locale)
    segment = StringSegment.objects.get(
        source=translation.source, string__data=StringValue.from_plaintext(english_page.intro).data
    )
    StringTranslation.objects.filter(translation_of=segment.string, locale=locale, context=segment.context).update(
        data=StringValue.from_plaintext(intro).data
    )
    translation.save_target(publish=True)
