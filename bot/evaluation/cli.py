"""Command line: ``python -m bot.evaluation VIGNETTES [--url URL --token T | --in-process] ...``
(mounted as ``bot eval`` through ``add_subparser``).

Exit code 0 when the run happened, whatever the figures; 2 when no vignette reached the bot (or
the vignettes or the in-process bot could not be loaded).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import subprocess
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path

from bot.evaluation import report
from bot.evaluation.patient import MAX_TURNS, run_all
from bot.evaluation.scoring import confusion, per_level, score
from bot.evaluation.transports import HttpTransport, InProcessTransport, Transport
from bot.evaluation.vignettes import VignetteError, load_vignettes

DESCRIPTION = "Run triage vignettes against the bot and score its signposting (accuracy, safety, " \
              "emergency recall, over-triage), with Markdown and JSON reports."
REPO = Path(__file__).resolve().parents[2]


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("vignettes", metavar="VIGNETTES", help="JSON Lines file of vignettes")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--url", default=None,
                        help="a running bot's Rasa server (default http://localhost:5005)")
    target.add_argument("--in-process", action="store_true",
                        help="run the bot in this process from data/ (no servers)")
    parser.add_argument("--token", default=None, help="Rasa HTTP API token, if the server has one")
    parser.add_argument("--out-md", metavar="FILE", help="write the Markdown report here")
    parser.add_argument("--out-json", metavar="FILE", help="write the JSON report (every conversation) here")
    parser.add_argument("--concurrency", type=int, default=1,
                        help="conversations at once over HTTP (in-process runs one at a time)")
    parser.add_argument("--max-turns", type=int, default=MAX_TURNS, help="patient messages per vignette")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="in-process: read relative dates ('since Saturday') as of this day, the day the set "
                             "was written (default: today)")
    parser.add_argument("--timeout", type=float, default=30.0, help="HTTP timeout in seconds")
    parser.add_argument("--quiet", action="store_true", help="summary only")
    parser.set_defaults(func=run)
    return parser


def add_subparser(subparsers) -> argparse.ArgumentParser:
    """Mount as ``bot eval``; the parsed args carry ``func`` (call ``args.func(args)``)."""
    return configure(subparsers.add_parser("eval", help="run the triage vignette evaluation",
                                           description=DESCRIPTION))


def build_parser() -> argparse.ArgumentParser:
    return configure(argparse.ArgumentParser(prog="python -m bot.evaluation", description=DESCRIPTION))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


def bot_version() -> str | None:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=REPO, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write(path: str, text: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    err = sys.stderr
    warnings: list[str] = []
    try:
        vignettes = load_vignettes(args.vignettes, warnings)
    except (OSError, VignetteError) as exc:
        print("cannot read the vignettes: %s" % exc, file=err)
        return 2
    if not vignettes:
        print("no vignettes in %s" % args.vignettes, file=err)
        return 2
    if args.max_turns < 1:
        print("--max-turns must be at least 1", file=err)
        return 2

    transport: Transport
    if args.in_process:
        try:
            transport = InProcessTransport(today=args.today)
        except Exception as exc:  # noqa: BLE001 - report why the bot would not load, then stop
            print("cannot load the bot in-process: %s: %s" % (type(exc).__name__, exc), file=err)
            return 2
        if args.concurrency > 1 and not args.quiet:
            print("in-process: conversations run one at a time (--concurrency ignored)", file=err)
    else:
        transport = HttpTransport(args.url or "http://localhost:5005", args.token, args.timeout)

    meta = {"vignettes_file": args.vignettes, "vignettes_sha256": sha256(args.vignettes),
            "vignettes": len(vignettes), "target": transport.name,
            "bot_version": bot_version() if args.in_process else None,
            "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "max_turns": args.max_turns, "run_id": uuid.uuid4().hex[:8]}
    results = run_all(transport, vignettes, args.max_turns, max(1, args.concurrency), meta["run_id"])

    if not any(r["transcript"] for r in results):
        print("no vignette reached the bot at %s: %s" % (transport.name, results[0]["error"]), file=err)
        return 2
    blind = [r for r in results if r["tracker_failures"]]
    if blind:
        warnings.append("the tracker could not be read in %d of %d conversations, so the patient could "
                        "not see requested_slot and answered 'no' (is --token right?)" % (len(blind), len(results)))
    for w in warnings:
        print("warning: " + w, file=err)

    summary, levels, matrix = score(results), per_level(results), confusion(results)
    if not args.quiet:
        for r in results:
            print(report.console_row(r))
    if args.out_md:
        write(args.out_md, report.render_markdown(summary, levels, matrix, results, meta, warnings))
    if args.out_json:
        write(args.out_json, report.render_json(summary, levels, matrix, results, meta, warnings))
    for line in report.console_summary(summary, levels):
        print(line)
    return 0
