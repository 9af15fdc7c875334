"""JSON schemas for catalogue files, and validation that names the file, entry and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from bot.catalogue.errors import CatalogueError
from bot.catalogue.yamlfile import Located

#: Service kinds a catalogue entry may have.
KINDS = (
    "emergency_department",
    "urgent_treatment_centre",
    "gp_practice",
    "pharmacy",
    "dentist",
    "optometrist",
    "mental_health_crisis",
    "talking_therapies",
    "sexual_health",
    "maternity",
    "community_service",
    "nhs_111",
)

POSTCODE_PATTERN = r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$"
OUTWARD_PATTERN = r"^[A-Z]{1,2}[0-9][A-Z0-9]?$"
SECTOR_PATTERN = r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

#: Who can refer someone to a named service (an entry's ``referral``), with the patient's words
#: for it, in the order they are said.
REFERRERS = {
    "self": "you yourself",
    "gp": "your GP practice",
    "professional": "another professional caring for you (a nurse, a therapist)",
}

_TEXT = {"type": "string", "minLength": 1}

ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "kind", "name", "source", "as_of"],
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9._-]*$"},
        "kind": {"enum": list(KINDS)},
        "name": _TEXT,
        "address": _TEXT,
        "postcode": {"type": "string", "pattern": POSTCODE_PATTERN},
        "phone": {"type": "string", "pattern": r"^[0-9][0-9 ]{2,16}$"},
        "url": {"type": "string", "pattern": r"^https?://[^\s]+$"},
        "opening_times": _TEXT,
        # Great Britain's bounding box: catches swapped or missing-sign coordinates.
        "lat": {"type": "number", "minimum": 49.0, "maximum": 61.5},
        "lon": {"type": "number", "minimum": -8.7, "maximum": 2.0},
        "regional": {"type": "boolean"},
        "source": _TEXT,
        "as_of": {"type": "string", "pattern": DATE_PATTERN},
        "notes": _TEXT,
        "ods_code": _TEXT,
        "geocoded_from": _TEXT,
        # A named service (a community service of the commissioner's list): its tag, as the triage
        # rules name it (data/triage/dispositions.yml), who can refer, and where it runs.
        "service": {"type": "string", "pattern": r"^[a-z][a-z0-9_]*$"},
        "referral": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": list(REFERRERS)}},
        "runs_at": _TEXT,
    },
    "dependentRequired": {"lat": ["lon"], "lon": ["lat"], "referral": ["service"], "runs_at": ["service"]},
    # A local service needs an address; a regional one (a phone line, a county-wide
    # service) may have none and is offered regardless of distance.
    "if": {"not": {"required": ["regional"], "properties": {"regional": {"const": True}}}},
    "then": {"required": ["address", "postcode"]},
}

ENTRIES_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["entries"],
    "properties": {
        "generated": {"type": "boolean"},
        "kind": {"enum": list(KINDS)},
        "description": _TEXT,
        "sources": {"type": "array", "items": _TEXT},
        "entries": {"type": "array"},
    },
}

AREA_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "name", "outward_codes"],
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9_-]+$"},
        "name": _TEXT,
        "description": _TEXT,
        "outward_codes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"type": "string", "pattern": OUTWARD_PATTERN},
        },
        "partial_districts": {
            "type": "object",
            "propertyNames": {"pattern": OUTWARD_PATTERN},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["sectors", "why"],
                "properties": {
                    "sectors": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "pattern": SECTOR_PATTERN},
                    },
                    "places": {"type": "array", "items": _TEXT},
                    "why": _TEXT,
                },
            },
        },
        "commissioners": {"type": "array", "items": _TEXT},
        # A region (a union of areas) names its parts: the ids of their area files.
        "parts": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"type": "string", "pattern": r"^[a-z0-9_-]+$"}},
        "notes": _TEXT,
    },
}

DISPOSITIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["dispositions"],
    "properties": {
        "description": _TEXT,
        "dispositions": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["kinds"],
                "properties": {
                    "kinds": {"type": "array", "uniqueItems": True, "items": {"enum": list(KINDS)}},
                    "also": {"type": "array", "uniqueItems": True, "items": {"enum": list(KINDS)}},
                    "why": _TEXT,
                },
            },
        },
    },
}

_Validator = jsonschema.Draft202012Validator


def _describe(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def validate_document(data: Any, schema: dict[str, Any], path: str | Path) -> None:
    """Validate a whole document; raise CatalogueError naming the file and the first problem."""
    errors = sorted(_Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise CatalogueError(f"{path}: {_describe(errors[0])}")


def validate_entries_file(doc: Located, path: str | Path) -> list[dict[str, Any]]:
    """Check an entries file and each entry; return the entries or raise naming file, entry and line."""
    if not isinstance(doc.data, dict):
        raise CatalogueError(f"{path}: expected a mapping with an 'entries' list")
    validate_document(doc.data, ENTRIES_FILE_SCHEMA, path)
    file_kind = doc.data.get("kind")
    entries = doc.data["entries"]
    validator = _Validator(ENTRY_SCHEMA)
    for index, entry in enumerate(entries):
        problems = sorted(validator.iter_errors(entry), key=lambda e: list(e.absolute_path))
        if not problems and file_kind and entry.get("kind") != file_kind:
            problems_text = f"kind {entry.get('kind')!r} in a file of kind {file_kind!r}"
        elif problems:
            problems_text = "; ".join(_describe(p) for p in problems[:3])
        else:
            continue
        line = doc.line_of("entries", index)
        ident = entry.get("id") if isinstance(entry, dict) else None
        label = f"entry {index + 1}" + (f" (id {ident!r})" if ident else "")
        at = f", line {line}" if line else ""
        raise CatalogueError(f"{path}: {label}{at}: {problems_text}")
    return entries
