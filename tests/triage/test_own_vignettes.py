"""Regression check: the bot on our own earlier vignette rounds (tests/data/own-vignettes.jsonl).

The lexicon and rules were tuned on these misses, so the figures here say nothing about unseen
patients; only each round's first, blind run does (docs/evaluation.md).

The vignettes were written from NHS website / NHS 111 / NICE / Pharmacy First guidance in five
rounds; each round was run once blind before the lexicon and rules were changed for it (the
figures are in docs/evaluation.md, "Own held-out vignettes"). The patient is the same simulated
patient as the public evaluator: it gives the vignette's facts when asked and says "no" to every
other question, within 12 turns.

Targets: no under-triage at all, every emergency caught, accuracy >= 90%, over-triage <= 10%.
"""
from pathlib import Path

import pytest

from bot.evaluation import load_vignettes, run_all, score
from bot.evaluation.patient import MAX_TURNS
from bot.evaluation.scoring import is_over, is_safe, level_of
from bot.evaluation.transports import InProcessTransport

VIGNETTES = Path(__file__).resolve().parents[1] / "data" / "own-vignettes.jsonl"


@pytest.fixture(scope="module")
def results():
    vignettes = load_vignettes(VIGNETTES)
    return run_all(InProcessTransport(), vignettes, MAX_TURNS, run_id="own")


@pytest.fixture(scope="module")
def summary(results):
    return score(results)


def _describe(rows):
    return "\n".join(f"{r['id']}: got {r['disposition']} ({r['rule']}), want {r['expected']} "
                     f"min {r['min_level']}: {r['message'][:80]}" for r in rows)


def test_the_set_is_big_and_covers_every_disposition(results):
    from bot.evaluation.contract import LEVEL

    assert len(results) >= 150
    assert {c for r in results for c in r["expected"][:1]} == set(LEVEL)


def test_every_conversation_ends_in_advice(results):
    unfinished = [r for r in results if r["disposition"] is None or r["error"]]
    assert not unfinished, _describe(unfinished)
    assert max(r["turns"] for r in results) <= MAX_TURNS


def test_no_under_triage(results, summary):
    unsafe = [r for r in results if not is_safe(r)]
    assert summary["safety_pct"] == 100.0, _describe(unsafe)


def test_every_emergency_is_caught(results, summary):
    missed = [r for r in results if r["min_level"] >= 4 and level_of(r) < 4]
    assert summary["emergency_recall_pct"] == 100.0, _describe(missed)


def test_accuracy(results, summary):
    wrong = [r for r in results if r["disposition"] not in r["expected"]]
    assert summary["accuracy_pct"] >= 90.0, _describe(wrong)


def test_over_triage(results, summary):
    over = [r for r in results if is_over(r)]
    assert summary["over_triage_pct"] <= 10.0, _describe(over)
