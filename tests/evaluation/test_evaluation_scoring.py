"""Scoring on hand-made results: every figure, with the public evaluator's definitions."""
import importlib.util
import math
from pathlib import Path

import pytest

from bot.evaluation.scoring import confusion, is_miss, per_level, score, verdict

SHARED_EVALUATOR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "triage_eval.py"


def result(rid, expected, min_level, disposition, turns=1, latencies=(), services=(), error=None):
    return {"id": rid, "expected": list(expected), "min_level": min_level, "disposition": disposition,
            "slot_disposition": disposition, "services": list(services), "turns": turns,
            "latencies": list(latencies), "error": error, "transcript": []}


def mixed():
    return [
        result("r1", ["call_999"], 5, "call_999", 2, [0.1, 0.2], [{"name": "A&E"}]),      # ok, caught
        result("r2", ["emergency_department", "call_999"], 4, "gp_urgent", 1, [0.3]),    # unsafe, missed
        result("r3", ["pharmacy", "self_care"], 0, "gp_routine", 1, [0.4]),              # off, over-triaged
        result("r4", ["gp_urgent"], 3, None, 0, [], error="URLError: refused"),          # error, no advice
        result("r5", ["self_care"], 0, "magic_code", 1, [0.5]),                          # unknown code
        result("r6", ["gp_routine"], 2, "gp_routine", 5, [0.6, 0.7, 0.8, 0.9, 1.0]),     # ok
    ]


def test_every_summary_figure():
    s = score(mixed())
    assert s["vignettes"] == 6
    assert s["advised"] == 4                       # r4 (none) and r5 (unknown code) not advised
    assert s["unknown_codes"] == ["magic_code"]
    assert s["errors"] == 1
    assert s["accuracy_pct"] == pytest.approx(100 * 2 / 6)
    assert s["safety_pct"] == pytest.approx(50.0)  # r1, r3, r6; an unknown code is never safe
    assert s["under_triaged"] == 3
    assert s["emergencies"] == 2
    assert s["emergency_recall_pct"] == pytest.approx(50.0)
    assert s["over_triage_pct"] == pytest.approx(100 / 6)
    assert s["with_service_pct"] == pytest.approx(100 / 6)
    assert s["median_turns"] == 1                  # 0 1 1 1 2 5
    assert s["turn_p50_ms"] == pytest.approx(600.0)   # ten latencies 0.1..1.0 s: index 5
    assert s["turn_p95_ms"] == pytest.approx(1000.0)  # index min(9, int(9.5))


def test_no_emergencies_gives_nan_recall_not_a_crash():
    s = score([result("a", ["self_care"], 0, "self_care", 1, [0.01])])
    assert s["emergencies"] == 0
    assert math.isnan(s["emergency_recall_pct"])
    assert s["accuracy_pct"] == 100.0 and s["safety_pct"] == 100.0


def test_empty_run():
    s = score([])
    assert s["vignettes"] == 0 and s["median_turns"] == 0 and s["under_triaged"] == 0
    for key in ("accuracy_pct", "safety_pct", "emergency_recall_pct", "over_triage_pct",
                "with_service_pct", "turn_p50_ms", "turn_p95_ms"):
        assert math.isnan(s[key]), key


def test_same_level_but_not_expected_is_wrong_safe_and_not_over():
    r = result("a", ["gp_urgent"], 3, "nhs_111")
    s = score([r])
    assert (s["accuracy_pct"], s["safety_pct"], s["over_triage_pct"]) == (0.0, 100.0, 0.0)
    assert verdict(r) == "off" and is_miss(r)


def test_emergency_caught_at_a_level_4_code_even_if_not_expected():
    s = score([result("a", ["call_999"], 5, "emergency_department")])
    assert s["emergency_recall_pct"] == 100.0      # level 4 counts as caught...
    assert s["safety_pct"] == 0.0                  # ...but it is below this vignette's min_level 5
    assert s["under_triaged"] == 1


def test_over_triage_is_against_the_highest_expected_level():
    s = score([result("a", ["self_care", "gp_urgent"], 0, "nhs_111"),           # 3 == max: not over
               result("b", ["self_care", "gp_urgent"], 0, "emergency_department")])  # 4 > 3: over
    assert s["over_triage_pct"] == 50.0


def test_verdicts():
    ok, unsafe, off, err, unknown = (mixed()[i] for i in (0, 1, 2, 3, 4))
    assert verdict(ok) == "ok" and not is_miss(ok)
    assert verdict(unsafe) == "UNSAFE" and is_miss(unsafe)
    assert verdict(off) == "off" and is_miss(off)
    assert verdict(err) == "UNSAFE"                # no advice is below every min_level
    assert verdict(unknown) == "UNSAFE"            # unknown code: level -1


def test_per_level_table():
    rows = {row["min_level"]: row for row in per_level(mixed())}
    assert sorted(rows) == [0, 1, 2, 3, 4, 5]
    assert (rows[0]["n"], rows[0]["correct"], rows[0]["safe"]) == (2, 0, 1)
    assert rows[0]["accuracy_pct"] == 0.0 and rows[0]["safety_pct"] == 50.0
    assert rows[1]["n"] == 0 and math.isnan(rows[1]["accuracy_pct"]) and math.isnan(rows[1]["safety_pct"])
    assert (rows[2]["n"], rows[2]["accuracy_pct"], rows[2]["safety_pct"]) == (1, 100.0, 100.0)
    assert (rows[3]["n"], rows[3]["accuracy_pct"], rows[3]["safety_pct"]) == (1, 0.0, 0.0)
    assert (rows[4]["n"], rows[4]["safe"]) == (1, 0)
    assert (rows[5]["n"], rows[5]["safe"]) == (1, 1)
    assert sum(row["n"] for row in rows.values()) == 6


def test_confusion_is_first_expected_choice_against_got():
    extra = result("r7", ["call_999"], 5, "call_999")
    assert confusion(mixed() + [extra]) == {
        "call_999": {"call_999": 2},
        "emergency_department": {"gp_urgent": 1},
        "pharmacy": {"gp_routine": 1},
        "gp_urgent": {"(none)": 1},
        "self_care": {"magic_code": 1},
        "gp_routine": {"gp_routine": 1},
    }


@pytest.mark.skipif(not SHARED_EVALUATOR.exists(), reason="the public evaluator (../shared/eval) is not here")
def test_summary_equals_the_public_evaluators_on_the_same_results():
    spec = importlib.util.spec_from_file_location("triage_eval", SHARED_EVALUATOR)
    triage_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(triage_eval)
    for results in (mixed(), mixed()[:1], mixed()[1:4], []):
        ours, theirs = score(results), triage_eval.score(results)
        assert list(ours) == list(theirs)
        for key in ours:
            a, b = ours[key], theirs[key]
            if isinstance(b, float) and math.isnan(b):
                assert math.isnan(a), key
            else:
                assert a == b, key
