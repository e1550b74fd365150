"""Every listing says so when it shows another page than the one asked for:
the event index (each list on its own) and the search results, like the
HUB directory and the news index."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def section_notice(response, heading_id):
    section = BeautifulSoup(response.content, "html.parser").find(attrs={"aria-labelledby": heading_id})
    notice = section.select_one('.notice[role="status"]')
    return notice.get_text(" ", strip=True) if notice else None


def test_each_event_list_notes_its_own_page_number(client, event_indexes):
    response = client.get(event_indexes["en"].url, {"page": "abc", "past": "-2"})
    assert response.status_code == 200
    assert section_notice(response, "upcoming-heading") == (
        "That page number does not exist. “abc” is not a page number, so the first page is shown."
    )
    assert section_notice(response, "past-heading") == (
        "That page number does not exist. Pages start at 1, so the first page is shown."
    )
    plain = client.get(event_indexes["en"].url)
    assert section_notice(plain, "upcoming-heading") is None and section_notice(plain, "past-heading") is None


def test_the_event_notes_are_in_the_visitors_language(client, event_indexes):
    response = client.get(event_indexes["fr"].url, {"past": "9"})
    assert section_notice(response, "past-heading") == (
        "Ce numéro de page n'existe pas. Il n'y a pas de page 9 : la dernière page (1) est affichée."
    )


def test_search_notes_a_page_number_past_the_end(client, homes):
    html = client.get("/es/search/", {"q": "agua", "page": "3"}).content.decode()
    notice = BeautifulSoup(html, "html.parser").select_one('.notice[role="status"]')
    assert notice.get_text(" ", strip=True) == (
        "Ese número de página no existe. No existe la página 3: se muestra la última (1)."
    )
