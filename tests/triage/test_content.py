"""Loading the clinical data: every file validated, a bad one fails naming the file and line."""
import shutil

import pytest

from bot.datafiles import DataFileError
from bot.triage import Content


@pytest.fixture
def copy(tmp_path, data_dir):
    target = tmp_path / "triage"
    shutil.copytree(data_dir / "triage", target)
    return target


def _rejects(copy, name: str, old: str, new: str, match: str) -> None:
    """Loading fails with `match` once `old` is replaced by `new` in the copied data file `name`."""
    path = copy / name
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(DataFileError, match=match):
        Content.load(copy)


def test_real_content_loads_and_covers_the_contract(data_dir):
    content = Content.load(data_dir / "triage")
    assert set(content.dispositions) == {
        "call_999", "emergency_department", "urgent_treatment_centre", "nhs_111", "mental_health_crisis",
        "gp_urgent", "emergency_dental", "midwife", "optometrist", "gp_routine", "dentist", "sexual_health",
        "community_service", "talking_therapies", "pharmacy", "self_care"}
    levels = {code: d.level for code, d in content.dispositions.items()}
    assert levels["call_999"] == 5 and levels["emergency_department"] == 4 and levels["self_care"] == 0
    assert [r.disposition.level for r in content.rules] == sorted((r.disposition.level for r in content.rules), reverse=True)


def test_unknown_finding_in_a_rule_names_file_and_line(copy):
    path = copy / "rules.yml"
    text = path.read_text()
    path.write_text(text.replace("if_any: [face_droop, speech_problem]",
                                 "if_any: [face_droop, speech_problm]"))
    line = next(i for i, ln in enumerate(path.read_text().splitlines(), 1) if "id: stroke_fast" in ln)
    with pytest.raises(DataFileError, match=rf"rules.yml:{line}: .*speech_problm"):
        Content.load(copy)


def test_schema_violation_names_file_and_line(copy):
    _rejects(copy, "dispositions.yml", "level: 5", "level: 9", r"dispositions.yml:\d+: dispositions/0/level")


def test_unknown_disposition_is_rejected(copy):
    _rejects(copy, "rules.yml", "disposition: call_999", "disposition: call_998", "unknown disposition 'call_998'")


def test_broken_yaml_is_rejected(copy):
    (copy / "questions.yml").write_text("facts: [unclosed\n")
    with pytest.raises(DataFileError, match="questions.yml: cannot read"):
        Content.load(copy)


def test_question_about_unknown_finding_is_rejected(copy):
    _rejects(copy, "questions.yml", "finding: sweating", "finding: sweatting",
             "questions.yml:\\d+: unknown finding 'sweatting'")


def test_a_rule_names_one_of_its_dispositions_services(data_dir):
    content = Content.load(data_dir / "triage")
    foot = next(r for r in content.rules if r.id == "foot_problems")
    assert foot.service == "podiatry" and "podiatry" in foot.disposition.services
    assert next(r for r in content.rules if r.id == "gambling").service is None


def test_an_unknown_service_in_a_rule_names_file_and_line(copy):
    path = copy / "rules.yml"
    path.write_text(path.read_text().replace("service: podiatry", "service: podiatory", 1))
    line = next(i for i, ln in enumerate(path.read_text().splitlines(), 1) if "id: foot_problems" in ln)
    with pytest.raises(DataFileError, match=rf"rules.yml:{line}: rule 'foot_problems': unknown service 'podiatory'"):
        Content.load(copy)


def test_a_service_on_a_disposition_without_services_is_rejected(copy):
    _rejects(copy, "rules.yml", "    disposition: talking_therapies\n",
             "    disposition: talking_therapies\n    service: podiatry\n",
             "unknown service 'podiatry' for talking_therapies \\(known: none\\)")


def test_a_shared_condition_is_used_by_name_in_any_rules_file(data_dir):
    content = Content.load(data_dir / "triage")
    by_id = {r.id: r for r in content.rules}
    panic = by_id["chest_pain_with_breathlessness"].conditions[-1]
    assert "either" in panic and "shared" not in panic  # expanded where it is used
    assert panic in by_id["chest_pain_other"].conditions and panic in by_id["acute_palpitations"].conditions


def test_an_unknown_shared_condition_names_file_and_rule(copy):
    _rejects(copy, "rules.yml", "- shared: not_passing_panic", "- shared: not_passing_panik",
             r"rules.yml:\d+: .*unknown shared condition 'not_passing_panik'")


def test_a_shared_condition_that_names_itself_is_rejected(copy):
    looping = "  not_passing_panic:\n    either: [{shared: not_passing_panic}, {none: [anxiety]}]\n  unused_old:\n"
    _rejects(copy, "rules.yml", "  not_passing_panic:\n", looping, "names itself")
