"""The production leg (`make test-production`): the site as deployed, with
`site_core.settings.production` under gunicorn (2 workers) on loopback, a
fresh PostgreSQL database, Redis and the page cache on, checked over HTTP.

The Makefile target sets the environment this pytest process and the server
share (production settings, DATABASE_URL of a database that must not exist
yet, REDIS_URL, a generated SECRET_KEY, ALLOWED_HOSTS). The session fixture
below creates that database, migrates it and loads the demo content with the
development settings (the demo accounts exist only with DEBUG on), collects
the static files, starts gunicorn, and at the end stops it and drops the
database. Tests change content through the ORM in this process, with the
production settings, against the same database and cache as the server."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import requests
from django.conf import settings
from django.core.cache import cache
from django.db import connections

from tests.production import content
from tests.production.client import Visitor

PROJECT = Path(__file__).resolve().parents[2]
WORKERS = 2


def _maintenance_connection():
    database = settings.DATABASES["default"]
    return psycopg.connect(
        host=database["HOST"],
        port=database["PORT"] or 5432,
        user=database["USER"],
        password=database["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    )


def _manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, stdout=subprocess.DEVNULL)


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(server, base_url):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}")
        try:
            if requests.get(base_url + "/robots.txt", headers={"X-Forwarded-Proto": "https"}, timeout=30).ok:
                return
        except requests.RequestException:  # not listening yet, or a worker still starting
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer within 60 s")


@pytest.fixture(scope="session")
def production_site(django_db_blocker, tmp_path_factory):
    """The base URL of the running site and gunicorn's access log (one line
    per request: worker pid, the request's X-Probe header, status)."""
    assert not settings.DEBUG and settings.PAGE_CACHE_SECONDS > 0, "run with site_core.settings.production"
    database = settings.DATABASES["default"]["NAME"]
    work = tmp_path_factory.mktemp("production")
    env = {**os.environ, "MEDIA_ROOT": str(work / "media")}
    with _maintenance_connection() as admin:
        admin.execute(f'CREATE DATABASE "{database}"')  # fails if it exists: never reuse or drop another's
    server = None
    try:
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=PROJECT, env=env, stdout=subprocess.DEVNULL
        )
        dev = {**env, "DJANGO_SETTINGS_MODULE": "site_core.settings.dev"}
        for command in ("migrate", "load_demo_content", "ensure_local_admin"):
            _manage(command, env=dev)
        assert collect.wait() == 0, "collectstatic failed"
        cache.clear()  # the leg's own Redis database
        access_log = work / "access.log"
        base_url = f"http://127.0.0.1:{_free_port()}"
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "site_core.wsgi:application"),
                *("--workers", str(WORKERS), "--bind", base_url.removeprefix("http://"), "--no-control-socket"),
                *("--access-logfile", str(access_log), "--access-logformat", "%(p)s %({x-probe}i)s %(s)s %(r)s"),
            ],
            cwd=PROJECT,
            env=env,
        )
        _wait_until_serving(server, base_url)
        with django_db_blocker.unblock():
            yield {"base_url": base_url, "access_log": access_log}
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        cache.clear()
        connections.close_all()
        with _maintenance_connection() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pages(production_site):
    """The leg's pages (tests/production/content.py), published while the site runs."""
    return content.build()


@pytest.fixture
def visitor(production_site):
    """A new anonymous visitor (no cookies)."""
    return Visitor(production_site["base_url"])


@pytest.fixture
def admin_visitor(production_site):
    visitor = Visitor(production_site["base_url"])
    assert visitor.log_in("admin", "admin").status_code == 302
    return visitor
