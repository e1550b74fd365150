"""What a page is linked to, shown in the visitor's language.

wagtail-localize copies a translated page's many-to-many values as they
are, so a Spanish page points at the English SDGs, themes, partners and
HUBs. The versions in the visitor's language are found by translation key,
for a whole listing in one query (never `.localized` per item, which costs
a query each)."""

from django.db.models import QuerySet

from site_core.lookups import active_locale


def in_visitor_language(objects, candidates, locale=None, *, or_source=False):
    """`objects` (of any language) as the `candidates` of `locale` (default:
    the active language) that share their translation keys, in the
    candidates' order. A queryset of objects is read as a subquery, with no
    query of its own. `candidates` is a queryset, or a list already loaded
    (e.g. `SDG.in_every_language()`, which costs no query). `or_source`: an object without
    a version in `locale` is shown in another language (its source) instead
    of being left out."""
    if isinstance(objects, QuerySet) and isinstance(candidates, QuerySet):
        keys = objects.values("translation_key")
    else:
        keys = {obj.translation_key for obj in objects if obj is not None}
        if not keys:
            return []
    return _choose(_with_keys(candidates, keys), locale, or_source)


def each_in_visitor_language(items, relation, candidates, locale=None, *, or_source=False):
    """{item.pk: [its `relation` in the visitor's language]} for a listing,
    in one query for all the items. `relation` should be prefetched."""
    keys_by_item = {item.pk: {obj.translation_key for obj in getattr(item, relation).all()} for item in items}
    all_keys = set().union(*keys_by_item.values())
    chosen = _choose(_with_keys(candidates, all_keys), locale, or_source) if all_keys else []
    return {pk: [obj for obj in chosen if obj.translation_key in keys] for pk, keys in keys_by_item.items()}


def _with_keys(candidates, keys):
    if isinstance(candidates, QuerySet):
        return candidates.filter(translation_key__in=keys)
    return [candidate for candidate in candidates if candidate.translation_key in keys]


def _choose(candidates, locale, or_source):
    locale = locale or active_locale()
    if not or_source:
        if isinstance(candidates, QuerySet):
            return list(candidates.filter(locale=locale))
        return [candidate for candidate in candidates if candidate.locale_id == locale.pk]
    rows = list(candidates)
    chosen = {}
    for row in rows:
        if row.translation_key not in chosen or row.locale_id == locale.id:
            chosen[row.translation_key] = row
    return [row for row in rows if chosen[row.translation_key] is row]
