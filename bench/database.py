"""The bench's PostgreSQL databases: a fresh one per run, seeded from a dump
kept per scale (made on first use), so only the first run at a scale pays
for migrating, loading the demo and seeding."""

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
POSTGRES = ["-h", "127.0.0.1", "-U", "postgres"]
CACHE_DIR = Path(os.environ.get("BENCH_CACHE_DIR", Path.home() / ".cache" / "l4a-bench"))
# What a seeded database is made from: a change to any of these makes new dumps.
SEED_SOURCES = ["*/migrations/*.py", "*/demo/*", "*/demo_content.py", "site_core/demo/*.py", "bench/seed.py"]


def url(name):
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def _seed_key():
    digest = hashlib.sha256()
    for pattern in SEED_SOURCES:
        for path in sorted(PROJECT.glob(pattern)):
            digest.update(path.relative_to(PROJECT).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def _manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, stdout=subprocess.DEVNULL)


def _seeding_env(name, media):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_core.settings.dev",
        "DATABASE_URL": url(name),
        "MEDIA_ROOT": str(media),
    }


def create(name, scale, log=print):
    """Create database `name` holding the demo at `scale`; returns the media
    folder its images are in. Restores the cached dump when there is one."""
    folder = CACHE_DIR / _seed_key()
    media = folder / "media"
    dump = folder / f"scale-{scale}.dump"
    subprocess.run(["createdb", *POSTGRES, name], check=True)
    if dump.exists():
        started = time.monotonic()
        subprocess.run(["pg_restore", *POSTGRES, "--no-owner", "--jobs", "2", "-d", name, str(dump)], check=True)
        _analyze(name)
        log(f"{scale}×: restored {dump} in {time.monotonic() - started:.0f} s")
        return media
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    env = _seeding_env(name, media)
    demo = folder / "scale-1.dump"
    if demo.exists():
        subprocess.run(["pg_restore", *POSTGRES, "--no-owner", "-d", name, str(demo)], check=True)
    else:
        shutil.rmtree(media, ignore_errors=True)
        _manage("migrate", "--noinput", env=env)
        _manage("load_demo_content", env=env)
        log(f"1×: demo loaded in {time.monotonic() - started:.0f} s")
        if scale > 1:  # the other scales start from it
            subprocess.run(["pg_dump", *POSTGRES, "-Fc", "-f", str(demo), name], check=True)
    if scale > 1:
        seeding = time.monotonic()
        _manage("shell", "-c", f"from bench.seed import seed; seed({scale})", env=env)
        log(f"{scale}×: seeded in {time.monotonic() - seeding:.0f} s")
    subprocess.run(["pg_dump", *POSTGRES, "-Fc", "-f", str(dump), name], check=True)
    _analyze(name)
    log(f"{scale}×: database ready in {time.monotonic() - started:.0f} s (dump kept in {dump})")
    return media


def _analyze(name):
    """Planner statistics, as a live site has them: a dump carries none, and
    autovacuum may come minutes later, so the first plans would expect a
    handful of rows in tables that hold thousands."""
    subprocess.run(["psql", *POSTGRES, "-d", name, "-qc", "ANALYZE"], check=True)


def create_sqlite(path, scale, log=print):
    """A SQLite copy of the demo at `scale` in `path` (for the PostgreSQL ÷
    SQLite ratio); returns its media folder. Cached like the dumps."""
    folder = CACHE_DIR / _seed_key()
    media = folder / "media-sqlite"
    cached = folder / f"scale-{scale}.sqlite3"
    if not cached.exists():
        started = time.monotonic()
        folder.mkdir(parents=True, exist_ok=True)
        building = cached.with_suffix(".building")
        demo = folder / "scale-1.sqlite3"
        env = {**_seeding_env("-", media), "DATABASE_URL": f"sqlite:///{building}"}
        if demo.exists():
            shutil.copyfile(demo, building)
        else:
            shutil.rmtree(media, ignore_errors=True)
            _manage("migrate", "--noinput", env=env)
            _manage("load_demo_content", env=env)
        if scale > 1:
            _manage("shell", "-c", f"from bench.seed import seed; seed({scale})", env=env)
        building.rename(cached)
        log(f"{scale}×: SQLite database ready in {time.monotonic() - started:.0f} s (kept in {cached})")
    shutil.copyfile(cached, path)
    return media


def drop(name):
    subprocess.run(["dropdb", *POSTGRES, "--if-exists", "--force", name], check=True)
