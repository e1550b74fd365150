"""gunicorn as production runs it (2 sync workers), on a loopback port."""

import contextlib
import hashlib
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WORKERS = 2
# Five consecutive loopback ports from this one (BENCH_PORT moves them):
# ours cached, uncached; bakerydemo's cached, uncached; ours on SQLite.
FIRST_PORT = int(os.environ.get("BENCH_PORT", "18301"))
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Language": "en"}


def production_python():
    """The Python of a virtualenv holding `requirements.txt` only, as a
    production install has: the development set adds test and lint tools,
    some of which the site's libraries import when present (Django's test
    utilities import Jinja2, Django REST framework PyYAML), so a worker
    there is larger than in production. Made once per requirements.txt."""
    requirements = PROJECT / "requirements.txt"
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()[:12]
    venv = Path(tempfile.gettempdir()) / f"l4a-bench-production-venv-{digest}"
    python = venv / "bin" / "python"
    installed = venv / ".installed"
    if not installed.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(requirements)], check=True)
        installed.touch()
    return str(python)


def get(url):
    """(status, body) of a GET as the bench's visitor sends it; status 0 when
    no response came (gunicorn kills a worker busy for over 30 s)."""
    request = urllib.request.Request(url, headers=HEADERS)
    try:
        # Generous: an uncached sitemap at 100× takes tens of seconds on a busy machine.
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError as error:
        return 0, str(error).encode()


def _wait_until_serving(process, base_url):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        if get(base_url + "/bench/constant/")[0] == 200:
            return
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer on {base_url} within 60 s")


def site_env(database_url, redis_url, media, page_cache_seconds):
    """The production environment, with the bench's settings module."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(media),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
    }


@contextlib.contextmanager
def gunicorn(env, port, log_path, app="site_core.wsgi:application", cwd=PROJECT, python=sys.executable):
    """Serve `app` on 127.0.0.1:`port`; yields (base URL, master pid)."""
    base_url = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [
                python,
                "-m",
                "gunicorn",
                app,
                "--workers",
                str(WORKERS),
                "--bind",
                f"127.0.0.1:{port}",
                "--no-control-socket",
            ],
            cwd=cwd,
            env=env,
            stdout=log,
            stderr=log,
        )
        try:
            _wait_until_serving(process, base_url)
            yield base_url, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=40)  # gunicorn gives busy workers 30 s
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def worker_rss_mb(master_pid):
    """Resident memory of each worker of a gunicorn master, in MB, from /proc."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes
