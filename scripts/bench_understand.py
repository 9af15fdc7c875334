#!/usr/bin/env python
"""Benchmark the understanding layer: Understander.load() and read() latency.

Reads every phrase of the labelled set (tests/data/extraction_set.jsonl) several times
after one warm-up pass, and writes mean / p50 / p95 / max to docs/benchmarks.md under
the section "Understanding layer (read latency)" (other sections are left alone).

    .venv/bin/python scripts/bench_understand.py [--rounds 5] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECTION = "## Understanding layer (read latency)"


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def run(rounds: int) -> dict:
    t0 = time.perf_counter()
    from bot.understand import Understander  # noqa: E402  (import cost measured separately)

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    u = Understander.load(ROOT / "data" / "triage")
    t_load = time.perf_counter() - t0
    texts = [
        json.loads(line)["text"]
        for line in open(ROOT / "tests" / "data" / "extraction_set.jsonl", encoding="utf-8")
        if line.strip()
    ]
    for t in texts:  # warm-up (fills the fuzzy cache as a running bot would)
        u.read(t)
    times: list[float] = []
    for _ in range(rounds):
        for t in texts:
            s = time.perf_counter()
            u.read(t)
            times.append((time.perf_counter() - s) * 1000.0)
    longest = max(texts, key=len)
    long_times = []
    for _ in range(20):
        s = time.perf_counter()
        u.read(longest)
        long_times.append((time.perf_counter() - s) * 1000.0)
    from bot.settings import settings

    at_cap = " ".join(texts)[: settings().max_message_chars]
    cap_times = []
    for _ in range(10):
        s = time.perf_counter()
        u.read(at_cap)
        cap_times.append((time.perf_counter() - s) * 1000.0)
    # cold read of unseen words (fuzzy cache empty for them)
    u2 = Understander.load(ROOT / "data" / "triage")
    cold = []
    for t in texts:
        s = time.perf_counter()
        u2.read(t)
        cold.append((time.perf_counter() - s) * 1000.0)
    return {
        "phrases": len(texts),
        "rounds": rounds,
        "reads": len(times),
        "import_s": t_import,
        "load_s": t_load,
        "mean_ms": statistics.mean(times),
        "p50_ms": percentile(times, 0.50),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
        "cold_mean_ms": statistics.mean(cold),
        "cold_p95_ms": percentile(cold, 0.95),
        "longest_chars": len(longest),
        "longest_mean_ms": statistics.mean(long_times),
        "cap_chars": len(at_cap),
        "cap_mean_ms": statistics.mean(cap_times),
        "cap_max_ms": max(cap_times),
        "reader_p95_cpu_ms": reader_p95_cpu_ms(),
    }


def reader_p95_cpu_ms() -> float:
    """The second reader's CPU time per phrase (p95) on the held-out 20% of data/reader's corpus."""
    from bot.understand import reader
    from bot.understand.lexicon import load_lexicon

    lexicon = load_lexicon(ROOT / "data" / "triage")
    phrases = reader.for_lexicon(reader.load_phrases(sorted((ROOT / "data" / "reader").glob("*.jsonl"))), lexicon)
    return reader.evaluate(phrases, lexicon.red_flags, reader.implications(lexicon))["p95_cpu_ms"]


def render(res: dict) -> str:
    cpu = platform.processor() or platform.machine()
    return f"""{SECTION}

Measured by `.venv/bin/python scripts/bench_understand.py` on {dt.date.today().isoformat()}
({platform.python_implementation()} {platform.python_version()}, {cpu}, {os.cpu_count()} CPUs, shared machine).
Each of the {res['phrases']} phrases of `tests/data/extraction_set.jsonl` read {res['rounds']} times after a warm-up pass
({res['reads']} reads).

| measure | value | target |
|---|---|---|
| `Understander.load()` (lexicon, schema, spaCy pipeline, matchers) | {res['load_s']:.2f} s | < 2 s |
| `import bot.understand` (spaCy, negspacy, rapidfuzz; thinc imports TensorFlow when it is installed) | {res['import_s']:.2f} s | once per process |
| `read()` mean | {res['mean_ms']:.2f} ms | < 20 ms |
| `read()` p50 | {res['p50_ms']:.2f} ms | |
| `read()` p95 | {res['p95_ms']:.2f} ms | < 20 ms |
| `read()` max | {res['max_ms']:.2f} ms | |
| `read()` mean / p95, first time each phrase is seen (empty spelling cache) | {res['cold_mean_ms']:.2f} / {res['cold_p95_ms']:.2f} ms | |
| `read()` of the longest phrase ({res['longest_chars']} characters), mean of 20 | {res['longest_mean_ms']:.2f} ms | |
| `read()` of a message at the length cap ({res['cap_chars']} characters), mean / max of 10 | {res['cap_mean_ms']:.1f} / {res['cap_max_ms']:.1f} ms | < 100 ms |
| second reader, CPU time per phrase, p95 (held-out 20% of `data/reader/`) | {res['reader_p95_cpu_ms']:.2f} ms | < 5 ms |
"""  # noqa: E501 - a Markdown table template: wrapping its rows would change the written report


def write(section: str, path: Path) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(section.rstrip() + "\n\n", text)
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text.rstrip() + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = ap.parse_args()
    res = run(args.rounds)
    section = render(res)
    print(section)
    if not args.no_write:
        write(section, args.out)
        print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
