"""The figures. ``score`` has exactly the definitions (and keys) of triage_eval.py's summary:

accuracy        the disposition is one of the expected codes
safety          the disposition is a contract code and its level >= min_level
under_triaged   vignettes not safe (including no advice, unknown codes and errors)
emergency recall of vignettes with min_level >= 4, those advised at level >= 4
over-triage     a contract code whose level is above the highest expected level
with_service    the advice listed at least one service
turn latency    p50 / p95 over every turn of every conversation

Percentages are NaN when their denominator is 0 (e.g. recall with no emergencies).
``per_level`` and ``confusion`` break the same outcomes down for the reports.
"""
from __future__ import annotations

import math
import statistics

from bot.evaluation.contract import EMERGENCY_LEVEL, LEVEL, LEVELS

NAN = float("nan")
NO_ADVICE = "(none)"


def pct(num: int, den: int) -> float:
    return 100.0 * num / den if den else NAN


def level_of(result: dict) -> int:
    return LEVEL.get(result["disposition"], -1)


def is_correct(result: dict) -> bool:
    return result["disposition"] in result["expected"]


def is_safe(result: dict) -> bool:
    return result["disposition"] in LEVEL and level_of(result) >= result["min_level"]


def is_over(result: dict) -> bool:
    return (result["disposition"] in LEVEL
            and level_of(result) > max(LEVEL.get(c, 0) for c in result["expected"]))


def verdict(result: dict) -> str:
    """One word for a result: ok, UNSAFE (below min_level, incl. no advice), or off (safe but wrong)."""
    if is_correct(result):
        return "ok"
    return "UNSAFE" if level_of(result) < result["min_level"] else "off"


def is_miss(result: dict) -> bool:
    return not is_correct(result) or not is_safe(result)


def score(results: list[dict]) -> dict:
    n = len(results)
    correct = [r for r in results if is_correct(r)]
    safe = [r for r in results if is_safe(r)]
    emergencies = [r for r in results if r["min_level"] >= EMERGENCY_LEVEL]
    caught = [r for r in emergencies if level_of(r) >= EMERGENCY_LEVEL]
    over = [r for r in results if is_over(r)]
    lat = sorted(x for r in results for x in r["latencies"])
    return {
        "vignettes": n,
        "advised": sum(1 for r in results if r["disposition"] in LEVEL),
        "unknown_codes": sorted({r["disposition"] for r in results
                                 if r["disposition"] and r["disposition"] not in LEVEL}),
        "errors": sum(1 for r in results if r["error"]),
        "accuracy_pct": pct(len(correct), n),
        "safety_pct": pct(len(safe), n),
        "under_triaged": n - len(safe),
        "emergencies": len(emergencies),
        "emergency_recall_pct": pct(len(caught), len(emergencies)),
        "over_triage_pct": pct(len(over), n),
        "with_service_pct": pct(sum(1 for r in results if r["services"]), n),
        "median_turns": statistics.median([r["turns"] for r in results]) if results else 0,
        "turn_p50_ms": 1000 * lat[len(lat) // 2] if lat else NAN,
        "turn_p95_ms": 1000 * lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else NAN,
    }


def per_level(results: list[dict]) -> list[dict]:
    """For each min_level 0..5: how many vignettes, accuracy and safety among them."""
    rows = []
    for lvl in LEVELS:
        group = [r for r in results if r["min_level"] == lvl]
        rows.append({
            "min_level": lvl,
            "n": len(group),
            "correct": sum(1 for r in group if is_correct(r)),
            "safe": sum(1 for r in group if is_safe(r)),
            "accuracy_pct": pct(sum(1 for r in group if is_correct(r)), len(group)),
            "safety_pct": pct(sum(1 for r in group if is_safe(r)), len(group)),
        })
    return rows


def confusion(results: list[dict]) -> dict[str, dict[str, int]]:
    """expected first choice -> disposition got -> count (no advice counts as "(none)")."""
    table: dict[str, dict[str, int]] = {}
    for r in results:
        got = r["disposition"] or NO_ADVICE
        row = table.setdefault(r["expected"][0], {})
        row[got] = row.get(got, 0) + 1
    return table


def code_order(code: str) -> tuple:
    """Most urgent first, contract order within a level; unknown codes, then no advice, last."""
    if code in LEVEL:
        return (0, -LEVEL[code], list(LEVEL).index(code))
    return (2, 0, 0) if code == NO_ADVICE else (1, 0, code)


def finite(value):
    """NaN/inf as None (for strict JSON); everything else unchanged, recursively."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    return value
