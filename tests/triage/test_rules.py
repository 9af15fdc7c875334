"""Every rule in data/triage/rules*.yml decides the clinical cases in rule_cases.yml and rule_cases/."""
from pathlib import Path

import pytest
import yaml

from bot.triage import Case, Decision, Triage

HERE = Path(__file__).parent
CASES = [case for path in [HERE / "rule_cases.yml", *sorted((HERE / "rule_cases").glob("*.yml"))]
         for case in yaml.safe_load(path.read_text()) or ()]
FACTS = {"age": "age", "sex": "sex", "pregnant": "pregnant", "duration": "duration_days"}


@pytest.fixture(scope="module")
def triage(data_dir):
    return Triage.load(data_dir / "triage")


def run_case(triage: Triage, spec: dict) -> tuple[Decision, list[tuple[str, str]]]:
    """Decide the case, answering 'no' to every question except those in answer_yes."""
    case = Case(findings={f: True for f in spec["present"]},
                **{attr: spec[key] for key, attr in FACTS.items() if key in spec})
    asked = []
    for _ in range(60):
        result = triage.decide(case)
        if isinstance(result, Decision):
            return result, asked
        q = result.question
        asked.append((q.slot, result.rule))
        if not q.finding:
            pytest.fail(f"asked for {q.slot} (for rule {result.rule}), which the case does not give")
        assert q.finding not in case.findings, f"asked {q.slot} twice"
        case.note(q.finding, q.finding in spec.get("answer_yes", ()))
    pytest.fail("no decision after 60 questions")


@pytest.mark.parametrize("spec", CASES, ids=[f"{c['rule']}-{i}" for i, c in enumerate(CASES)])
def test_rule_decides_its_case(triage, spec):
    decision, asked = run_case(triage, spec)
    assert (decision.rule.id, decision.disposition.code) == (spec["rule"], spec["expect"]), f"asked {asked}"


def test_every_rule_has_a_case(triage):
    """Each rule decides a case, or (screening rules) asks the question that settles one."""
    covered = {c["rule"] for c in CASES}
    covered |= {rule for c in CASES for _, rule in run_case(triage, c)[1]}
    missing = [r.id for r in triage.content.rules if r.id not in covered]
    assert not missing, f"rules without a test case: {missing}"


def test_every_disposition_code_is_reachable(triage):
    reached = {c["expect"] for c in CASES}
    assert reached == set(triage.content.dispositions)
