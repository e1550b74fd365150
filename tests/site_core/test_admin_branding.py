"""The admin in the UCLG brand: colours from the palette, the Local4Action
lockup on the sign-in page and in the sidebar, our favicon and title."""

import re

import pytest
from django.contrib.auth import get_user_model

from site_core.admin_branding import ADMIN_COLOURS, admin_colour_css, hsl_parts
from site_core.brand import AA_TEXT, PALETTE, contrast_ratio

pytestmark = pytest.mark.django_db


def test_the_sign_in_page_carries_the_brand(client):
    html = client.get("/admin/login/").content.decode()
    assert "<title>Sign in - Local4Action HUBs</title>" in html
    assert "Sign in to Local4Action HUBs" in html
    assert 'class="login-logo l4a-admin-lockup"' in html and "/static/img/l4a-dots.svg" in html
    assert '<link rel="icon" href="/static/img/l4a-dots.svg"' in html
    assert admin_colour_css() in html
    assert "/static/css/admin/branding.css" in html


def test_the_sign_in_page_speaks_the_visitors_language(client):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Connectez-vous à Local4Action HUBs" in html


def test_every_admin_page_has_the_logo_and_colours(client):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    html = client.get("/admin/").content.decode()
    assert re.search(r"<template data-wagtail-sidebar-branding-logo><img class=\"l4a-admin-logo\"", html)
    assert admin_colour_css() in html


def test_admin_colours_are_the_palettes_and_carry_white_text():
    assert hsl_parts("#E0101E") == (356.0, 86.7, 47.1)
    css = admin_colour_css()
    for role, token in ADMIN_COLOURS.items():
        hue, saturation, lightness = hsl_parts(PALETTE[token])
        assert f"--w-color-{role}-hue: {hue};" in css
        assert f"--w-color-{role}-lightness: {lightness}%;" in css
        assert contrast_ratio(PALETTE[token], PALETTE["white"]) >= AA_TEXT
