"""Machine translation for translators, read from the environment.

    MACHINE_TRANSLATION_BACKEND   "" (none: no button), "deepl" or "libretranslate"
    DEEPL_AUTH_KEY                DeepL API key (a key ending in ":fx" uses the free API)
    DEEPL_FORMALITY               prefer_more (default), prefer_less or default
    LIBRETRANSLATE_URL            e.g. https://translate.example.org (no trailing /translate)
    LIBRETRANSLATE_API_KEY        the instance's key, empty when it needs none

No Django imports: settings/base.py calls this while settings load."""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = ("deepl", "libretranslate")


def _required(environ, name, backend):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATION_BACKEND={backend} needs {name} to be set.")
    return value


def machine_translator_from_environment(environ):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting, or None."""
    backend = environ.get("MACHINE_TRANSLATION_BACKEND", "").strip().lower()
    if not backend:
        return None
    if backend == "deepl":
        return {
            "CLASS": "site_core.machine_translation.DeepLBritishEnglishTranslator",
            "OPTIONS": {
                "AUTH_KEY": _required(environ, "DEEPL_AUTH_KEY", backend),
                "FORMALITY": environ.get("DEEPL_FORMALITY", "prefer_more").strip() or "prefer_more",
            },
        }
    if backend == "libretranslate":
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": _required(environ, "LIBRETRANSLATE_URL", backend).rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
            },
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATION_BACKEND={backend!r} is not supported: use one of {', '.join(BACKENDS)} or leave it empty."
    )
