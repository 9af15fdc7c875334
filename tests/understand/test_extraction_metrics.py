"""Regression check: the labelled extraction set (tests/data/extraction_set.jsonl) keeps its figures.

The lexicon was tuned on this set, so these are not measures of unseen wording: the blind figures
(first runs of later phrase sets and vignette rounds) are in docs/evaluation.md."""
from pathlib import Path

import pytest

from bot.understand.evaluate import evaluate, load_set

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "extraction_set.jsonl"


@pytest.fixture(scope="module")
def rows():
    return load_set(SET)


@pytest.fixture(scope="module")
def metrics(understander, rows):
    return evaluate(understander, rows)


def test_set_is_big_enough(rows):
    assert len(rows) >= 320


def test_every_red_flag_is_affirmed_at_least_three_times(understander, rows):
    counts = {sid: 0 for sid in understander.lexicon.red_flags}
    for row in rows:
        for sid in row["present"]:
            if sid in counts:
                counts[sid] += 1
    assert {sid: n for sid, n in counts.items() if n < 3} == {}


def test_labels_use_known_ids(understander, rows):
    known = set(understander.lexicon.symptoms)
    unknown = {sid for row in rows for sid in row["present"] + row["absent"] if sid not in known}
    assert unknown == set()


def test_symptom_recall(metrics):
    assert metrics.recall >= 0.95, metrics.summary()


def test_precision(metrics):
    assert metrics.precision >= 0.90, metrics.summary()


def test_negation_accuracy(metrics):
    assert metrics.negation_accuracy >= 0.95, metrics.summary()


def test_red_flag_recall(metrics):
    assert metrics.red_flag_recall == 1.0, [e for e in metrics.errors if "missed" in e]


def test_demographics(metrics):
    assert metrics.age_accuracy >= 0.9
    assert metrics.sex_accuracy >= 0.9
    assert metrics.subject_accuracy >= 0.9


@pytest.mark.parametrize("name", ["holdout.jsonl", "holdout2.jsonl"])
def test_later_phrase_sets_do_not_regress(understander, name):
    """Phrases written after tuning (tests/understand/data); see docs/evaluation.md for their
    first, blind figures. Kept as regression checks."""
    m = evaluate(understander, load_set(Path(__file__).parent / "data" / name))
    assert m.recall >= 0.95 and m.precision >= 0.90, m.summary()
    assert m.negation_accuracy >= 0.95 and m.red_flag_recall == 1.0, m.summary()
