"""Side-by-side benchmark of this bot and a stock `rasa init` bot of the same Rasa version.

    .venv/bin/python -m bench [--seconds 20] [--levels 1 10 50] [--no-write]

In one run: the vignette figures in-process (public and own sets; the tuning must not move them),
the training time of each bot (trained once per inputs, cached in .bench/), then each bot started
as it is run, its time to ready, the same load generator at each concurrency for a fixed time
(new multi-turn conversations over the REST channel: this bot the public vignettes with the
patient's follow-up answers, the stock bot its greet/mood stories), and the peak resident memory
of every process. Writes docs/performance.json, docs/performance.png and the results section of
docs/performance.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from bench.bots import STOCK_SCRIPTS, Running, bot_training, start_bot, start_stock, stock_project
from bench.load import run_steps
from bench.procs import PeakMemory
from bench.report import write_chart, write_markdown
from bot.settings import ROOT

DOCS = ROOT / "docs"
VIGNETTE_SETS = ("vignettes-public", "own-vignettes")


def vignette_figures() -> tuple[dict[str, dict], list[list[str]]]:
    """The in-process figures of each vignette set, and the public set's conversations as scripts
    (the patient's messages turn by turn, answers to the bot's questions included)."""
    from bot.evaluation.patient import run_all
    from bot.evaluation.scoring import score
    from bot.evaluation.transports import InProcessTransport
    from bot.evaluation.vignettes import load_vignettes

    transport = InProcessTransport()
    figures, scripts = {}, []
    for name in VIGNETTE_SETS:
        results = run_all(transport, load_vignettes(ROOT / "tests" / "data" / f"{name}.jsonl"))
        figures[name] = {k: v for k, v in score(results).items() if not k.startswith("turn_")}
        if name == "vignettes-public":
            scripts = [[turn["patient"] for turn in r["transcript"]] for r in results]
    return figures, scripts


def measure(bot: Running, scripts: list[list[str]], levels: list[int], seconds: float) -> dict:
    run_steps(bot.url, scripts[:3], [1], 3)  # warm-up, not counted
    with PeakMemory(bot.proc.pid) as memory:
        steps = [s.summary() for s in run_steps(bot.url, scripts, levels, seconds)]
    return {"ready_s": round(bot.ready_s, 1), "steps": steps,
            "memory_mb": {k: round(v) for k, v in sorted(memory.peak.items())},
            "memory_total_mb": round(sum(memory.peak.values()))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20, help="time at each concurrency (default 20)")
    ap.add_argument("--levels", type=int, nargs="+", default=[1, 10, 50], help="concurrent conversations")
    ap.add_argument("--no-write", action="store_true", help="print the JSON only")
    args = ap.parse_args(argv)
    figures, scripts = vignette_figures()
    project, stock_train = stock_project()
    bot_train = bot_training()
    logs = Path(tempfile.mkdtemp(prefix="bench-"))
    results = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores",
               "seconds_per_step": args.seconds, "vignettes": figures, "bots": {}}
    for name, start, bot_scripts, trained in (("stock", lambda: start_stock(project, logs), STOCK_SCRIPTS, stock_train),
                                              ("bot", lambda: start_bot(logs), scripts, bot_train)):
        print(f"measuring {name}...", flush=True)
        running = start()
        try:
            results["bots"][name] = {"train_s": trained, **measure(running, bot_scripts, args.levels, args.seconds)}
        finally:
            running.stop()
    print(json.dumps(results, indent=1))
    if not args.no_write:
        (DOCS / "performance.json").write_text(json.dumps(results, indent=1) + "\n")
        write_chart(results, DOCS / "performance.png")
        write_markdown(results, DOCS / "performance.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
