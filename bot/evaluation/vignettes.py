"""Loading and checking vignette files (JSON Lines, one vignette a line).

A vignette: ``id`` (unique), ``message`` (the patient's first message), ``facts`` and ``answers``
(slot -> what the patient says when asked for it; ``answers`` wins over ``facts``), ``expected``
(acceptable disposition codes, best first), ``min_level`` (0..5: the lowest safe urgency) and an
optional ``source``. A malformed vignette stops the run: a typo in an expected code would
otherwise be scored silently as a miss (or a hit) for the bot. Level inconsistencies are only
reported as warnings.
"""
from __future__ import annotations

import json
from pathlib import Path

from bot.evaluation.contract import LEVEL, LEVELS

SCALAR = (str, int, float, bool)


class VignetteError(ValueError):
    def __init__(self, path: Path | str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line = str(path), line


def check_vignette(v: object) -> list[str]:
    """Every problem with one vignette, in words (empty when it is usable)."""
    if not isinstance(v, dict):
        return ["a vignette must be a JSON object"]
    problems = []
    if not isinstance(v.get("id"), str) or not v.get("id", "").strip():
        problems.append("'id' must be a non-empty string")
    if not isinstance(v.get("message"), str) or not v.get("message", "").strip():
        problems.append("'message' must be a non-empty string")
    for key in ("facts", "answers"):
        value = v.get(key, {})
        if value is None:
            continue
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(x, SCALAR) for k, x in value.items()):
            problems.append(f"'{key}' must map slot names to strings or numbers")
    expected = v.get("expected")
    if not isinstance(expected, list) or not expected or not all(isinstance(c, str) for c in expected):
        problems.append("'expected' must be a non-empty list of disposition codes")
        expected = None
    else:
        unknown = [c for c in expected if c not in LEVEL]
        if unknown:
            problems.append("'expected' has codes not in the triage contract: " + ", ".join(unknown))
            expected = None
    min_level = v.get("min_level")
    if isinstance(min_level, bool) or not isinstance(min_level, int) or min_level not in LEVELS:
        problems.append("'min_level' must be an integer from 0 to 5")
    return problems


def doubts_about(v: dict) -> list[str]:
    """Inconsistencies that do not stop a run but make a vignette's figures contradictory: an
    expected code below min_level is scored correct yet unsafe."""
    low = [c for c in v["expected"] if LEVEL[c] < v["min_level"]]
    if not low:
        return []
    return ["expected %s below min_level %d, so it would count as correct but unsafe"
            % (", ".join("%s (level %d)" % (c, LEVEL[c]) for c in low), v["min_level"])]


def parse_vignettes(lines, path: Path | str = "<vignettes>", warnings: list[str] | None = None) -> list[dict]:
    """The vignettes of JSON Lines text; a VignetteError on the first unusable one. Doubts about
    usable ones are appended to ``warnings`` when given."""
    vignettes: list[dict] = []
    seen: dict[str, int] = {}  # id -> line number
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            v = json.loads(line)
        except json.JSONDecodeError as exc:
            raise VignetteError(path, number, f"not valid JSON: {exc.msg}") from None
        problems = check_vignette(v)
        if problems:
            raise VignetteError(path, number, "; ".join(problems))
        if v["id"] in seen:
            raise VignetteError(path, number, f"duplicate id {v['id']!r} (first on line {seen[v['id']]})")
        seen[v["id"]] = number
        if warnings is not None:
            warnings.extend(f"{path}:{number}: {v['id']}: {d}" for d in doubts_about(v))
        v.setdefault("facts", {})
        v.setdefault("answers", {})
        vignettes.append(v)
    return vignettes


def load_vignettes(path: Path | str, warnings: list[str] | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return parse_vignettes(f, path, warnings)
