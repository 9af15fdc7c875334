"""The clinical safety hazard log (docs/clinical-safety/hazard-log.md) stays honest.

Every test the log cites as evidence for a control must exist (the file, and a `def name(` in it,
or a method of the named class); every repository path it names must exist; every hazard has its
parts, at least one control and one test; ids are unique; each risk figure is the one the risk
matrix in docs/clinical-safety/README.md gives for its severity and likelihood, and the summary
table agrees with the sections. A renamed or deleted test, module or data file fails here, so the
log is corrected in the same change.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAFETY = ROOT / "docs" / "clinical-safety"
LOG = SAFETY / "hazard-log.md"
README = SAFETY / "README.md"

# `tests/x/test_y.py::test_name`, `tests/x/test_y.py::TestClass::test_name`, optionally `[param]`
TEST_REF = re.compile(r"(tests/[\w./-]+?\.py)::([A-Za-z_]\w*(?:::[A-Za-z_]\w*)?)(?:\[[^\]\s`]*\])?")
HAZARD_HEADING = re.compile(r"^## (H\d+)\b[:\s]*(.*)$", re.M)
ANY_H2 = re.compile(r"^## ", re.M)
PART_HEADING = re.compile(r"^### (.+?)\s*$", re.M)
REPO_PATH = re.compile(r"`((?:bot|data|docs|tests|actions|scripts)/[^`\s]*?)(?:::[^`]*)?`")
RISK = re.compile(r"severity (\d)\b.*?likelihood (\d)\b.*?risk (\d)\b", re.I | re.S)
MATRIX_ROW = re.compile(r"^\|\s*(\d)\s+[A-Za-z ]+\|((?:\s*\d\s*\|){5})\s*$", re.M)
SUMMARY_ROW = re.compile(r"^\|\s*(H\d+)\s*\|[^|\n]*\|\s*(\d)\s*\|\s*(\d)\s*\|", re.M)
REQUIRED_PARTS = ("Hazard", "Causes", "Effect on the patient", "Initial risk", "Controls", "Tests",
                  "Residual risk", "Open actions")


def log_text() -> str:
    return LOG.read_text(encoding="utf-8")


def hazards() -> dict[str, dict[str, str]]:
    """Each hazard id -> {part heading: text}, plus "_title" and "_all" (the whole section)."""
    text = log_text()
    out: dict[str, dict[str, str]] = {}
    for match in HAZARD_HEADING.finditer(text):
        rest = text[match.end():]
        nxt = ANY_H2.search(rest)
        body = rest[: nxt.start()] if nxt else rest
        parts = {"_title": match.group(2).strip(), "_all": body}
        heads = list(PART_HEADING.finditer(body))
        for i, head in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
            parts[head.group(1)] = body[head.end():end]
        assert match.group(1) not in out, f"hazard id {match.group(1)} is used twice"
        out[match.group(1)] = parts
    return out


def matrix() -> dict[tuple[int, int], int]:
    """(severity, likelihood) -> risk, from the README's matrix table."""
    cells: dict[tuple[int, int], int] = {}
    for row in MATRIX_ROW.finditer(README.read_text(encoding="utf-8")):
        likelihood = int(row.group(1))
        for severity, value in enumerate(re.findall(r"\d", row.group(2)), start=1):
            cells[(severity, likelihood)] = int(value)
    return cells


def test_references() -> list[tuple[str, str]]:
    return sorted(set(TEST_REF.findall(log_text())))


test_references.__test__ = False  # a helper, not a test


def defines(path: Path, name: str) -> bool:
    source = path.read_text(encoding="utf-8")
    *classes, function = name.split("::")
    for cls in classes:
        found = re.search(rf"^class {re.escape(cls)}\b.*?(?=^\S|\Z)", source, re.M | re.S)
        if not found:
            return False
        source = found.group(0)
    return re.search(rf"^\s*(?:async\s+)?def {re.escape(function)}\(", source, re.M) is not None


def test_the_log_and_its_readme_exist():
    assert LOG.is_file() and README.is_file()


def test_hazard_ids_are_unique_well_formed_and_in_order():
    ids = [m.group(1) for m in HAZARD_HEADING.finditer(log_text())]
    assert ids, "no hazard sections (## H01: ...) found"
    assert len(ids) == len(set(ids)), f"duplicate hazard ids: {sorted(i for i in ids if ids.count(i) > 1)}"
    assert all(re.fullmatch(r"H\d{2}", i) for i in ids), ids
    assert ids == sorted(ids), "hazards are listed in id order"


def test_every_hazard_has_every_part():
    for hid, parts in hazards().items():
        assert parts["_title"], f"{hid} has no title"
        missing = [p for p in REQUIRED_PARTS if not parts.get(p, "").strip()]
        assert not missing, f"{hid} lacks {missing}"


def test_every_hazard_has_a_control_and_a_test():
    for hid, parts in hazards().items():
        controls = re.findall(r"^\s*[-*] \S", parts.get("Controls", ""), re.M)
        assert controls, f"{hid} has no control (a bullet under ### Controls)"
        assert TEST_REF.search(parts.get("Tests", "")), f"{hid} cites no test under ### Tests"


@pytest.mark.parametrize("path,name", test_references(), ids=lambda v: str(v))
def test_every_cited_test_exists(path, name):
    file = ROOT / path
    assert file.is_file(), f"{path} (cited in the hazard log) does not exist"
    assert defines(file, name), f"{path} does not define {name} (cited in the hazard log)"


def test_there_are_test_references():
    assert len(test_references()) >= 20


def test_every_named_repository_path_exists():
    missing = []
    for path in sorted(set(REPO_PATH.findall(log_text() + README.read_text(encoding="utf-8")))):
        path = path.rstrip(".,;)")
        if "<" in path:  # a placeholder such as tests/<folder>/test_<file>.py
            continue
        if any(c in path for c in "*?["):
            if not list(ROOT.glob(path)):
                missing.append(path)
        elif not (ROOT / path).exists():
            missing.append(path)
    assert not missing, f"the clinical safety documents name paths that do not exist: {missing}"


def test_the_risk_matrix_is_complete():
    cells = matrix()
    assert set(cells) == {(s, lk) for s in range(1, 6) for lk in range(1, 6)}
    assert all(1 <= v <= 5 for v in cells.values())
    # risk never falls as severity or likelihood rises
    for s in range(1, 6):
        for lk in range(1, 6):
            if s < 5:
                assert cells[(s + 1, lk)] >= cells[(s, lk)]
            if lk < 5:
                assert cells[(s, lk + 1)] >= cells[(s, lk)]


def risks(parts: dict[str, str]) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    found = []
    for part in ("Initial risk", "Residual risk"):
        m = RISK.search(parts.get(part, ""))
        assert m, f"no 'severity N ... likelihood N ... risk N' under ### {part}"
        found.append(tuple(int(g) for g in m.groups()))
    return found[0], found[1]


def test_every_risk_is_what_the_matrix_gives():
    cells = matrix()
    for hid, parts in hazards().items():
        initial, residual = risks(parts)
        for label, (s, lk, r) in (("initial", initial), ("residual", residual)):
            assert cells[(s, lk)] == r, f"{hid} {label}: severity {s} x likelihood {lk} is risk {cells[(s, lk)]}, not {r}"
        assert residual[2] <= initial[2], f"{hid}: residual risk above the initial risk"


def test_the_summary_table_agrees_with_the_sections():
    summary = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in SUMMARY_ROW.finditer(log_text())}
    sections = {hid: tuple(r[2] for r in risks(parts)) for hid, parts in hazards().items()}
    assert summary == sections
