"""A publication's page: the visitor's language file when it exists, the
languages it exists in otherwise, and the publication's facts."""

import re

import pytest
from django.utils import translation

from news.publication_files import join_with_and
from tests.hub_pages.factories import build_hub, build_theme, sdgs
from tests.news.publication_factories import build_publication

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def download_button(html):
    return re.search(r'<a class="button[^"]*publication-files__download"[^>]*>', html)


def test_a_visitor_gets_the_file_in_their_language(client, libraries):
    pages = build_publication(libraries, "annual-report", files=("en", "es", "fr"))
    for code, page in pages.items():
        html = html_of(client, page)
        button = download_button(html)
        assert button is not None, code
        document = page.files.get(language=code).document
        assert f'href="{document.url}"' in button.group(0)
        assert f'hreflang="{code}"' in button.group(0)
        assert 'type="application/pdf"' in button.group(0)
        assert "(PDF," in html


def test_a_spanish_visitor_is_told_which_languages_exist(client, libraries):
    pages = build_publication(libraries, "policy-brief", files=("en", "fr"))
    html = html_of(client, pages["es"])
    assert download_button(html) is None
    assert "Esta publicación no está disponible en español." in html
    assert "Disponible en inglés y francés:" in html
    for language, name in (("en", "English"), ("fr", "Français")):
        document = pages["es"].files.get(language=language).document
        link = f'<a href="{document.url}" hreflang="{language}" type="application/pdf"><span lang="{language}">{name}</span></a>'
        assert link in html


def test_with_its_file_a_visitor_also_sees_the_other_languages(client, libraries):
    pages = build_publication(libraries, "policy-brief", files=("en", "fr"))
    html = html_of(client, pages["fr"])
    assert download_button(html) is not None
    assert "Également disponible en :" in html
    english = pages["fr"].files.get(language="en").document
    assert f'<a href="{english.url}" hreflang="en" type="application/pdf"><span lang="en">English</span></a>' in html
    assert "n'est pas disponible" not in html


def test_the_fallback_message_in_english_and_french(client, libraries):
    pages = build_publication(libraries, "toolkit", files=("es",), publication_type="toolkit")
    english = html_of(client, pages["en"])
    assert "This publication is not available in English." in english
    assert "Available in Spanish:" in english
    assert '<span lang="es">Español</span>' in english
    french = html_of(client, pages["fr"])
    assert "Cette publication n'est pas disponible en français." in french
    assert "Disponible en espagnol :" in french
    assert "Guide ou boîte à outils" in french


def test_three_languages_are_joined_in_the_visitors_language():
    with translation.override("es"):
        assert join_with_and(["inglés", "español", "francés"]) == "inglés, español y francés"
    with translation.override("fr"):
        assert join_with_and(["anglais", "français"]) == "anglais et français"
    assert join_with_and(["English"]) == "English"


def test_the_page_shows_its_facts_in_the_visitors_language(client, libraries, hub_indexes):
    hub = build_hub(hub_indexes, "bilbao")
    theme = build_theme("culture", "Culture")
    pages = build_publication(
        libraries,
        "manifesto",
        files=("en",),
        publication_type="manifesto",
        authors="UCLG, Bilbao City Council",
        related_hubs=[hub["en"]],
        sdgs=sdgs(11),
        themes=[theme["en"]],
    )
    html = html_of(client, pages["es"])
    assert "Manifiesto o carta" in html
    assert "UCLG, Bilbao City Council" in html
    assert f'href="{hub["es"].url}"' in html and hub["es"].title in html
    assert "[es] Culture" in html
    assert "Ciudades y comunidades sostenibles" in html
    assert '<time datetime="2024-05-01">1 de mayo de 2024</time>' in html
