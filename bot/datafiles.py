"""Load YAML data files and validate them against a JSON schema, failing loudly with file and line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class DataFileError(ValueError):
    """A data file is missing, unreadable or does not match its schema."""


def _line_of(node: Any, path: list) -> int | None:
    """The 1-based line of the deepest element of `path` that has position information."""
    line = None
    for key in path:
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


def to_plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    return node


def load_yaml(path: Path, schema_path: Path | None = None) -> Any:
    """Parse `path`; validate it against the JSON schema at `schema_path` if given."""
    try:
        tree = YAML(typ="rt").load(Path(path).read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read: {exc}") from exc
    if schema_path is not None:
        schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(to_plain(tree)),
                        key=lambda e: list(e.path))
        if errors:
            err = errors[0]
            line = _line_of(tree, list(err.path))
            where = f"{path}:{line}" if line else str(path)
            location = "/".join(str(p) for p in err.path) or "(top)"
            raise DataFileError(f"{where}: {location}: {err.message}")
    return tree


def content_parts(directory: Path, name: str) -> list[Path]:
    """`name`.yml in `directory`, then every file of the folder `name`/ beside it, in name order.

    Clinical content grows by body system: `rules.yml` holds the core and `rules/urology.yml`
    (say) adds to it, each file validated against the same schema.
    """
    directory = Path(directory)
    return [directory / f"{name}.yml", *sorted((directory / name).glob("*.yml"))]


def fail_at(path: Path, tree: Any, keys: list, message: str) -> DataFileError:
    """A DataFileError pointing at the line of `keys` inside `tree`."""
    line = _line_of(tree, keys)
    return DataFileError(f"{path}:{line}: {message}" if line else f"{path}: {message}")
