"""An area definition: which postcode districts (and sectors) the catalogue serves."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.catalogue import yamlfile
from bot.catalogue.schema import AREA_SCHEMA, validate_document


@dataclass(frozen=True)
class Area:
    """Whole outward codes plus, for border districts, the sectors that are in the area.

    A region (Kent and Medway) is an area with ``parts``: the ids of the areas it is the union of.
    """

    id: str
    name: str
    outward_codes: frozenset[str]
    partial: dict[str, frozenset[str]] = field(default_factory=dict)
    commissioners: frozenset[str] = frozenset()
    parts: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: str | Path) -> "Area":
        """Read and validate an area YAML file (raises CatalogueError naming the file)."""
        data = yamlfile.load(path).data
        validate_document(data, AREA_SCHEMA, path)
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Area":
        partial = {
            outward: frozenset(spec["sectors"]) for outward, spec in (data.get("partial_districts") or {}).items()
        }
        return cls(
            id=data["id"],
            name=data["name"],
            outward_codes=frozenset(data["outward_codes"]),
            partial=partial,
            commissioners=frozenset(data.get("commissioners") or ()),
            parts=tuple(data.get("parts") or ()),
            raw=data,
        )

    @property
    def all_outward_codes(self) -> frozenset[str]:
        """Whole and partial districts together."""
        return self.outward_codes | frozenset(self.partial)

    def contains(self, outward: str, sector: str | None = None) -> bool:
        """True when the district is wholly in the area, or the sector is a listed one.

        A bare outward code of a partial district is *not* in the area: we cannot tell
        which side of the boundary the person is on.
        """
        if outward in self.outward_codes:
            return True
        sectors = self.partial.get(outward)
        return bool(sectors and sector in sectors)

    def is_partial(self, outward: str) -> bool:
        return outward in self.partial
