"""backup_site / restore_site: the demo site backed up, restored into a new
database and media folder, serves the same pages in every language with
their images; a database that is not empty is refused."""

import io
import json
import os
import subprocess
import sys
import tarfile
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from storages.backends.s3 import S3Storage

from hub_pages.models import HubPage
from site_core.operations.backup import archive_media, media_names, postgresql_environment, restore_media
from tests.factories import put_back_migrated_rows
from tests.site_core.operations.conftest import make_bucket
from tests.site_core.operations.site_report import site_report

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
needs_postgresql = pytest.mark.skipif(
    not ON_POSTGRESQL, reason="backups use pg_dump and pg_restore: run with DATABASE_URL=postgres://…"
)


def manage(*arguments, environment):
    return subprocess.run(
        [sys.executable, *arguments], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )


@pytest.fixture
def empty_database():
    """A new PostgreSQL database beside the test database; its DATABASE_URL."""
    database = settings.DATABASES["default"]
    name = f"{database['NAME']}_restored"
    environment = postgresql_environment(database)
    subprocess.run(["dropdb", "--if-exists", name], env=environment, check=True)
    subprocess.run(["createdb", name], env=environment, check=True)
    yield urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{name}").geturl()
    subprocess.run(["dropdb", "--if-exists", name], env=environment, check=True)


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_demo_site_round_trip(settings, tmp_path, empty_database):
    put_back_migrated_rows()
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_content", stdout=io.StringIO())
    first_hub = HubPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    urls = [
        *("/en/", "/es/", "/fr/", "/en/about/", "/es/acerca-de/", "/fr/a-propos/"),
        *(hub.url for hub in HubPage.objects.live().filter(translation_key=first_hub.translation_key)),
    ]
    before = site_report(urls)

    out = io.StringIO()
    call_command("backup_site", output_dir=tmp_path, stdout=out)
    [archive] = tmp_path.glob("l4a-backup-*.tar")
    assert str(archive) in out.getvalue()

    restored_media = tmp_path / "restored-media"
    environment = os.environ | {
        "DJANGO_SETTINGS_MODULE": "site_core.settings.test",
        "DATABASE_URL": empty_database,
        "MEDIA_ROOT": str(restored_media),
    }
    restore = manage("manage.py", "restore_site", str(archive), environment=environment)
    assert restore.returncode == 0, restore.stderr
    report = manage("-m", "tests.site_core.operations.site_report", json.dumps(urls), environment=environment)
    assert report.returncode == 0, report.stderr
    after = json.loads(report.stdout)

    assert after == before
    assert {language for language, _path, _title in after["pages"]} == {"en", "es", "fr"}
    assert len(urls) == 9 and all(page["status"] == 200 for page in after["served"].values())
    served_images = [src for page in after["served"].values() for src in page["images"]]
    assert served_images and all(
        after["served"][url]["images"][src] for url in urls for src in after["served"][url]["images"]
    )
    assert len(after["media"]) == len(list(media_names_on_disk(restored_media)))

    # The restored database is not empty any more: a second restore is refused.
    again = manage("manage.py", "restore_site", str(archive), environment=environment)
    assert again.returncode != 0
    assert "is not empty" in again.stderr and "--replace" in again.stderr
    replaced = manage("manage.py", "restore_site", "--replace", str(archive), environment=environment)
    assert replaced.returncode == 0, replaced.stderr
    assert f"database and {len(before['media'])} media files" in replaced.stdout


def media_names_on_disk(root):
    return (path for path in root.rglob("*") if path.is_file())


@needs_postgresql
def test_restore_refuses_a_database_with_tables(db, tmp_path):
    archive = tmp_path / "l4a-backup-20260101-000000.tar"
    with tarfile.open(archive, "w") as tar:
        manifest = json.dumps({"format": 1, "created": "2026-01-01T00:00:00+00:00", "media_files": 0}).encode()
        member = tarfile.TarInfo("manifest.json")
        member.size = len(manifest)
        tar.addfile(member, io.BytesIO(manifest))
    with pytest.raises(CommandError, match="is not empty"):
        call_command("restore_site", str(archive))


def test_a_file_that_is_not_a_backup_is_refused(db, tmp_path):
    not_a_backup = tmp_path / "notes.tar"
    with tarfile.open(not_a_backup, "w"):
        pass
    expected = "not a site backup" if ON_POSTGRESQL else "PostgreSQL"
    with pytest.raises(CommandError, match=expected):
        call_command("restore_site", str(not_a_backup))


@pytest.mark.skipif(ON_POSTGRESQL, reason="the message for SQLite sites")
def test_backup_says_it_needs_postgresql(db, tmp_path):
    with pytest.raises(CommandError, match="PostgreSQL databases"):
        call_command("backup_site", output_dir=tmp_path)


def test_media_round_trip_between_buckets(s3_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    source, target = make_bucket(s3_endpoint), make_bucket(s3_endpoint)
    files = {
        "original_images/town-square.png": b"\x89PNG original",
        "images/town-square.fill-800x450.webp": b"RIFF rendition",
        "documents/hub-guidelines.pdf": b"%PDF-1.4 guidelines",
    }
    for key, content in files.items():
        source.client.put_object(Bucket=source.name, Key=key, Body=content)
    target.client.put_object(Bucket=target.name, Key="documents/hub-guidelines.pdf", Body=b"older copy")

    def storage(bucket):
        return S3Storage(bucket_name=bucket.name, endpoint_url=s3_endpoint, region_name="eu-west-3")

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        archive_media(archive, storage(source), list(media_names(storage(source))), mtime=0)
    buffer.seek(0)
    with tarfile.open(fileobj=buffer) as archive:
        assert restore_media(archive, storage(target)) == 3
    assert {key: target.read(key) for key in target.keys()} == files
