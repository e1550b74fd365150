"""What every visitor's browser is told (HTTPS only, security headers) and
the error pages, branded and in the visitor's language, as served by the
production settings with DEBUG off."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.production.content import LANGUAGES

pytestmark = pytest.mark.production

BRAND = "Local4Action<br>HUBs"
# 1,001 fields in 3 KB: gunicorn itself refuses a request line over 4 KB.
TOO_MANY_PARAMETERS = "?" + "&".join(["p="] * 1001)


def assert_branded(response, status, language, text):
    assert response.status_code == status
    assert f'<html lang="{language}">' in response.text
    assert BRAND in response.text
    with translation.override(language):
        assert gettext(text) in response.text
    assert "Bad Request (400)" not in response.text


@pytest.mark.parametrize("path", ["/en/", "/fr/", "/admin/login/", "/en/no-such-page/"])
def test_security_headers(visitor, path):
    headers = visitor.get(path).headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    policy = headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"):
        assert f"{feature}=()" in policy
    if not path.startswith("/admin/"):  # the admin keeps its own rules (inline scripts)
        assert "default-src 'self'" in headers["Content-Security-Policy"]


def test_plain_http_is_sent_to_https(visitor):
    response = visitor.get("/en/", headers={"X-Forwarded-Proto": "http"})
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")


def test_static_files_are_collected_and_fingerprinted(visitor):
    stylesheet = re.search(r'href="(/static/css/main\.[0-9a-f]{12}\.css)"', visitor.get("/en/").text).group(1)
    response = visitor.get(stylesheet)
    assert response.status_code == 200
    assert "immutable" in response.headers["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_parameters_get_the_branded_400(visitor, language):
    response = visitor.get(f"/{language}/{TOO_MANY_PARAMETERS}")
    assert_branded(response, 400, language, "We could not read this request")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_host_gets_the_branded_400_in_the_browsers_language(visitor, language):
    response = visitor.get("/", headers={"Host": "attacker.example", "Accept-Language": language})
    assert_branded(response, 400, language, "We could not read this request")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_page_gets_the_branded_404(visitor, language):
    response = visitor.get(f"/{language}/no-such-page/")
    assert_branded(response, 404, language, "Page not found")
    assert 'class="header-search"' in response.text  # the site's header and navigation


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_without_its_token_gets_the_branded_403(visitor, pages, language):
    page = pages["password", "page"][language]
    restriction = page.get_view_restrictions().get()
    response = visitor.post(
        f"/{language}/_util/authenticate_with_password/{restriction.id}/{page.id}/", {"password": "guess"}
    )
    assert_branded(response, 403, language, "This form could not be sent")
