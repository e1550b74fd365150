"""Upload limits for images and documents: over the limit refused with the
limit in the editor's language, under it accepted, the limit in the help text."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

DOCUMENTS = "/admin/documents/add/"
IMAGES = "/admin/images/add/"


@pytest.fixture
def editor_client(client):
    def log_in(language):
        user = get_user_model().objects.create_superuser(f"editor-{language}", f"{language}@example.org", "x")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return log_in


def pdf(size):
    return SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"x" * (size - 9), content_type="application/pdf")


def png(pixels=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", pixels, (63, 126, 68)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def upload(client, url, file):
    return client.post(url, {"title": "Upload", "file": file, "collection": Collection.get_first_root_node().pk})


def test_the_defaults_are_the_documented_ones(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 50_000_000


@pytest.mark.parametrize(
    "language, message",
    [
        ("fr", "Ce fichier est trop gros (3,0\xa0Kio). La taille de fichier maximale est de 2,0\xa0Kio."),
        ("es", "Este archivo es demasiado grande (3,0\xa0KB). El tamaño máximo de archivo es: 2,0\xa0KB."),
    ],
)
def test_a_document_over_the_limit_is_refused_with_the_limit(editor_client, settings, language, message):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 2048
    response = upload(editor_client(language), DOCUMENTS, pdf(3072))
    assert response.status_code == 200
    errors = re.findall(r'<p class="error-message">\s*(.*?)\s*</p>', response.content.decode(), re.DOTALL)
    assert errors == [message]  # that message alone, not also one about an empty file's extension
    assert not get_document_model().objects.exists()


def test_a_document_under_the_limit_is_accepted(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 2048
    response = upload(editor_client("en"), DOCUMENTS, pdf(2000))
    assert response.status_code == 302
    assert get_document_model().objects.get().file.size == 2000


@pytest.mark.parametrize(
    "language, help_text",
    [
        ("en", "Accepted formats: CSV, DOCX, KEY, ODT, PDF, PPTX, RTF, TXT, XLSX, ZIP. Maximum file size: 20.0\xa0MB."),
        (
            "es",
            "Formatos aceptados: CSV, DOCX, KEY, ODT, PDF, PPTX, RTF, TXT, XLSX, ZIP. Tamaño máximo por archivo: 20,0\xa0MB.",
        ),
        (
            "fr",
            "Formats acceptés : CSV, DOCX, KEY, ODT, PDF, PPTX, RTF, TXT, XLSX, ZIP. Taille maximale par fichier : 20,0\xa0Mio.",
        ),
    ],
)
def test_the_document_limit_is_in_the_help_text(editor_client, language, help_text):
    client = editor_client(language)
    assert help_text in client.get(DOCUMENTS).content.decode()
    assert help_text in client.get("/admin/documents/multiple/add/").content.decode()


def test_an_image_over_the_size_limit_is_refused(editor_client, settings):
    image = png()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = image.size - 1
    response = upload(editor_client("fr"), IMAGES, image)
    assert "Ce fichier est trop gros" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_image_over_the_pixel_limit_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    response = upload(editor_client("es"), IMAGES, png((50, 21)))
    assert "Este archivo contiene muchos pixeles (1050)" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_image_under_the_limits_is_accepted_and_the_limit_is_in_the_help_text(editor_client, settings):
    client = editor_client("fr")
    assert "Taille maximum : 10,0\xa0Mio." in client.get(IMAGES).content.decode()
    image = png()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = image.size
    assert upload(client, IMAGES, image).status_code == 302
    assert get_image_model().objects.count() == 1
