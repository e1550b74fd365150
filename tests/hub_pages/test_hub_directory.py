"""The HUB directory: GET filters in any combination, counts, empty state and
malformed values — never an error page."""

import pytest
from django.utils import translation

from tests.hub_pages.directory_helpers import listed

pytestmark = pytest.mark.django_db


def test_all_hubs_of_the_visitor_language_are_listed(client, directory):
    titles, html = listed(client, directory["es"])
    assert titles == ["[es] Bilbao", "[es] Bogota", "[es] Dakar", "[es] Xian"]
    assert "4 HUBs coinciden" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?sdg=6", ["Bogota", "Dakar"]),
        ("?sdg=11", ["Bilbao", "Dakar"]),
        ("?theme=water", ["Bogota", "Dakar"]),
        ("?region=africa", ["Dakar"]),
        ("?country=CO", ["Bogota"]),
        ("?status=completed", ["Xian"]),
        ("?sdg=6&theme=housing", ["Bogota"]),
        ("?sdg=11&theme=housing&region=europe&country=ES&status=active", ["Bilbao"]),
    ],
)
def test_filters_alone_and_combined(client, directory, query, expected):
    titles, _html = listed(client, directory["fr"], query)
    assert titles == [f"[fr] {title}" for title in expected]


def test_the_form_keeps_its_state_and_offers_a_way_back(client, directory):
    titles, html = listed(client, directory["en"], "?sdg=6&theme=water")
    assert titles == ["Bogota", "Dakar"]
    assert '<option value="6" selected>6. Clean Water and Sanitation</option>' in html
    assert '<option value="water" selected>Water</option>' in html
    assert "2 HUBs match" in html
    assert f'<a class="hub-filters__clear" href="{directory["en"].url}">Clear filters</a>' in html


def test_the_form_is_accessible(client, directory):
    _titles, html = listed(client, directory["en"])
    assert "<fieldset>" in html and '<legend id="hub-filters-legend">Find HUBs</legend>' in html
    for name in ("sdg", "theme", "region", "country", "status"):
        assert f'<label for="id_{name}">' in html
    # Countries offered are those of the listed HUBs, named in the visitor's language.
    _titles, spanish = listed(client, directory["es"])
    assert '<option value="SN">Senegal</option>' in spanish and '<option value="US">' not in spanish
    translation.activate("en")


def test_no_match_shows_a_helpful_message(client, directory):
    titles, html = listed(client, directory["en"], "?sdg=6&status=completed")
    assert titles == []
    assert "0 HUBs match" in html
    assert "No HUB matches all of these filters." in html
    assert "Clear filters and show every HUB" in html


@pytest.mark.parametrize(
    "query",
    ["?sdg=99", "?sdg=abc", "?theme=nope", "?region=mars", "?country=XX", "?status=paused", "?sdg=6.5"],
)
def test_malformed_filters_are_ignored_with_a_note(client, directory, query):
    titles, html = listed(client, directory["en"], query)
    assert len(titles) == 4
    assert "We did not recognise the value given for:" in html
    assert " selected>" not in html.replace('<option value="" selected>', "")


def test_a_bad_filter_does_not_cancel_the_good_ones(client, directory):
    titles, html = listed(client, directory["en"], "?sdg=6&region=mars")
    assert titles == ["Bogota", "Dakar"]
    assert "UCLG world region" in html.split("We did not recognise", 1)[1].split("</p>", 1)[0]
