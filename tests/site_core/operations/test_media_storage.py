"""Media on S3-compatible storage, against a local S3 endpoint: images
uploaded in the admin live in the bucket, their renditions are public and
load, documents stay private and download through the site."""

import io
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from site_core.models import StandardPage
from site_core.settings.media import media_from_environment
from site_core.storage import MediaBucketStorage

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n" + b"HUB guidelines " * 200


def png(size=(1200, 800)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (63, 126, 68)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Town square",
            "file": SimpleUploadedFile("town-square.png", png(), "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_image_model().objects.get(title="Town square")


def upload_document(admin_client, collection=None):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "HUB guidelines",
            "file": SimpleUploadedFile("hub-guidelines.pdf", PDF, "application/pdf"),
            "collection": (collection or Collection.get_first_root_node()).pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_document_model().objects.get(title="HUB guidelines")


def page_showing(image, parent):
    page = StandardPage(title="Town square", slug="town-square")
    parent.add_child(instance=page)
    page.body = [
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "A town square", "decorative": False, "format": "wide"},
        }
    ]
    page.save_revision().publish()
    return page


def is_signed(url):
    return "X-Amz-Signature" in parse_qs(urlsplit(url).query)


def test_uploaded_image_lives_in_the_bucket_and_its_renditions_load(admin_client, client, homes, media_bucket):
    image = upload_image(admin_client)
    assert image.file.name in media_bucket.keys()
    assert media_bucket.read(image.file.name) == png()
    # The original is private: only its signed URL works.
    assert requests.get(image.file.url.split("?")[0], timeout=10).status_code == 403

    page = page_showing(image, homes["en"])
    response = client.get(page.url)
    assert response.status_code == 200
    sources = {tag["src"] for tag in BeautifulSoup(response.content, "html.parser").select(".page-body img[src]")}
    assert sources
    for src in sources:
        assert src.startswith(f"{media_bucket.endpoint}/{media_bucket.name}/images/") and not is_signed(src)
        loaded = requests.get(src, timeout=10)
        assert loaded.status_code == 200
        assert PILImage.open(io.BytesIO(loaded.content)).size[0] > 0
        assert loaded.headers["Cache-Control"] == "public, max-age=86400"
    assert media_bucket.endpoint in response["Content-Security-Policy"].split("img-src")[1].split(";")[0]


def test_document_downloads_through_the_site_from_the_private_bucket(admin_client, client, media_bucket):
    document = upload_document(admin_client)
    assert document.file.name in media_bucket.keys()
    assert (
        requests.get(f"{media_bucket.endpoint}/{media_bucket.name}/{document.file.name}", timeout=10).status_code == 403
    )

    response = client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert is_signed(response["Location"])
    download = requests.get(response["Location"], timeout=10)
    assert download.status_code == 200
    assert download.content == PDF


def test_private_document_is_handed_only_to_visitors_allowed_to_see_it(admin_client, client, media_bucket):
    members_only = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=members_only, restriction_type="login")
    document = upload_document(admin_client, members_only)
    url = f"/documents/{document.pk}/{document.filename}"

    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert urlsplit(anonymous["Location"]).path == reverse("wagtailcore_login")
    assert media_bucket.endpoint not in anonymous["Location"]

    allowed = admin_client.get(url)
    assert allowed.status_code == 302 and allowed["Location"].startswith(media_bucket.endpoint)
    assert "no-store" in allowed["Cache-Control"]


AWS = {"AWS_STORAGE_BUCKET_NAME": "l4a-media", "AWS_ACCESS_KEY_ID": "key", "AWS_SECRET_ACCESS_KEY": "secret"}


@pytest.mark.parametrize(
    "environment",
    [
        AWS,
        AWS | {"AWS_S3_REGION_NAME": "us-east-1"},
        AWS | {"AWS_S3_REGION_NAME": "eu-west-3"},
        AWS | {"AWS_S3_REGION_NAME": "fr-par", "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud"},
        AWS | {"AWS_S3_REGION_NAME": "eu-west-3", "AWS_S3_CUSTOM_DOMAIN": "media.hubs.example.org"},
    ],
    ids=["aws", "aws-us-east-1", "aws-eu-west-3", "other-s3-service", "custom-domain"],
)
def test_renditions_come_from_the_origin_the_content_security_policy_allows(environment, monkeypatch, tmp_path):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    media = media_from_environment(environment, tmp_path)
    storage = MediaBucketStorage(**media.storage["OPTIONS"])
    rendition_url = storage.url("images/town-square.fill-800x450.webp")
    assert rendition_url.startswith(media.image_origin + "/")
    assert not is_signed(rendition_url)
    # Documents and originals are never on the public domain, always signed.
    for private in ("documents/hub-guidelines.pdf", "original_images/town-square.png"):
        url = storage.url(private)
        assert is_signed(url)
        assert "media.hubs.example.org" not in url


def test_local_disk_by_default(tmp_path):
    media = media_from_environment({}, tmp_path)
    assert media.storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert (media.root, media.url, media.documents_serve_method, media.image_origin) == (
        tmp_path / "media",
        "/media/",
        "serve_view",
        None,
    )
    assert media_from_environment({"MEDIA_URL": "https://media.hubs.example.org/"}, tmp_path).image_origin == (
        "https://media.hubs.example.org"
    )


def test_settings_read_the_bucket_from_the_environment(settings):
    script = (
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.STORAGES['default']['BACKEND'], settings.WAGTAILDOCS_SERVE_METHOD,"
        " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "site_core.settings.test"}
        | {"AWS_STORAGE_BUCKET_NAME": "l4a-media", "AWS_S3_CUSTOM_DOMAIN": "media.hubs.example.org"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "site_core.storage.MediaBucketStorage",
        "redirect",
        "https://media.hubs.example.org",
    ]
