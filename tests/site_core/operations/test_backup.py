"""backup_site / restore_site: a database that is not empty or a file that
is not a backup is refused; media files travel between storages (the round
trip of the demo site is in test_backup_round_trip.py)."""

import io
import json
import tarfile

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from storages.backends.s3 import S3Storage

from site_core.operations.backup import archive_media, media_names, restore_media
from tests.site_core.operations.conftest import make_bucket

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
needs_postgresql = pytest.mark.skipif(
    not ON_POSTGRESQL, reason="backups use pg_dump and pg_restore: run with DATABASE_URL=postgres://…"
)


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
