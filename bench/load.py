"""Load one URL with wrk for a bounded time, on loopback only."""

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.server import get

SCRIPT = Path(__file__).with_name("report.lua")
BEACON_SCRIPT = Path(__file__).with_name("beacon.lua")


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    status_errors: int  # responses other than 2xx/3xx


def wrk(url, seconds, connections=8, script=SCRIPT):
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"The bench loads 127.0.0.1 only, not {url}")
    # wrk drops responses slower than its timeout (2 s by default) from the
    # latencies; uncached pages on a busy machine can take longer.
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-s", str(script), url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    summary = json.loads(output.strip().splitlines()[-1])
    return Result(
        requests_per_second=summary["requests"] / (summary["duration_us"] / 1e6),
        p50_ms=summary["p50_us"] / 1000,
        p99_ms=summary["p99_us"] / 1000,
        requests=summary["requests"],
        status_errors=summary["status_errors"],
    )


def measure(rows, base_url, mode, seconds, connections):
    """Load each row's path on the server at `base_url` after one warming
    visit (which fills the cache and makes the image renditions); keeps the
    visit's status in row["served"] and wrk's Result in row[mode]."""
    for row in rows:
        row.setdefault("served", []).append(get(base_url + row["path"])[0])
        row[mode] = wrk(base_url + row["path"], seconds, connections)


def measure_beacon(row, base_url, seconds, connections):
    """The reach beacon under load: counting a page view is this request,
    made by the browser after the page; the page's own serving is unchanged."""
    row["beacon"] = wrk(base_url + "/reach/", seconds, connections, script=BEACON_SCRIPT)
