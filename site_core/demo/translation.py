"""Create demo pages and snippets through wagtail-localize, exactly as the
admin's "Translate" does, so every translation is linked and can be synced.

A spec is one dict per language with the same shape, e.g.
    {"en": {"title": "About", "slug": "about", "intro": "…", "body": [...]},
     "es": {...}, "fr": {...}}
Plain-text values are paired with their translation by position; rich-text
values are split the way wagtail-localize splits them. A translation may leave
out what is not text (block types, choices, numbers, dates): wagtail-localize
copies those from the source, and a text left out fails loudly."""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

RICH_TEXT_MARK = "<"


class UntranslatedDemoString(Exception):
    pass


def _string_pairs(source_value, target_value, pairs):
    if isinstance(source_value, dict):
        for key, value in source_value.items():
            if key in target_value:
                _string_pairs(value, target_value[key], pairs)
    elif isinstance(source_value, (list, tuple)):
        for source_item, target_item in zip(source_value, target_value, strict=True):
            _string_pairs(source_item, target_item, pairs)
    elif isinstance(source_value, str):
        if source_value.startswith(RICH_TEXT_MARK):
            _template, source_strings = extract_strings(source_value)
            _template, target_strings = extract_strings(target_value)
            for (source_string, _a), (target_string, _b) in zip(source_strings, target_strings, strict=True):
                pairs[source_string.data] = target_string.data
        else:
            pairs[StringValue.from_plaintext(source_value).data] = StringValue.from_plaintext(target_value).data


def _fill(translation, pairs):
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        if segment.string.data not in pairs:
            raise UntranslatedDemoString(
                f"{translation.source.get_source_instance()}: no {translation.target_locale} text for "
                f"{segment.context.path!r}: {segment.string.data!r}"
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": pairs[segment.string.data], "translation_type": "manual"},
        )


def translate(instance, spec, language_code):
    """Translate `instance` (written from spec["en"]) into one language."""
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    pairs = {}
    _string_pairs(spec[instance.locale.language_code], spec[language_code], pairs)
    # One transaction per object: translating a parent and its child in one
    # transaction corrupts the tree (wagtail-localize #773).
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        _fill(translation, pairs)
        is_page = isinstance(instance, Page)
        # Saved as a draft, then published here: wagtail-localize publishes on
        # commit, which never happens inside a test's transaction.
        translation.save_target(publish=False) if is_page else translation.save_target()
    target = instance.get_translation(locale)
    if is_page:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def page_in_all_languages(parents, model, spec, tags=(), **fields):
    """Create (once) a page under parents["en"] from spec["en"] plus `fields`
    and `tags`, publish it, and translate it into the other languages.

    The tags are part of the first publish: publishing the source again after
    translating it would leave every translation out of date."""
    source_parent = parents["en"]
    values = {**spec["en"], **fields}
    page = model.objects.child_of(source_parent).filter(slug=values["slug"]).first()
    if page is None:
        page = model(**values)
        source_parent.add_child(instance=page)
        if tags:
            page.tags.set(tags)
        page.save_revision().publish()
        page.refresh_from_db()
    pages = {"en": page}
    for language_code in spec:
        if language_code != "en":
            pages[language_code] = translate(page, spec, language_code)
    return pages


def snippet_in_all_languages(model, spec, lookup, **fields):
    """Create (once) a translatable snippet in English and translate it."""
    english = Locale.objects.get(language_code="en")
    snippet = model.objects.filter(locale=english, **lookup).first()
    if snippet is None:
        snippet = model.objects.create(locale=english, **{**spec["en"], **fields})
    snippets = {"en": snippet}
    for language_code in spec:
        if language_code != "en":
            snippets[language_code] = translate(snippet, spec, language_code)
    return snippets
