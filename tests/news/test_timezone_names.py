"""Event time zones are named by their city in the visitor's language
(CLDR data through Babel), never by the raw IANA name."""

import datetime

import pytest
from django.utils import translation

from news.timezones import zone_city, zone_label

WINTER = datetime.datetime(2026, 12, 3, 12, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2027, 7, 1, 12, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Rome time (UTC+01:00)"),
        ("es", "hora de Roma (UTC+01:00)"),
        ("fr", "heure de Rome (UTC+01:00)"),
    ],
)
def test_a_zone_is_named_by_its_city_in_each_language(language, expected):
    assert zone_label("Europe/Rome", WINTER, language) == expected


def test_the_active_language_is_used_when_none_is_given():
    with translation.override("es"):
        assert zone_label("America/Bogota", WINTER) == "hora de Bogotá (UTC-05:00)"


def test_french_elides_de_before_a_vowel():
    with translation.override("fr"):
        assert zone_label("Africa/Abidjan", WINTER) == "heure d’Abidjan (UTC+00:00)"
        assert zone_label("Europe/Oslo", WINTER) == "heure d’Oslo (UTC+01:00)"
        assert zone_label("Europe/Madrid", WINTER) == "heure de Madrid (UTC+01:00)"


def test_the_offset_follows_summer_time_and_half_hours():
    assert zone_label("Europe/Rome", SUMMER, "en") == "Rome time (UTC+02:00)"
    assert zone_label("Asia/Kolkata", WINTER, "en") == "Kolkata time (UTC+05:30)"


def test_the_city_name_is_translated_not_the_raw_zone_name():
    assert zone_city("America/Argentina/Buenos_Aires", "en") == "Buenos Aires"
    assert zone_city("Asia/Kolkata", "es") == "Calcuta"
    assert "/" not in zone_label("America/Argentina/Buenos_Aires", WINTER, "fr")
