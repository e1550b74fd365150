"""The demo publications: in three languages, with valid PDF files by
language, shown on the library and on their HUBs' pages; loaded once."""

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model

from news.models import PublicationFile, PublicationIndexPage, PublicationPage

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "es", "fr")


def counts():
    return (PublicationPage.objects.count(), PublicationFile.objects.count(), get_document_model().objects.count())


def test_the_demo_library_is_complete_and_loads_once(client):
    call_command("load_demo_content")
    first = counts()
    for code in LANGUAGES:
        library = PublicationIndexPage.objects.live().get(locale__language_code=code)
        publications = PublicationPage.objects.live().filter(locale__language_code=code)
        assert publications.count() >= 3
        assert len({page.publication_type for page in publications}) >= 3
        html = client.get(library.url).content.decode()
        for page in publications:
            assert page.title in html
            assert page.hero_image is not None and page.hero_image_alt.strip()
            assert page.files.exists()
        if code != "en":  # every one is in English; some lack a Spanish or a French file
            missing = next(page for page in publications if not page.files.filter(language=code).exists())
            assert "publication-files__missing" in client.get(missing.url).content.decode()
    for row in PublicationFile.objects.select_related("document"):
        with row.document.file.open("rb") as file:
            content = file.read()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    named = PublicationPage.objects.live().filter(locale__language_code="es", related_hubs__isnull=False).first()
    hub = named.related_hubs.first().get_translation(named.locale)
    assert named.title in client.get(hub.url).content.decode()
    call_command("load_demo_content")
    assert counts() == first
