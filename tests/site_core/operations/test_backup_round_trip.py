"""backup_site / restore_site round trip: the demo site backed up, restored
into a new database and media folder by another process, serves the same
pages in every language with their images. Transactional, so in a file of
its own (see tests/conftest.py)."""

import io
import json
import os
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from hub_pages.models import HubPage
from site_core.operations.backup import postgresql_environment
from tests.factories import put_back_migrated_rows
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
