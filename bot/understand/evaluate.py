"""Evaluate symptom extraction on the labelled set (tests/data/extraction_set.jsonl).

Each line: {"text", "present": [ids], "absent": [ids], "age"?, "sex"?, "subject"?}

Metrics
  symptom recall     labelled present ids reported present / labelled present ids
  precision          reported present ids that are labelled present (or implied by a
                     labelled id through the lexicon's `implies`) / reported present ids
  negation accuracy  labelled absent ids reported negated (and not present) / labelled absent ids
  red-flag recall    labelled present red-flag ids reported present / labelled present red-flag ids
  age / sex / subject accuracy   over the lines that give them (age within 0.05 years or 2%)

Run:  .venv/bin/python -m bot.understand.evaluate [--set PATH] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.understand.understander import Understander

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SET = ROOT / "tests" / "data" / "extraction_set.jsonl"
DEFAULT_LEXICON = ROOT / "data" / "triage"


@dataclass
class Metrics:
    n_phrases: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    absent_total: int = 0
    absent_ok: int = 0
    red_total: int = 0
    red_ok: int = 0
    age_total: int = 0
    age_ok: int = 0
    sex_total: int = 0
    sex_ok: int = 0
    subject_total: int = 0
    subject_ok: int = 0
    errors: list[dict] = field(default_factory=list)
    missed: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    @property
    def precision(self) -> float:
        return self._ratio(self.tp_pred, self.tp_pred + self.fp)

    tp_pred: int = 0

    @property
    def negation_accuracy(self) -> float:
        return self._ratio(self.absent_ok, self.absent_total)

    @property
    def red_flag_recall(self) -> float:
        return self._ratio(self.red_ok, self.red_total)

    @property
    def age_accuracy(self) -> float:
        return self._ratio(self.age_ok, self.age_total)

    @property
    def sex_accuracy(self) -> float:
        return self._ratio(self.sex_ok, self.sex_total)

    @property
    def subject_accuracy(self) -> float:
        return self._ratio(self.subject_ok, self.subject_total)

    def summary(self) -> dict:
        return {
            "phrases": self.n_phrases,
            "symptom_recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "negation_accuracy": round(self.negation_accuracy, 4),
            "red_flag_recall": round(self.red_flag_recall, 4),
            "age_accuracy": round(self.age_accuracy, 4),
            "sex_accuracy": round(self.sex_accuracy, 4),
            "subject_accuracy": round(self.subject_accuracy, 4),
            "counts": {
                "present_labelled": self.tp + self.fn,
                "present_found": self.tp,
                "reported_present": self.tp_pred + self.fp,
                "false_positives": self.fp,
                "absent_labelled": self.absent_total,
                "absent_found": self.absent_ok,
                "red_flag_labelled": self.red_total,
                "red_flag_found": self.red_ok,
                "age_labelled": self.age_total,
                "sex_labelled": self.sex_total,
                "subject_labelled": self.subject_total,
            },
        }


def load_set(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{i}: {exc}") from exc
    return rows


def evaluate(understander: Understander, rows: list[dict]) -> Metrics:
    lex = understander.lexicon
    red = lex.red_flags
    m = Metrics()
    for row in rows:
        m.n_phrases += 1
        reading = understander.read(row["text"])
        present = reading.present()
        absent = reading.absent()
        gold = set(row.get("present", []))
        allowed = set()
        for sid in gold:
            allowed |= lex.implied_closure(sid)
        err: dict = {}
        for sid in gold:
            if sid in present:
                m.tp += 1
            else:
                m.fn += 1
                m.missed[sid] += 1
                err.setdefault("missed", []).append(sid)
            if sid in red:
                m.red_total += 1
                m.red_ok += sid in present
        for sid in present:
            if sid in allowed:
                m.tp_pred += 1
            else:
                m.fp += 1
                m.spurious[sid] += 1
                err.setdefault("spurious", []).append(sid)
        for sid in row.get("absent", []):
            m.absent_total += 1
            if sid in absent and sid not in present:
                m.absent_ok += 1
            else:
                err.setdefault("not_negated", []).append(sid)
        if "age" in row:
            m.age_total += 1
            want = float(row["age"])
            got = reading.age_years
            if got is not None and abs(got - want) <= max(0.05, 0.02 * want):
                m.age_ok += 1
            else:
                err["age"] = (want, got)
        if "sex" in row:
            m.sex_total += 1
            if reading.sex == row["sex"]:
                m.sex_ok += 1
            else:
                err["sex"] = (row["sex"], reading.sex)
        if "subject" in row:
            m.subject_total += 1
            if reading.subject == row["subject"]:
                m.subject_ok += 1
            else:
                err["subject"] = (row["subject"], reading.subject)
        if err:
            err["text"] = row["text"]
            err["found"] = sorted((f.symptom, f.context) for f in reading.findings)
            m.errors.append(err)
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON)
    ap.add_argument("--errors", action="store_true", help="print every phrase with a mistake")
    args = ap.parse_args(argv)
    u = Understander.load(args.lexicon)
    m = evaluate(u, load_set(args.set))
    if args.errors:
        for e in m.errors:
            print(json.dumps(e, ensure_ascii=False))
        print()
    print(json.dumps(m.summary(), indent=2))
    if m.missed:
        print("most missed:", m.missed.most_common(10))
    if m.spurious:
        print("most spurious:", m.spurious.most_common(10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
