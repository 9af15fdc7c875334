"""Which self-care and pharmacy rules have care advice (data/triage/care_advice.yml), and which do not.

    .venv/bin/python scripts/care_coverage.py            # every such rule, marked + (advice) or - (none)
    .venv/bin/python scripts/care_coverage.py --missing  # only the rules without advice

A rule like pharmacy_advice covers several findings: its line lists the findings that have their own
entry (`for:`) in brackets, and those without one after "no advice for".
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import Content  # noqa: E402
from bot.triage.care import CARE_DISPOSITIONS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list only the rules without care advice")
    args = parser.parse_args(argv)
    content = Content.load(ROOT / "data" / "triage")
    rules = [r for r in content.rules if r.disposition.code in CARE_DISPOSITIONS]
    covered = [r for r in rules if r.id in content.care]
    for rule in rules:
        entries = content.care.get(rule.id, ())
        if args.missing and entries:
            continue
        line = f"{'+' if entries else '-'} {rule.disposition.code:9} {rule.id}"
        if entries and any(a.about for a in entries):
            general = any(not a.about for a in entries)
            about = sorted({f for a in entries for f in a.about})
            rest = [f for f in rule.if_any if f not in about]
            line += f" [{', '.join(about)}]"
            if rest and not general:
                line += f" (no advice for {', '.join(rest)})"
        print(line)
    pages = {a.nhs_page for entries in content.care.values() for a in entries}
    print(f"\n{len(covered)} of {len(rules)} self-care and pharmacy rules have care advice, from {len(pages)} NHS pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
