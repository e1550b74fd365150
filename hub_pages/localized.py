"""Resolve synchronised relations to the visitor's language.

wagtail-localize copies a HubPage's M2Ms as they are, so a Spanish HubPage
points at the English SDGs, themes, partners and HUBs. These helpers fetch
the right language version of a whole set in ONE query (never `.localized`
per item, which costs a query each)."""

from wagtail.models import Locale


def pick_locale(rows, locale):
    """From rows of several languages, keep one per translation key: the
    active language's if it exists, otherwise the first one found (its
    source), so an untranslated partner still shows. Keeps the rows' order."""
    chosen = {}
    for row in rows:
        current = chosen.get(row.translation_key)
        if current is None or (row.locale_id == locale.id and current.locale_id != locale.id):
            chosen[row.translation_key] = row
    order = {key: position for position, key in enumerate(dict.fromkeys(row.translation_key for row in rows))}
    return sorted(chosen.values(), key=lambda row: order[row.translation_key])


def in_active_locale(queryset, translation_keys, locale=None):
    locale = locale or Locale.get_active()
    return pick_locale(list(queryset.filter(translation_key__in=translation_keys)), locale)
