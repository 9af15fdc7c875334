"""The implied facts loader: one reading of data/triage/implied_facts.yml for the triage and the lexicon."""
from pathlib import Path

import pytest

from bot.datafiles import DataFileError
from bot.implied_facts import load_implied_facts

TRIAGE = Path(__file__).resolve().parents[1] / "data" / "triage"


def test_the_project_file_names_findings_of_one_sex_and_of_pregnancy():
    facts = load_implied_facts(TRIAGE, required=True)
    assert facts.sex_of["postpartum_psychosis"] == "female"
    assert "male" in set(facts.sex_of.values())
    assert "waters_broken" in facts.pregnant


def test_an_absent_file_is_nothing_unless_required(tmp_path):
    assert load_implied_facts(tmp_path).sex_of == {}
    with pytest.raises(DataFileError):
        load_implied_facts(tmp_path, required=True)


def test_a_file_against_its_schema_fails_with_its_name(tmp_path):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "implied_facts.schema.json").write_text(
        (TRIAGE / "schema" / "implied_facts.schema.json").read_text())
    (tmp_path / "implied_facts.yml").write_text("version: 1\nsex: {male: [a]}\n")
    with pytest.raises(DataFileError, match="implied_facts.yml"):
        load_implied_facts(tmp_path)
