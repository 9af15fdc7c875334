"""The facts findings make plain (data/triage/implied_facts.yml): the findings only one sex can have and the
findings that mean a pregnancy. One loader for the triage content, which checks the ids, and the lexicon."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.datafiles import load_yaml

IMPLIED_FACTS_FILE = "implied_facts.yml"
SCHEMA_FILE = Path("schema") / "implied_facts.schema.json"


@dataclass(frozen=True)
class ImpliedFacts:
    sex_of: dict[str, str] = field(default_factory=dict)  # finding -> the one sex that can have it
    pregnant: frozenset[str] = frozenset()  # findings that mean a pregnancy


def load_implied_facts(directory: Path, required: bool = False) -> ImpliedFacts:
    """The implied facts of a content directory, validated against its schema; none when the file is absent and
    not `required` (a lexicon on its own)."""
    path = directory / IMPLIED_FACTS_FILE
    if not path.exists() and not required:
        return ImpliedFacts()
    schema = directory / SCHEMA_FILE
    data = load_yaml(path, schema if schema.exists() else None) or {}
    return ImpliedFacts({fid: str(sex) for sex, ids in (data.get("sex") or {}).items() for fid in ids},
                        frozenset(data.get("pregnant") or ()))
