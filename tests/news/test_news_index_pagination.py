"""The news index with nothing to list, and its forgiving pagination."""

import datetime

import pytest
from bs4 import BeautifulSoup

from news.models import NewsPage
from tests.hub_pages.factories import sdgs
from tests.news.factories import english_news
from tests.news.listing_helpers import titles

pytestmark = pytest.mark.django_db


def test_no_news_at_all_says_so(client, news_indexes):
    html = client.get(news_indexes["en"].url).content.decode()
    assert "No news has been published in this language yet." in html


@pytest.fixture
def many_news(news_indexes):
    for number in range(30):
        english_news(
            news_indexes["en"], f"item-{number:02d}", date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number)
        )
    return news_indexes["en"]


@pytest.mark.parametrize(
    ("page", "expected_number", "note"),
    [
        ("1", 1, False),
        ("3", 3, False),
        ("0", 1, True),
        ("-1", 1, True),
        ("abc", 1, True),
        ("999", 3, True),
        ("", 1, False),
    ],
)
def test_pagination_never_errors(client, many_news, page, expected_number, note):
    response = client.get(many_news.url, {"page": page})
    assert response.status_code == 200
    assert response.context["news_items"].number == expected_number
    assert len(titles(response)) == (6 if expected_number == 3 else 12)
    assert ("That page number does not exist" in response.content.decode()) is note


def test_pagination_links_keep_the_filters(client, many_news):
    for page in NewsPage.objects.filter(locale__language_code="en"):
        page.sdgs.set(sdgs(13))
        page.save_revision().publish()
    html = client.get(many_news.url, {"sdg": "13"}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?sdg=13&page=2"
