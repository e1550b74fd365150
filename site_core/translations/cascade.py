"""Deleting or unpublishing a source page also deletes or unpublishes its
translations, and Wagtail's own confirmation pages say so ("It will also
delete 2 translations"): they list translations only when a
`construct_translated_pages_to_cascade_actions` hook returns them, and
wagtail-localize registers none."""

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


def is_translation_source(page):
    """The page translators translate from: wagtail-localize's source, or,
    without one, the default-language page. Deleting a translation never
    touches its source or the other translations."""
    sources = TranslationSource.objects.filter(object_id=page.translation_key)
    if sources.exists():
        return sources.filter(locale_id=page.locale_id).exists()
    return page.locale_id == Locale.get_default().pk


def translations_to_cascade(pages, action):
    if action not in ("delete", "unpublish"):
        # Moving stays per page: wagtail-localize's tree sync does not
        # survive moved translations (wagtail-localize #906).
        return None
    cascade = {}
    for page in pages:
        if not is_translation_source(page):
            continue
        translations = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            # Aliases follow their original by themselves.
            translations = translations.live().filter(alias_of__isnull=True)
        cascade[page] = translations
    return cascade
