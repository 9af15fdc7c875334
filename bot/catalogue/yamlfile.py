"""Read YAML keeping line numbers (for error messages) and write tidy YAML."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import yaml

from bot.catalogue.errors import CatalogueError

#: libyaml's loader when PyYAML was built with it (about ten times faster), else the pure-Python one;
#: both give the same data and line numbers.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Located:
    """A parsed YAML document plus the line number of each list item under a key."""

    def __init__(self, data: Any, item_lines: dict[str, list[int]]):
        self.data = data
        self._item_lines = item_lines

    def line_of(self, key: str, index: int) -> int | None:
        """1-based line of item ``index`` of the top-level list ``key`` (None if unknown)."""
        lines = self._item_lines.get(key, [])
        return lines[index] if 0 <= index < len(lines) else None


def _dates_to_text(value: Any) -> Any:
    """YAML turns 2024-05-01 into a date; the schema wants text, so convert back."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _dates_to_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_to_text(v) for v in value]
    return value


def load(path: str | Path) -> Located:
    """Parse one YAML file; raise CatalogueError naming the file on any syntax error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: invalid YAML: {exc}") from exc
    item_lines: dict[str, list[int]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[str(key_node.value)] = [n.start_mark.line + 1 for n in value_node.value]
    return Located(_dates_to_text(data), item_lines)


def dump(data: Any, path: str | Path, header: str = "") -> None:
    """Write ``data`` as block-style UTF-8 YAML, keys in insertion order, after a comment header."""
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    if header:
        text = "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines()) + text
    Path(path).write_text(text, encoding="utf-8")
