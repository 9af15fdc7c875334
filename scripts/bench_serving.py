"""Benchmark the running bot: turn latency over the REST channel and the servers' memory.

    .venv/bin/python scripts/bench_serving.py [--rounds 3] [--write docs/benchmarks.md]

Starts the real stack on free ports (as the tests do), replays the public vignettes as patients
(the evaluator's answering policy) at concurrency 1 and 4, and reports p50/p95/max turn latency
and the resident memory of the action server, the Rasa server and the website. Goals: p95 turn
latency under 500 ms at concurrency 4 on the 2-core reference machine; under 2 GB memory in all.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluation.patient import run_all  # noqa: E402
from bot.evaluation.transports import HttpTransport  # noqa: E402
from bot.evaluation.vignettes import load_vignettes  # noqa: E402
from bot.serve import Stack, free_port  # noqa: E402

MARK_START, MARK_END = "<!-- bench_serving:start -->", "<!-- bench_serving:end -->"


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    total = 0
    pids = [pid]
    for child in Path(f"/proc/{pid}/task").glob("*/children"):
        pids += [int(p) for p in child.read_text().split()]
    for p in pids:
        status = Path(f"/proc/{p}/status")
        if status.exists():
            m = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
            total += int(m.group(1)) if m else 0
    return total / 1024


def replay(stack: Stack, vignettes: list, concurrency: int) -> list[float]:
    transport = HttpTransport(stack.rasa_url, stack.token, timeout=30)
    results = run_all(transport, vignettes, concurrency=concurrency)
    return [x for r in results for x in r["latencies"]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--write", type=Path, help="replace this script's section in a Markdown file")
    args = ap.parse_args()
    vignettes = load_vignettes(ROOT / "tests" / "data" / "vignettes-public.jsonl")
    logs = Path(tempfile.mkdtemp(prefix="bench-"))
    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(),
                  token="bench", tracker_db=logs / "rasa.db", log_dir=logs)
    t0 = time.perf_counter()
    stack.start()
    startup = time.perf_counter() - t0
    rows = []
    try:
        for concurrency in (1, 4):
            lat = sorted(x for _ in range(args.rounds) for x in replay(stack, vignettes, concurrency))
            rows.append((concurrency, len(lat), 1000 * statistics.median(lat),
                         1000 * lat[int(0.95 * (len(lat) - 1))], 1000 * lat[-1]))
        memory = {name: rss_mb(proc.pid) for name, proc in stack.procs.items()}
    finally:
        stack.stop()
    lines = [MARK_START, "## Serving (scripts/bench_serving.py)", "",
             f"Measured {time.strftime('%Y-%m-%d')} on the 2-core reference machine: "
             f"`.venv/bin/python scripts/bench_serving.py --rounds {args.rounds}`. "
             f"Start-up (servers answering, model already trained): {startup:.1f} s.", "",
             "| concurrency | turns | p50 ms | p95 ms | max ms |", "|---|---|---|---|---|"]
    lines += [f"| {c} | {n} | {p50:.0f} | {p95:.0f} | {mx:.0f} |" for c, n, p50, p95, mx in rows]
    lines += ["", "| process | resident memory MB |", "|---|---|"]
    lines += [f"| {k} | {v:.0f} |" for k, v in memory.items()]
    p95_at_4, total = rows[-1][3], sum(memory.values())
    lines += [f"| total | {total:.0f} |", "",
              f"Goals: p95 under 500 ms at concurrency 4 ({'met' if p95_at_4 < 500 else 'NOT met'}); "
              f"under 2 GB in all ({'met' if total < 2048 else 'NOT met'}).", "", MARK_END]
    section = "\n".join(lines)
    print(section)
    if args.write:
        text = args.write.read_text() if args.write.exists() else "# Benchmarks\n"
        if MARK_START in text:
            text = re.sub(re.escape(MARK_START) + ".*?" + re.escape(MARK_END), section, text, flags=re.S)
        else:
            text = text.rstrip() + "\n\n" + section + "\n"
        args.write.write_text(text)
    print(json.dumps({"startup_s": startup, "rows": rows, "memory_mb": memory}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
