"""wagtail/bakerydemo measured beside the site, given a checkout of it
(`--bakerydemo PATH`): built in its own virtualenv under the system's
temporary folder, never in this repository, with its production settings
plus Django's per-site cache middleware on Redis database 3 (the cached
server) or without it (the uncached one), its demo data loaded into a fresh
PostgreSQL database, and home, blog index and one blog post loaded like our
pages. The two settings modules and the constant view are written to the
run's work folder: nothing of bakerydemo is copied."""

import json
import os
import secrets
import subprocess
import tempfile
import time
from pathlib import Path

from bench import database, server
from bench.load import measure

VENV = Path(tempfile.gettempdir()) / "l4a-bench-bakerydemo-venv"
PACKAGES = ["psycopg[binary]", "whitenoise", "gunicorn", "django-redis"]
CACHED_PORT, UNCACHED_PORT = server.FIRST_PORT + 2, server.FIRST_PORT + 3
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")  # flushed by the bench

SETTINGS = {
    "bench_bakery_uncached.py": f"""
from bakerydemo.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_bakery_urls"
CACHES = {{
    "default": {{
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "{REDIS_URL}",
        "KEY_PREFIX": "bakerydemo",
    }}
}}
""",
    "bench_bakery_cached.py": """
from bench_bakery_uncached import *  # noqa: F403

MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    *MIDDLEWARE,  # noqa: F405
    "django.middleware.cache.FetchFromCacheMiddleware",
]
CACHE_MIDDLEWARE_SECONDS = 300
""",
    "bench_bakery_urls.py": """
from bakerydemo.urls import urlpatterns as site_urlpatterns
from django.http import HttpResponse
from django.urls import path


def constant(request):
    return HttpResponse(b"<!doctype html><title>bench</title><p>A constant response.</p>\\n")


urlpatterns = [path("bench/constant/", constant), *site_urlpatterns]
""",
}


def _python(checkout, base_python):
    """bakerydemo's own virtualenv (made once, reused)."""
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([base_python, "-m", "venv", str(VENV)], check=True)
        requirements = checkout / "requirements" / "base.txt"
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(requirements), *PACKAGES], check=True)
    return str(python)


def _run(python, checkout, env, *args):
    return subprocess.run([python, *args], cwd=checkout, env=env, check=True, capture_output=True, text=True).stdout


def bench(arguments, work):
    """(rows, memory) as bench.run measures our site."""
    checkout = arguments.bakerydemo.resolve()
    python = _python(checkout, arguments.bakerydemo_python)
    for name, text in SETTINGS.items():
        (work / name).write_text(text)
    name = f"bench_bakerydemo_{int(time.time())}"
    subprocess.run(["createdb", *database.POSTGRES, name], check=True)
    env = {
        **os.environ,
        "PYTHONPATH": f"{work}:{database.PROJECT}",  # the settings above; bench.probe
        "DJANGO_SETTINGS_MODULE": "bench_bakery_uncached",
        "DATABASE_URL": database.url(name),
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    try:
        for command in (["migrate", "--noinput"], ["load_initial_data"], ["collectstatic", "--noinput"]):
            _run(python, checkout, env, "manage.py", *command)
        post = _run(
            python,
            checkout,
            env,
            "manage.py",
            "shell",
            "-c",
            "from bakerydemo.blog.models import BlogPage; print(BlogPage.objects.live().order_by('path').first().url)",
        ).split()[-1]
        kinds = [("constant view", "/bench/constant/"), ("home", "/"), ("blog index", "/blog/"), ("blog post", post)]
        rows = [{"kind": kind, "path": path} for kind, path in kinds]
        for mode in ("cached", "uncached"):
            out = work / f"bakerydemo-{mode}.json"
            probe_env = {**env, "DJANGO_SETTINGS_MODULE": f"bench_bakery_{mode}"}
            _run(python, checkout, probe_env, "-m", "bench.probe", str(out), *(path for _kind, path in kinds))
            for row, counted in zip(rows, json.loads(out.read_text()), strict=True):
                row.setdefault("status", []).append(counted["status"])
                row.setdefault("queries", []).append(counted["queries"])
        subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, stdout=subprocess.DEVNULL)
        memory = {}
        for mode, port in (("cached", CACHED_PORT), ("uncached", UNCACHED_PORT)):
            mode_env = {**env, "DJANGO_SETTINGS_MODULE": f"bench_bakery_{mode}"}
            log = work / "bakerydemo-gunicorn.log"
            app = {"app": "bakerydemo.wsgi:application", "cwd": checkout, "python": python}
            with server.gunicorn(mode_env, port, log, **app) as (url, pid):
                measure(rows, url, mode, arguments.seconds, arguments.connections)
                memory[mode] = server.worker_rss_mb(pid)
        return rows, memory
    finally:
        database.drop(name)
