"""The content languages' Locale rows, created for every install."""

from django.conf import settings


def ensure_locales(locale_model):
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale_model.objects.get_or_create(language_code=code)


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
