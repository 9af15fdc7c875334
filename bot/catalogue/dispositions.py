"""Which service kinds serve each triage disposition (mapping kept as data)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.catalogue import yamlfile
from bot.catalogue.errors import CatalogueError
from bot.catalogue.schema import DISPOSITIONS_SCHEMA, validate_document

#: Disposition codes of the triage contract (shared/triage-contract.md), most urgent first.
DISPOSITION_CODES = (
    "call_999",
    "emergency_department",
    "urgent_treatment_centre",
    "nhs_111",
    "mental_health_crisis",
    "gp_urgent",
    "emergency_dental",
    "midwife",
    "optometrist",
    "gp_routine",
    "dentist",
    "sexual_health",
    "community_service",
    "talking_therapies",
    "pharmacy",
    "self_care",
)


@dataclass(frozen=True)
class DispositionRule:
    """``kinds``: services to list, nearest first; ``also``: one of each appended (e.g. NHS 111)."""

    code: str
    kinds: tuple[str, ...]
    also: tuple[str, ...] = ()


def load_dispositions(path: str | Path) -> dict[str, DispositionRule]:
    """Read the mapping file; every contract code must be present and no other."""
    data = yamlfile.load(path).data
    validate_document(data, DISPOSITIONS_SCHEMA, path)
    mapping = data["dispositions"]
    missing = [c for c in DISPOSITION_CODES if c not in mapping]
    unknown = [c for c in mapping if c not in DISPOSITION_CODES]
    if missing or unknown:
        raise CatalogueError(
            f"{path}: dispositions must match the triage contract"
            + (f"; missing {missing}" if missing else "")
            + (f"; unknown {unknown}" if unknown else "")
        )
    return {
        code: DispositionRule(code, tuple(rule["kinds"]), tuple(rule.get("also") or ()))
        for code, rule in mapping.items()
    }
