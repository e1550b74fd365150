"""A backup is one tar archive: `manifest.json`, `database.dump` (pg_dump's
custom format) and `media/<name>` for every file of the media storage (the
local folder or the bucket: originals, renditions, documents). A restore
fills an empty PostgreSQL database and the media storage from it."""

import json
import os
import posixpath
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.core.files import File
from django.db import connection

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_DUMP = "database.dump"
MEDIA_FOLDER = "media/"


class BackupError(Exception):
    pass


def _require_postgresql():
    if connection.vendor != "postgresql":
        raise BackupError(
            f"Backups are made of PostgreSQL databases (DATABASE_URL=postgres://…); this site uses {connection.vendor}."
        )


def _client_program(name):
    program = shutil.which(name)
    if program is None:
        raise BackupError(f"{name} not found: install PostgreSQL's client programs (Debian: postgresql-client).")
    return program


def postgresql_environment(database):
    """libpq's environment variables for a DATABASES entry."""
    environment = dict(os.environ)
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if database.get(key):
            environment[variable] = str(database[key])
    if database.get("OPTIONS", {}).get("sslmode"):
        environment["PGSSLMODE"] = database["OPTIONS"]["sslmode"]
    return environment


def _run(arguments, database):
    result = subprocess.run(arguments, env=postgresql_environment(database), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{Path(arguments[0]).name} failed:\n{result.stderr.strip()}")


def media_names(storage, folder=""):
    """Every file of the storage, sorted: a folder's files, then its subfolders'."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder not created yet
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for subfolder in sorted(folders):
        yield from media_names(storage, posixpath.join(folder, subfolder))


def archive_media(archive, storage, names, mtime):
    for name in names:
        with storage.open(name, "rb") as media_file:
            member = tarfile.TarInfo(MEDIA_FOLDER + name)
            member.size, member.mtime = media_file.size, mtime
            archive.addfile(member, media_file)


def restore_media(archive, storage):
    """Write every media file of the archive into the storage, replacing a
    file of the same name. Returns how many."""
    count = 0
    for member in archive.getmembers():
        if not (member.isfile() and member.name.startswith(MEDIA_FOLDER)):
            continue
        name = member.name.removeprefix(MEDIA_FOLDER)
        if storage.exists(name):
            storage.delete(name)
        content = File(archive.extractfile(member), name=posixpath.basename(name))
        content.size = member.size
        saved = storage.save(name, content)
        if saved != name:
            raise BackupError(f"The media file {name} was stored as {saved}.")
        count += 1
    return count


def write_backup(folder, storage, now):
    """Write `l4a-backup-<UTC date and time>.tar` into folder; return its path."""
    _require_postgresql()
    pg_dump = _client_program("pg_dump")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"l4a-backup-{now:%Y%m%d-%H%M%S}.tar"
    partial = path.with_suffix(".tar.partial")
    names = list(media_names(storage))
    manifest = {"format": FORMAT, "created": now.isoformat(), "media_files": len(names)}
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        dump = Path(scratch) / DATABASE_DUMP
        database = connection.settings_dict
        _run(
            [pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}", database["NAME"]], database
        )
        with tarfile.open(partial, "w") as archive:
            manifest_file = Path(scratch) / MANIFEST
            manifest_file.write_text(json.dumps(manifest, indent=2))
            archive.add(manifest_file, MANIFEST)
            archive.add(dump, DATABASE_DUMP)
            archive_media(archive, storage, names, int(now.timestamp()))
    partial.rename(path)
    return path


def database_tables():
    return connection.introspection.table_names()


def restore_backup(path, storage, replace=False):
    """Restore the database, then the media. Refuses a database that already
    has tables unless replace (the archive's tables are dropped first)."""
    _require_postgresql()
    pg_restore = _client_program("pg_restore")
    with tarfile.open(path) as archive:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))
        except (KeyError, ValueError) as error:
            raise BackupError(f"{path} is not a site backup (no readable {MANIFEST}).") from error
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path} has backup format {manifest.get('format')!r}; this site reads format {FORMAT}.")
        tables = database_tables()
        if tables and not replace:
            raise BackupError(
                f"The database {connection.settings_dict['NAME']} is not empty ({len(tables)} tables). "
                "Restore into a new, empty database (createdb), or pass --replace to drop and replace "
                "the archive's tables in this one."
            )
        with tempfile.TemporaryDirectory() as scratch:
            archive.extract(DATABASE_DUMP, scratch, filter="data")
            database = connection.settings_dict
            options = ["--clean", "--if-exists"] if replace else []
            _run(
                [
                    pg_restore,
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--single-transaction",
                    *options,
                    f"--dbname={database['NAME']}",
                    str(Path(scratch) / DATABASE_DUMP),
                ],
                database,
            )
        return manifest, restore_media(archive, storage)
