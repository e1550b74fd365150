"""The bench: seed the site at each scale into a fresh PostgreSQL database,
serve it as production does (gunicorn, 2 sync workers, production settings,
Redis), load every public page type with wrk, cached and uncached, beside a
constant-response view (the ceiling), and print one table per scale.
bench/README.md explains the columns.

    .venv/bin/python -m bench.run --scale 1 10 100 --seconds 10
    .venv/bin/python -m bench.run --smoke      # CI: 1×, ~1 s per URL, fails if a page errors
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import database, server
from bench.load import measure, measure_beacon
from bench.report import print_table

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")  # flushed by the bench
CACHED_PORT, UNCACHED_PORT, SQLITE_PORT = server.FIRST_PORT, server.FIRST_PORT + 1, server.FIRST_PORT + 4


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, nargs="+", default=[1, 10], help="1 = the demo (default: 1 10)")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's run per URL and mode (default 10)")
    parser.add_argument("--connections", type=int, default=8, help="wrk's open connections (default 8)")
    parser.add_argument("--bakerydemo", type=Path, help="a checkout of wagtail/bakerydemo to measure beside ours")
    parser.add_argument(
        "--bakerydemo-python", default=sys.executable, help="the Python its venv is made with (it needs 3.12+)"
    )
    parser.add_argument("--sqlite", action="store_true", help="also load the uncached pages on SQLite")
    parser.add_argument("--keep", action="store_true", help="keep the databases (bench_<scale>x_<time>)")
    parser.add_argument("--smoke", action="store_true", help="CI: 1× only, 1 s per URL, no bakerydemo")
    arguments = parser.parse_args()
    if arguments.smoke:
        arguments.scale, arguments.seconds, arguments.bakerydemo, arguments.sqlite = [1], 1, None, False
    return arguments


def _probe(env, work):
    """The pages to load and their query counts (bench/probe.py)."""
    out = work / "probe.json"
    quiet = {**env, "LOG_LEVEL": "WARNING"}  # production logs every request
    subprocess.run([sys.executable, "-m", "bench.probe", str(out)], cwd=database.PROJECT, env=quiet, check=True)
    return json.loads(out.read_text())


def _empty_shared_cache():
    """What Redis keeps (pages, lookups, fragments) was read from one
    database: a run on another starts with it empty, as a restore does
    (`restore_site`), and the cached server's warming visit renders afresh."""
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, stdout=subprocess.DEVNULL)


def bench_scale(scale, arguments, work):
    name = f"bench_{scale}x_{int(time.time())}"
    media = database.create(name, scale)
    try:
        env = server.site_env(database.url(name), REDIS_URL, media, page_cache_seconds=300)
        _empty_shared_cache()
        rows = _probe(env, work)
        _empty_shared_cache()
        uncached_env = {**env, "PAGE_CACHE_SECONDS": "0"}
        log = work / "gunicorn.log"
        python = server.production_python()
        memory = {}
        with server.gunicorn(env, CACHED_PORT, log, python=python) as (url, pid):
            measure(rows, url, "cached", arguments.seconds, arguments.connections)
            measure_beacon(rows[0], url, arguments.seconds, arguments.connections)
            memory["cached"] = server.worker_rss_mb(pid)
        with server.gunicorn(uncached_env, UNCACHED_PORT, log, python=python) as (url, pid):
            measure(rows, url, "uncached", arguments.seconds, arguments.connections)
            memory["uncached"] = server.worker_rss_mb(pid)
        if arguments.sqlite:
            sqlite = work / f"{scale}x.sqlite3"
            sqlite_media = database.create_sqlite(sqlite, scale)
            sqlite_env = {**uncached_env, "DATABASE_URL": f"sqlite:///{sqlite}", "MEDIA_ROOT": str(sqlite_media)}
            _empty_shared_cache()
            with server.gunicorn(sqlite_env, SQLITE_PORT, log, python=python) as (url, pid):
                measure(rows, url, "sqlite", arguments.seconds, arguments.connections)
                memory["uncached SQLite"] = server.worker_rss_mb(pid)
        return rows, memory
    finally:
        if arguments.keep:
            print(f"Kept database {name} (media in {media}).")
        else:
            database.drop(name)


def _failures(rows):
    return [
        f"{row['kind']} {row['path']}: status {row['status']} in-process, {row['served']} served, "
        f"{row['cached'].status_errors + row['uncached'].status_errors} error responses under load"
        for row in rows
        if set(row["status"]) | set(row["served"]) != {200}
        or any(row[mode].status_errors for mode in ("cached", "uncached", "sqlite", "beacon") if mode in row)
    ]


def main():
    arguments = _arguments()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows as it happens, also in CI's log
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=database.PROJECT,
        env={
            **os.environ,
            **{"DJANGO_SETTINGS_MODULE": "bench.settings", "SECRET_KEY": "-", "ALLOWED_HOSTS": "-"},
            "LOG_LEVEL": "WARNING",
        },
        check=True,
        stdout=subprocess.DEVNULL,
    )
    failures = []
    with tempfile.TemporaryDirectory(prefix="l4a-bench-") as work:
        for scale in arguments.scale:
            rows, memory = bench_scale(scale, arguments, Path(work))
            print_table(f"{scale}×", rows, memory, arguments)
            failures += [f"{scale}×: {failure}" for failure in _failures(rows)]
        if arguments.bakerydemo:
            from bench import bakerydemo

            print_table("bakerydemo", *bakerydemo.bench(arguments, Path(work)), arguments)
    print(f"\nBench done in {time.monotonic() - started:.0f} s; load average {os.getloadavg()[0]:.1f} (1 min).")
    if failures:
        sys.exit("Pages that failed:\n" + "\n".join(failures))


if __name__ == "__main__":
    main()
