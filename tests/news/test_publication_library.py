"""The publication library: filters alone and combined, values it cannot
use ignored with a note, forgiving pagination, and a fixed number of
queries however many publications are listed."""

import datetime

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from news.models import PublicationIndexPage
from news.publication_listing import publication_listing
from tests.hub_pages.factories import build_theme, english_hub, sdgs
from tests.news.publication_factories import english_publication

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(libraries, hub_indexes):
    """Four English publications that differ in one respect each."""
    library = libraries["en"]
    bilbao, xian = english_hub(hub_indexes["en"], "bilbao"), english_hub(hub_indexes["en"], "xian")
    culture = build_theme("culture", "Culture")["en"]
    youth = build_theme("youth", "Youth")["en"]
    pages = {
        "report-2023": english_publication(
            library,
            "report-2023",
            date=datetime.date(2023, 3, 1),
            related_hubs=[bilbao],
            sdgs=sdgs(11),
            themes=[culture],
            files=("en", "fr"),
        ),
        "brief-2024": english_publication(
            library,
            "brief-2024",
            publication_type="policy_brief",
            date=datetime.date(2024, 6, 1),
            related_hubs=[bilbao, xian],
            sdgs=sdgs(4, 11),
            themes=[youth],
            files=("en", "es"),
        ),
        "toolkit-2024": english_publication(
            library,
            "toolkit-2024",
            publication_type="toolkit",
            date=datetime.date(2024, 9, 1),
            related_hubs=[xian],
            sdgs=sdgs(4),
            themes=[culture, youth],
            files=("fr",),
        ),
        "report-2024": english_publication(
            library,
            "report-2024",
            date=datetime.date(2024, 11, 1),
            sdgs=sdgs(17),
            files=("en", "es", "fr"),
        ),
    }
    return {"library": library, "pages": pages, "bilbao": bilbao, "xian": xian}


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [page.slug for page in response.context["publications"].object_list], response


def test_newest_first_without_filters(client, catalogue):
    slugs, response = listed(client, catalogue["library"].url)
    assert slugs == ["report-2024", "toolkit-2024", "brief-2024", "report-2023"]
    assert "4 publications" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=report", ["report-2024", "report-2023"]),
        ("type=toolkit", ["toolkit-2024"]),
        ("sdg=4", ["toolkit-2024", "brief-2024"]),
        ("theme=culture", ["toolkit-2024", "report-2023"]),
        ("year=2023", ["report-2023"]),
        ("year=2024", ["report-2024", "toolkit-2024", "brief-2024"]),
        ("language=fr", ["report-2024", "toolkit-2024", "report-2023"]),
        ("language=es", ["report-2024", "brief-2024"]),
    ],
)
def test_each_filter_alone(client, catalogue, query, expected):
    slugs, _response = listed(client, f"{catalogue['library'].url}?{query}")
    assert slugs == expected


def test_the_hub_filter(client, catalogue):
    slugs, _response = listed(client, f"{catalogue['library'].url}?hub={catalogue['bilbao'].pk}")
    assert slugs == ["brief-2024", "report-2023"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=report&year=2024", ["report-2024"]),
        ("sdg=11&language=es", ["brief-2024"]),
        ("theme=youth&language=fr", ["toolkit-2024"]),
        ("type=policy_brief&theme=culture", []),
    ],
)
def test_filters_combined(client, catalogue, query, expected):
    slugs, response = listed(client, f"{catalogue['library'].url}?{query}")
    assert slugs == expected
    if not expected:
        html = response.content.decode()
        assert "No publication matches these filters." in html
        assert f'href="{catalogue["library"].url}"' in html


def test_hub_and_language_combined(client, catalogue):
    url = f"{catalogue['library'].url}?hub={catalogue['xian'].pk}&language=en"
    slugs, _response = listed(client, url)
    assert slugs == ["brief-2024"]


@pytest.mark.parametrize("query", ["type=novel", "sdg=99", "theme=nothing", "year=1990", "language=de", "hub=abc"])
def test_a_value_it_cannot_use_is_ignored_with_a_note(client, catalogue, query):
    slugs, response = listed(client, f"{catalogue['library'].url}?{query}")
    assert len(slugs) == 4
    assert response.context["filters"].ignored == [query.split("=")[0]]
    assert "A filter value was not recognised and was ignored." in response.content.decode()


def test_the_filter_form_keeps_the_choices(client, catalogue):
    _slugs, response = listed(client, f"{catalogue['library'].url}?type=report&year=2024&language=fr")
    html = response.content.decode()
    assert '<option value="report" selected>' in html
    assert '<option value="2024" selected>' in html
    assert '<option value="fr" lang="fr" selected>' in html
    assert '<option value="2023">' in html


def test_cards_say_which_languages_the_files_are_in(client, catalogue):
    _slugs, response = listed(client, f"{catalogue['library'].url}?year=2023")
    html = response.content.decode()
    assert '<span lang="en">English</span>, <span lang="fr">Français</span>' in html


def test_pagination_forgives_bad_page_numbers(client, libraries, monkeypatch):
    library = libraries["en"]
    monkeypatch.setattr(PublicationIndexPage, "publications_per_page", 2)
    for number in range(5):
        english_publication(library, f"item-{number}", date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number))
    slugs, response = listed(client, f"{library.url}?type=report&page=99")
    assert slugs == ["item-0"]
    html = response.content.decode()
    assert "There is no page 99: the last page (3) is shown." in html
    assert 'href="?type=report&amp;page=2"' in html  # the filter is kept
    slugs, response = listed(client, f"{library.url}?page=abc")
    assert slugs == ["item-4", "item-3"]
    assert "“abc” is not a page number, so the first page is shown." in response.content.decode()


def count_queries(client, url):
    client.get(url)  # renditions are created on first view
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_publications(library, hubs, themes, start, stop):
    for number in range(start, stop):
        image = get_image_model().objects.create(title=f"Cover {number}", file=get_test_image_file())
        english_publication(
            library,
            f"item-{number:02d}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=30 * number),
            hero_image=image,
            hero_image_alt="A test cover.",
            related_hubs=hubs[number % 2 :],
            sdgs=sdgs(number % 17 + 1, 17),
            themes=themes,
            files=("en", "es", "fr")[: number % 3 + 1],
        )


def listing_queries(library, query=""):
    """The library's own queries: the listing and its cards rendered (the
    site's header and footer, the same on every page, left out)."""
    request = RequestFactory().get(library.url + query)
    Site.find_for_request(request)  # once per request, for the whole site
    with CaptureQueriesContext(connection) as captured:
        context = publication_listing(library, request)
        for item in context["publications"].object_list:
            render_to_string("components/news/publication_card.html", {"item": item, "request": request})
    return len(captured)


def test_library_queries_do_not_grow_with_items(client, libraries, hub_indexes, django_capture_on_commit_callbacks):
    library = libraries["en"]
    hubs = [english_hub(hub_indexes["en"], "bilbao"), english_hub(hub_indexes["en"], "xian")]
    themes = [build_theme("culture", "Culture")["en"]]
    add_publications(library, hubs, themes, 0, 3)
    page_with_three = count_queries(client, library.url)
    listing_with_three = listing_queries(library)
    with django_capture_on_commit_callbacks(execute=True):  # the publishes renew the kept count
        add_publications(library, hubs, themes, 3, 12)
    page_with_twelve = count_queries(client, library.url + "?page=1")
    listing_with_twelve = listing_queries(library)
    assert page_with_twelve == page_with_three, (page_with_three, page_with_twelve)
    assert listing_with_twelve == listing_with_three <= 15, (listing_with_three, listing_with_twelve)
    filters = f"?sdg=17&theme=culture&hub={hubs[1].pk}&language=en&year=2020"
    assert listing_queries(library, filters) <= 15
    assert count_queries(client, library.url + filters) <= page_with_three
