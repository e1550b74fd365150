"""Per object and per language: is the translation up to date, out of date,
in progress or missing? (The communications team's translation report.)

The rules, for each translation of a source object into a language:

* **missing**: there is no page/snippet in that language, or only an alias
  (an alias shows the source language's text).
* **out of date**: the source changed after its translation was last synced.
  wagtail-localize keeps a snapshot of the source (TranslationSource, with
  `last_updated_at`) and logs each time a translation is written from it
  (TranslationLog). A translation is out of date when
    - the source was published (pages), revised (snippets with revisions) or
      edited (other snippets: its fields differ from the snapshot, the test
      wagtail-localize itself uses) after the snapshot was taken, or
    - the snapshot was refreshed after the translation's latest log entry
      (someone synced another language but not this one).
  Any publish of the source counts, even without a text change: a publish
  can also change synchronised fields (dates, images), and a "Sync" with
  nothing new simply brings the translation back up to date.
* **in progress**: synced with the latest snapshot, but some segments are
  still untranslated (they show the source text), or the translated page is
  a draft or has unpublished changes.
* **up to date**: otherwise.

Translations made outside wagtail-localize's sync (or whose sync was
stopped) have no snapshot: they are out of date when the source was
published/revised after the translation, missing/in progress as above."""

import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, Max, OuterRef, Q
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

UP_TO_DATE = "up_to_date"
IN_PROGRESS = "in_progress"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
STATES = (UP_TO_DATE, IN_PROGRESS, OUT_OF_DATE, MISSING)


@dataclass
class Cell:
    state: str
    target: object = None
    translation: Translation = None
    progress: tuple = None


@dataclass
class Row:
    source: object
    source_locale: Locale
    translation_source: TranslationSource = None
    cells: dict = field(default_factory=dict)

    @property
    def is_page(self):
        return isinstance(self.source, Page)

    @property
    def kind(self):
        model = self.source.specific_class if self.is_page else type(self.source)
        return model._meta.verbose_name if model else ""


def _changed_at(obj):
    """When the visible content of `obj` last changed, if we can tell."""
    if isinstance(obj, Page):
        return obj.last_published_at or obj.latest_revision_created_at
    if isinstance(obj, RevisionMixin) and obj.latest_revision_id:
        return obj.latest_revision.created_at
    return None


def _differs_from_snapshot(obj, translation_source):
    # The same comparison as TranslationSource.update_or_create_from_instance.
    if isinstance(obj, ClusterableModel):
        current = obj.to_json()
    else:
        current = json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(translation_source.content_json)


def source_changed_since_snapshot(obj, translation_source):
    changed_at = _changed_at(obj)
    if changed_at is not None:
        return changed_at > translation_source.last_updated_at
    return _differs_from_snapshot(obj, translation_source)


def _is_unfinished_target(target):
    if isinstance(target, DraftStateMixin):
        return not target.live or target.has_unpublished_changes
    return False


def _synced_cell(source_obj, translation_source, translation, target, last_synced_at, progress):
    if (
        last_synced_at is None
        or last_synced_at < translation_source.last_updated_at
        or source_changed_since_snapshot(source_obj, translation_source)
    ):
        return Cell(OUT_OF_DATE, target, translation)
    if progress[1] < progress[0] or _is_unfinished_target(target):
        return Cell(IN_PROGRESS, target, translation, progress)
    return Cell(UP_TO_DATE, target, translation, progress)


def _manual_cell(source_obj, target, translation):
    source_changed, target_changed = _changed_at(source_obj), _changed_at(target)
    if source_changed and target_changed and source_changed > target_changed:
        return Cell(OUT_OF_DATE, target, translation)
    if _is_unfinished_target(target):
        return Cell(IN_PROGRESS, target, translation)
    return Cell(UP_TO_DATE, target, translation)


def default_locale(locales):
    """The default Locale among `locales` (what `Locale.get_default()` finds,
    without a query)."""
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return next(locale for locale in locales if locale.language_code == code)


def _pick_source(members, sources, default_locale_id):
    """The translation source of a set of translations: wagtail-localize's
    snapshot (preferring the default language), else the default-language
    object, else the oldest."""
    by_locale = {obj.locale_id: obj for obj in members}
    for translation_source in sorted(sources, key=lambda s: (s.locale_id != default_locale_id, s.created_at)):
        if translation_source.locale_id in by_locale:
            return by_locale[translation_source.locale_id], translation_source
    if default_locale_id in by_locale:
        return by_locale[default_locale_id], None
    return min(members, key=lambda obj: obj.pk), None


def _progress(source_ids, locale_ids):
    """{(source id, locale id): (segments, translated segments)}: what
    `Translation.get_progress()` tells of one translation, for all of them in
    one query per language, however many objects there are."""
    progress = {}
    for locale_id in locale_ids:
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
        counts = (
            StringSegment.objects.filter(source_id__in=source_ids)
            .annotate(is_translated=Exists(translated))
            .values("source_id")
            .annotate(total=Count("pk"), done=Count("pk", filter=Q(is_translated=True)))
        )
        for entry in counts:
            progress[(entry["source_id"], locale_id)] = (entry["total"], entry["done"])
    return progress


def build_rows(objects, locales):
    """One Row per translation_key among `objects` (pages or one snippet model)."""
    groups = defaultdict(list)
    for obj in objects:
        groups[obj.translation_key].append(obj)
    sources = defaultdict(list)
    for translation_source in TranslationSource.objects.filter(object_id__in=groups.keys()):
        sources[translation_source.object_id].append(translation_source)
    source_ids = [s.pk for group in sources.values() for s in group]
    translations = {(t.source_id, t.target_locale_id): t for t in Translation.objects.filter(source_id__in=source_ids)}
    last_logs = {
        (entry["source_id"], entry["locale_id"]): entry["last"]
        for entry in TranslationLog.objects.filter(source_id__in=source_ids)
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    progress = _progress(source_ids, {locale_id for _source_id, locale_id in translations})
    default_locale_id = default_locale(locales).pk
    rows = []
    for key, members in groups.items():
        source_obj, translation_source = _pick_source(members, sources[key], default_locale_id)
        row = Row(source_obj, source_obj.locale, translation_source)
        by_locale = {obj.locale_id: obj for obj in members}
        for locale in locales:
            if locale.pk == source_obj.locale_id:
                continue
            target = by_locale.get(locale.pk)
            translation = translations.get((translation_source.pk, locale.pk)) if translation_source else None
            if target is None or getattr(target, "alias_of_id", None):
                row.cells[locale.language_code] = Cell(MISSING, target, translation)
            elif translation is not None and translation.enabled:
                row.cells[locale.language_code] = _synced_cell(
                    source_obj,
                    translation_source,
                    translation,
                    target,
                    last_logs.get((translation_source.pk, locale.pk)),
                    progress.get((translation_source.pk, locale.pk), (0, 0)),
                )
            else:
                row.cells[locale.language_code] = _manual_cell(source_obj, target, translation)
        rows.append(row)
    return rows


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def page_rows(locales):
    pages = Page.objects.filter(depth__gt=1).select_related("locale", "content_type").order_by("path")
    return build_rows(pages, locales)


def snippet_rows(locales):
    rows = []
    for model in translatable_snippet_models():
        objects = model.objects.select_related("locale").order_by("pk")
        rows.extend(build_rows(objects, locales))
    return rows


def counts_per_locale(rows, locales):
    """{language_code: {state: n}} over every row's cells."""
    counts = {locale.language_code: dict.fromkeys(STATES, 0) for locale in locales}
    for row in rows:
        for language_code, cell in row.cells.items():
            counts[language_code][cell.state] += 1
    return counts
