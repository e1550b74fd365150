"""The IANA time zones an event may be held in, and how visitors read them."""

import unicodedata
import zoneinfo
from functools import lru_cache

from babel import Locale as BabelLocale
from babel.dates import get_timezone_location
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@lru_cache(maxsize=1)
def timezone_names():
    # Only canonical "Area/Location" names: no "Etc/…", legacy aliases or
    # file-system paths, which zoneinfo would otherwise also accept.
    return sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    )


def timezone_choices():
    return [(name, name.replace("_", " ")) for name in timezone_names()]


def validate_timezone_name(value):
    if value not in set(timezone_names()):
        raise ValidationError(
            _("“%(value)s” is not a time zone name: choose one such as Europe/Rome or America/Bogota."),
            code="invalid_timezone",
            params={"value": value},
        )


# French elides "de" before a vowel or a mute h ("heure d’Abidjan"), so
# translators get two patterns; the city decides which one applies.
_CITY_TIME = pgettext_lazy("time zone named by its main city, e.g. Rome time", "%(city)s time")
_VOWEL_CITY_TIME = pgettext_lazy(
    "time zone named by its main city when the city's name begins with a vowel or a mute h, e.g. Abidjan time",
    "%(city)s time",
)
_VOWEL_SOUNDS = frozenset("aeiouh")


def zone_city(name, language=None):
    """The zone's main city in the visitor's language, from CLDR
    ("Europe/Rome" → Rome, Roma; "America/Bogota" → Bogotá)."""
    return get_timezone_location(name, locale=_babel_locale(language), return_city=True)


def zone_label(name, moment, language=None):
    """e.g. "Rome time (UTC+01:00)", "hora de Roma (UTC+01:00)", "heure de
    Rome (UTC+01:00)": the zone named in the visitor's language, with its
    offset at `moment` (so summer time shows)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    city = zone_city(name, language)
    first = unicodedata.normalize("NFD", city[:1]).lower()[:1]
    with translation.override(language):
        city_time = (_VOWEL_CITY_TIME if first in _VOWEL_SOUNDS else _CITY_TIME) % {"city": city}
    offset = timezone.localtime(moment, zoneinfo.ZoneInfo(name)).strftime("%z")
    return f"{city_time} (UTC{offset[:3]}:{offset[3:]})"


def _babel_locale(language):
    return BabelLocale.parse(translation.to_locale(language or translation.get_language() or settings.LANGUAGE_CODE))
