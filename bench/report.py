"""The bench's table, in Markdown so a run can be pasted into bench/README.md."""

import os


def _ratio(value, reference):
    return f"{value / reference:.2f}" if value and reference else "–"


def _load(result):
    """req/s, p50 and p99 as printed, or dashes when nothing completed."""
    if not result.requests:
        return "–", "–", "–"
    rate = result.requests_per_second
    return f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}", f"{result.p50_ms:.1f}", f"{result.p99_ms:.1f}"


def print_table(title, rows, memory, arguments):
    """rows: [{"kind", "path", "queries": [cached, uncached(, after a publish)], "cached": Result,
    "uncached": Result}],
    the constant view first; memory: {mode: [worker RSS in MB]}."""
    ceiling = rows[0]["cached"].requests_per_second
    sqlite = "sqlite" in rows[0]
    print(
        f"\n### {title}: wrk -t1 -c{arguments.connections} -d{arguments.seconds}s, "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    columns = "page | path | cached req/s | p50 ms | p99 ms | ÷ ceiling | uncached req/s | p50 ms | p99 ms"
    counts = "cached / uncached / after a publish" if len(rows[0]["queries"]) == 3 else "cached / uncached"
    columns += f" | queries {counts}" + (" | uncached SQLite req/s | PostgreSQL ÷ SQLite" if sqlite else "")
    print(f"| {columns} |")
    print("|---|---|" + "--:|" * (columns.count("|") - 1))
    for row in rows:
        cached, uncached = row["cached"], row["uncached"]
        cells = [
            row["kind"],
            f"`{row['path']}`",
            *_load(cached),
            _ratio(cached.requests_per_second, ceiling),
            *_load(uncached),
            " / ".join(str(count) for count in row["queries"]),
        ]
        if sqlite:
            cells += [_load(row["sqlite"])[0], _ratio(uncached.requests_per_second, row["sqlite"].requests_per_second)]
        print(f"| {' | '.join(cells)} |")
    if "beacon" in rows[0]:
        beacon = rows[0]["beacon"]
        rate, p50, p99 = _load(beacon)
        print(
            f"\nReach beacon (`POST /reach/`, counted in Redis): {rate} req/s, p50 {p50} ms, p99 {p99} ms, "
            f"{_ratio(beacon.requests_per_second, ceiling)} of the ceiling; {beacon.status_errors} error responses."
        )
    for mode, sizes in memory.items():
        print(f"\nWorker RSS after the {mode} run: {', '.join(f'{size:.0f}' for size in sizes)} MB.", end="")
    print()
