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


class ZonedDateTimeField(serializers.Field):
    """An aware datetime in the page's own time zone (ISO 8601 with its
    offset), e.g. an event's start as the clock reads at the venue."""

    def __init__(self, attribute, zone_attribute="zone", **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)
        self.attribute, self.zone_attribute = attribute, zone_attribute

    def to_representation(self, page):
        value = getattr(page, self.attribute)
        return value.astimezone(getattr(page, self.zone_attribute)).isoformat() if value else None
