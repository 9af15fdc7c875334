#!/usr/bin/env python
"""Benchmark the Kent and Medway service catalogue: loading it at start-up, and the lookup a turn
makes (services for a disposition near a postcode).

Loads data/services (every area, validated) several times, each in a fresh process so nothing is
cached, then times services_for over every district and border sector of the region and every
disposition. Writes the section between the bench_catalogue markers of docs/benchmarks.md.

    .venv/bin/python scripts/bench_catalogue.py [--loads 5] [--rounds 3] [--no-write]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MARK_START, MARK_END = "<!-- bench_catalogue:start -->", "<!-- bench_catalogue:end -->"
LOAD = (
    "import time; t = time.perf_counter(); from bot.catalogue.region import Region; "
    "i = time.perf_counter(); r = Region.load('data/services'); e = time.perf_counter(); "
    "print(i - t, e - i, len(r.entries))"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=5, help="fresh processes loading the catalogue")
    parser.add_argument("--rounds", type=int, default=3, help="passes over every place and disposition")
    parser.add_argument("--no-write", dest="write", action="store_false", help="print only")
    args = parser.parse_args()

    imports, loads = [], []
    entries = 0
    for _ in range(args.loads):
        out = subprocess.run([sys.executable, "-c", LOAD], cwd=ROOT, capture_output=True, text=True, check=True)
        t_import, t_load, n = out.stdout.split()
        imports.append(float(t_import))
        loads.append(float(t_load))
        entries = int(n)

    from bot.catalogue.check import places
    from bot.catalogue.region import Region

    region = Region.load(ROOT / "data" / "services")
    where = places(region)
    codes = list(region.dispositions)
    times = []
    for _ in range(args.rounds):
        for place in where:
            for code in codes:
                start = time.perf_counter()
                region.services_for(code, f"my postcode is {place}")
                times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    load = statistics.median(loads)
    lines = [
        MARK_START, "## Service catalogue (scripts/bench_catalogue.py)", "",
        f"Measured {time.strftime('%Y-%m-%d')} on the 2-core reference machine: "
        f"`.venv/bin/python scripts/bench_catalogue.py --loads {args.loads} --rounds {args.rounds}`. "
        f"Kent and Medway: {entries} entries in {len(region.catalogues)} areas, loaded once per process "
        "(`bot/assembly.py`); a turn only looks up.", "",
        "| measure | value | goal |", "|---|---|---|",
        f"| `Region.load('data/services')`, fresh process, median of {args.loads} "
        f"(min {min(loads):.2f}, max {max(loads):.2f}) | {load:.2f} s | < 1 s |",
        f"| `import bot.catalogue.region`, median | {statistics.median(imports):.2f} s | |",
        f"| `services_for()` over {len(where)} places x {len(codes)} dispositions x {args.rounds}: mean "
        f"| {statistics.mean(times):.2f} ms | |",
        f"| `services_for()` p95 | {p95:.2f} ms | < 5 ms |",
        f"| `services_for()` max | {times[-1]:.2f} ms | |", "",
        f"Goals: load under 1 s ({'met' if load < 1 else 'NOT met'}); "
        f"lookup p95 under 5 ms ({'met' if p95 < 5 else 'NOT met'}).", "", MARK_END,
    ]
    section = "\n".join(lines)
    print(section)
    if args.write:
        path = ROOT / "docs" / "benchmarks.md"
        text = path.read_text(encoding="utf-8")
        if MARK_START in text:
            text = re.sub(re.escape(MARK_START) + ".*?" + re.escape(MARK_END), lambda _: section, text, flags=re.S)
        else:
            text = text.rstrip() + "\n\n" + section + "\n"
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
