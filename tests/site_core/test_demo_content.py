import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

pytestmark = pytest.mark.django_db


def page_counts():
    return {code: Page.objects.filter(locale__language_code=code, depth__gt=1).count() for code in ("en", "es", "fr")}


def test_load_demo_content_is_idempotent(client):
    call_command("load_demo_content", stdout=None)
    first = page_counts()
    call_command("load_demo_content")
    assert page_counts() == first
    assert first["en"] >= 2 and first["en"] == first["es"] == first["fr"]


def test_demo_pages_are_live_linked_translations(client):
    call_command("load_demo_content")
    for url in ("/en/about/", "/es/acerca-de/", "/fr/a-propos/"):
        assert client.get(url).status_code == 200
    about = Page.objects.get(slug="about", locale__language_code="en")
    assert {p.slug for p in about.get_translations()} == {"acerca-de", "a-propos"}
    assert Translation.objects.filter(source__object_id=about.translation_key, enabled=True).count() == 2
