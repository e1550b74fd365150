"""Error pages with DEBUG off, as in production: branded, in the visitor's
language (the URL's language prefix, else the browser's), never Django's bare
English text."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory

from site_core import error_views
from site_core.models import StandardPage

pytestmark = pytest.mark.django_db

TOO_MANY_PARAMETERS = "?" + "&".join(f"p{i}=1" for i in range(1001))
BRAND = "Local4Action<br>HUBs"
BAD_REQUEST = {"en": "We could not read this request", "es": "No hemos podido leer", "fr": "Nous n'avons pas pu lire"}
NOT_FOUND = {"en": "Page not found", "es": "Página no encontrada", "fr": "Page introuvable"}


def assert_branded(response, status, language, text):
    body = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}">' in body
    assert BRAND in body
    assert text in body
    assert response["Content-Language"] == language


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_too_many_parameters_answer_a_branded_400_in_the_urls_language(client, about_pages, language):
    response = client.get(about_pages[language].url + TOO_MANY_PARAMETERS, HTTP_ACCEPT_LANGUAGE="en")
    assert_branded(response, 400, language, BAD_REQUEST[language])


def test_a_400_outside_the_language_prefixes_speaks_the_browsers_language(client, homes):
    response = client.get("/sitemap-pages.xml" + TOO_MANY_PARAMETERS, HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    assert_branded(response, 400, "es", BAD_REQUEST["es"])


def test_an_unknown_host_gets_the_400_page_without_touching_the_database(settings, homes, django_assert_num_queries):
    settings.ALLOWED_HOSTS = ["hubs.example.org"]
    with django_assert_num_queries(0):
        response = Client().get("/fr/", HTTP_HOST="attacker.example")
    assert_branded(response, 400, "fr", BAD_REQUEST["fr"])


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_missing_page_answers_the_branded_404_with_the_sites_header(client, homes, language):
    response = client.get(f"/{language}/no-such-page/")
    assert_branded(response, 404, language, NOT_FOUND[language])
    assert 'class="header-search"' in response.content.decode()  # the site's own header, not a bare page


def test_a_form_sent_without_its_token_answers_a_branded_403(homes):
    response = Client(enforce_csrf_checks=True).post("/fr/_util/authenticate_with_password/1/1/", {"password": "x"})
    assert_branded(response, 403, "fr", "Ce formulaire n'a pas pu être envoyé")


def test_permission_denied_answers_the_branded_403(homes):
    request = RequestFactory().get("/es/private/", HTTP_ACCEPT_LANGUAGE="fr")
    response = error_views.permission_denied(request, PermissionDenied())
    assert_branded(response, 403, "es", "Acceso denegado")


def test_a_server_error_answers_the_standalone_500_in_the_urls_language(homes, about_pages, monkeypatch):
    def broken_serve(self, request, *args, **kwargs):
        raise RuntimeError("broken template")

    monkeypatch.setattr(StandardPage, "serve", broken_serve)
    response = Client(raise_request_exception=False).get(about_pages["fr"].url)
    assert_branded(response, 500, "fr", "Un problème est survenu")


def test_the_500_page_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/es/")
    with django_assert_num_queries(0):
        response = error_views.server_error(request)
    assert_branded(response, 500, "es", "Algo ha fallado")
