import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def html_lang(response):
    return BeautifulSoup(response.content, "html.parser").html["lang"]


@pytest.mark.parametrize(
    ("url", "lang"),
    [
        ("/en/", "en"),
        ("/es/", "es"),
        ("/fr/", "fr"),
        ("/en/about/", "en"),
        ("/es/acerca-de/", "es"),
        ("/fr/a-propos/", "fr"),
    ],
)
def test_home_and_about_answer_in_their_language(client, about_pages, url, lang):
    response = client.get(url)
    assert response.status_code == 200
    assert html_lang(response) == lang


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("es-ES,es;q=0.9", "/es/"),
        ("fr-CA,fr;q=0.8,en;q=0.5", "/fr/"),
        ("en-GB", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, homes, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_unknown_page_gets_a_branded_404_in_the_visitors_language(client, homes):
    response = client.get("/fr/page-inexistante/")
    assert response.status_code == 404
    assert html_lang(response) == "fr"
    assert "Local4Action" in response.content.decode()


def test_english_content_is_never_served_under_another_prefix(client, about_pages):
    response = client.get("/fr/about/")
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert response["Location"] == "/en/about/"
