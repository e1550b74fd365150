"""The IANA time zones an event may be held in."""

import zoneinfo
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


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
