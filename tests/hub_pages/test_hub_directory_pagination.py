"""The HUB directory's pages: links that keep the filters, page numbers out
of range or malformed, an empty directory, and HUBs of other languages."""

import pytest
from django.utils import translation

from hub_pages.models import HubIndexPage
from tests.hub_pages.directory_helpers import listed
from tests.hub_pages.factories import build_hub, english_hub, sdgs

pytestmark = pytest.mark.django_db


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
