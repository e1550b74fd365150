"""The bench's table, in Markdown so a run can be pasted into bench/README.md."""

import os


def _ratio(value, ceiling):
    return f"{value / ceiling:.2f}" if ceiling else "–"


def _load(result):
    """req/s, p50, p99 and the ratio's numerator, or dashes when nothing completed."""
    if not result.requests:
        return "–", "–", "–"
    return f"{result.requests_per_second:,.0f}", f"{result.p50_ms:.1f}", f"{result.p99_ms:.1f}"


def print_table(title, rows, memory, arguments):
    """rows: [{"kind", "path", "queries": [cached, uncached], "cached": Result, "uncached": Result}],
    the constant view first; memory: {mode: [worker RSS in MB]}."""
    ceiling = rows[0]["cached"].requests_per_second
    print(
        f"\n### {title}: wrk -t1 -c{arguments.connections} -d{arguments.seconds}s, "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    print(
        "| page | path | cached req/s | p50 ms | p99 ms | ÷ ceiling | uncached req/s | p50 ms | p99 ms | queries cached / uncached |"
    )
    print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
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
        print(f"| {' | '.join(cells)} |")
    for mode, sizes in memory.items():
        print(f"\nWorker RSS after the {mode} run: {', '.join(f'{size:.0f}' for size in sizes)} MB.", end="")
    print()
