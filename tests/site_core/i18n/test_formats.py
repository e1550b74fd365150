"""Dates and numbers follow the visitor's language (Django's formats plus
site_core/formats)."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

DAY = datetime.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "24 de noviembre de 2026"), ("fr", "24 novembre 2026"), ("en", "November 24, 2026")],
)
def test_date_format(language, expected):
    with translation.override(language):
        assert formats.date_format(DAY, "DATE_FORMAT") == expected
        assert Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": DAY})) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "1234,5"), ("fr", "1234,5"), ("en", "1234.5")],
)
def test_decimal_separator(language, expected):
    with translation.override(language):
        assert Template("{{ value }}").render(Context({"value": 1234.5})) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "12\xa0345"), ("fr", "12\xa0345"), ("en", "12,345")],
)
def test_grouped_numbers(language, expected):
    with translation.override(language):
        assert Template('{{ value|floatformat:"g" }}').render(Context({"value": 12345})) == expected
