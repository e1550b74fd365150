"""Resolve synchronised relations to the visitor's language, in bulk.

wagtail-localize copies ParentalManyToMany values as they are, so a
translated page's related HUBs and SDGs are the *source-language* objects.
These helpers map them to the active locale with one query per relation for
any number of pages (never `.localized` per item)."""

from django.apps import apps
from wagtail.models import Locale

from site_core.models import SDG


def localized_sdgs(pages, locale=None):
    """{page.pk: [SDG in the active locale, by number]}. Expects `sdgs`
    prefetched when given several pages."""
    by_number = SDG.by_number(locale)
    return {page.pk: SDG.in_language(page.sdgs.all(), by_number) for page in pages}


def localized_hubs(pages, relation, locale=None):
    """{page.pk: [live HubPage in the active locale]} for `relation`
    ("related_hubs"), matching the related HUBs' translation keys."""
    locale = locale or Locale.get_active()
    hub_model = apps.get_model("hub_pages", "HubPage")
    keys_by_page = {page.pk: [hub.translation_key for hub in getattr(page, relation).all()] for page in pages}
    all_keys = {key for keys in keys_by_page.values() for key in keys}
    if not all_keys:
        return {pk: [] for pk in keys_by_page}
    hubs = (
        hub_model.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=all_keys)
        .only("id", "title", "url_path", "path", "depth", "translation_key", "locale_id")
    )
    by_key = {hub.translation_key: hub for hub in hubs}
    return {
        pk: sorted((by_key[key] for key in keys if key in by_key), key=lambda hub: hub.title)
        for pk, keys in keys_by_page.items()
    }
