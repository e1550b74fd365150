"""Serializer fields that page models name in their `api_fields`
(site_core/api.py serves them): relations as codes every language shares."""

from rest_framework import serializers


class SdgNumbersField(serializers.Field):
    """A page's SDGs as goal numbers (1–17), the same in every language."""

    def to_representation(self, manager):
        return sorted({goal.number for goal in manager.all()})


class SlugsField(serializers.Field):
    """Themes as their slugs, the same in every language."""

    def to_representation(self, manager):
        return sorted({item.slug for item in manager.all()})


class TranslationKeysField(serializers.Field):
    """Related pages (HUBs) as translation keys: the same for every language
    version, so `?type=hub_pages.HubPage&translation_key=…&locale=fr` finds
    the one in a reader's language."""

    def to_representation(self, manager):
        return sorted(str(page.translation_key) for page in manager.all())


class TextField(serializers.Field):
    """A value as its plain string (a country as its ISO 3166 code)."""

    def to_representation(self, value):
        return str(value) if value else None
