"""Load YAML data files and validate them against a JSON schema, failing loudly with file and line.

Files are parsed with the fast safe loader into plain dicts and lists; only when something is wrong
is the file parsed again, keeping positions, to name the line.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class DataFileError(ValueError):
    """A data file is missing, unreadable or does not match its schema (message: 'file:line: ...')."""


def load_yaml(path: Path, schema_path: Path | None = None) -> Any:
    """The plain data of `path`; validated against the JSON schema at `schema_path` if given."""
    try:
        data = YAML(typ="safe", pure=False).load(Path(path).read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:  # the parser's message names the line
        raise DataFileError(f"{path}: cannot read: {exc}") from exc
    if schema_path is not None:
        schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(data), key=lambda e: list(e.path))
        if errors:
            err = errors[0]
            location = "/".join(str(p) for p in err.path) or "(top)"
            raise fail_at(path, list(err.path), f"{location}: {err.message}")
    return data


def line_of(path: Path, keys: list) -> int | None:
    """The 1-based line of the deepest element of `keys` in the file that has a position."""
    try:
        node = YAML(typ="rt").load(Path(path).read_text(encoding="utf-8"))
    except (OSError, YAMLError):
        return None
    line = None
    for key in keys:
        lc = getattr(node, "lc", None)
        if lc is not None:
            try:
                line = (lc.item(key) if isinstance(node, list) else lc.key(key))[0] + 1
            except (KeyError, IndexError, TypeError):
                pass
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
    return line


def fail_at(path: Path, keys: list, message: str) -> DataFileError:
    """A DataFileError pointing at the line of `keys` inside the file at `path`."""
    line = line_of(path, keys)
    return DataFileError(f"{path}:{line}: {message}" if line else f"{path}: {message}")


def content_parts(directory: Path, name: str) -> list[Path]:
    """`name`.yml in `directory`, then every file of the folder `name`/ beside it, in name order.

    Clinical content grows by body system: `rules.yml` holds the core and `rules/urology.yml`
    (say) adds to it, each file validated against the same schema.
    """
    directory = Path(directory)
    return [directory / f"{name}.yml", *sorted((directory / name).glob("*.yml"))]
