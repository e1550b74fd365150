"""The HUB directory: GET filters in any combination, counts, empty state,
malformed values and pagination edges — never an error page."""

import pytest
from django.utils import translation

from hub_pages.models import HubIndexPage
from tests.hub_pages.factories import build_hub, build_theme, english_hub, sdgs

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(hub_indexes):
    """Four HUBs in three languages."""
    water = build_theme("water", "Water")
    housing = build_theme("housing", "Housing")
    build_hub(hub_indexes, "bilbao", "Bilbao", sdgs=sdgs(11, 16), themes=[housing["en"]], country="ES")
    build_hub(hub_indexes, "dakar", "Dakar", sdgs=sdgs(6, 11), themes=[water["en"]], country="SN", region="africa")
    build_hub(
        hub_indexes,
        "bogota",
        "Bogota",
        sdgs=sdgs(6),
        themes=[water["en"], housing["en"]],
        country="CO",
        region="latin-america",
        status="proposed",
    )
    build_hub(hub_indexes, "xian", "Xian", sdgs=sdgs(4), country="CN", region="asia-pacific", status="completed")
    return hub_indexes


def listed(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    titles = [part.split(">", 1)[1].split("<", 1)[0] for part in html.split('class="hub-card__title"><a href="')[1:]]
    return titles, html


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


def test_hubs_of_other_languages_never_appear(client, hub_indexes):
    build_hub(hub_indexes, "english-only", "English only", languages=("en",))
    assert listed(client, hub_indexes["en"])[0] == ["English only"]
    titles, html = listed(client, hub_indexes["es"])
    assert titles == []
    assert "Todavía no se ha publicado ningún HUB en este idioma." in html
    translation.activate("en")


@pytest.fixture
def thirteen_hubs(hub_indexes):
    index = hub_indexes["en"]
    for number in range(13):
        english_hub(index, f"hub-{number:02d}", sdgs=sdgs(6) if number % 2 else [])
    return index


def test_pagination_pages_and_links_keep_the_filters(client, thirteen_hubs):
    assert HubIndexPage.hubs_per_page == 12
    titles, html = listed(client, thirteen_hubs)
    assert len(titles) == 12 and 'rel="next" href="?page=2"' in html
    titles, html = listed(client, thirteen_hubs, "?page=2")
    assert titles == ["Hub-12"] and '<span aria-current="page">2</span>' in html
    titles, html = listed(client, thirteen_hubs, "?sdg=6")
    assert len(titles) == 6 and 'class="pagination"' not in html


def test_filtered_pagination_links_carry_the_filters(client, hub_indexes):
    for number in range(14):
        english_hub(hub_indexes["en"], f"water-{number:02d}", sdgs=sdgs(6), status="active")
    _titles, html = listed(client, hub_indexes["en"], "?sdg=6&status=active")
    assert 'href="?sdg=6&amp;status=active&amp;page=2"' in html


@pytest.mark.parametrize(
    ("page", "expected_count", "note"),
    [
        ("abc", 12, "“abc” is not a page number, so the first page is shown."),
        ("0", 12, "Pages start at 1, so the first page is shown."),
        ("-3", 12, "Pages start at 1, so the first page is shown."),
        ("99", 1, "There is no page 99: the last page (2) is shown."),
        ("99999999999999999999", 1, "There is no page 99999999999999999999: the last page (2) is shown."),
        ("", 12, None),
    ],
)
def test_out_of_range_and_malformed_page_numbers_are_clamped(client, thirteen_hubs, page, expected_count, note):
    titles, html = listed(client, thirteen_hubs, f"?page={page}")
    assert len(titles) == expected_count
    if note:
        assert note in html
    else:
        assert 'role="status"' not in html


def test_an_empty_directory_paginates_without_error(client, hub_indexes):
    titles, html = listed(client, hub_indexes["en"], "?page=5")
    assert titles == [] and "0 HUBs match" in html
