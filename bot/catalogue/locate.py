"""Turn a patient's postcode text into a point and an in-area verdict (never raises)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.catalogue.area import Area
from bot.catalogue.geo import Point, place_key
from bot.postcodes import EMPTY, ParsedPostcode, parse_postcode

# words around a place told as an answer: "I live in Dartford", "near Gravesend, Kent", "Swanley area"
PLACE_LEAD_WORDS = {"i", "im", "live", "living", "based", "in", "near", "at", "from", "its", "it", "is", "the", "we",
                    "were", "are", "just", "outside", "around"}
PLACE_TAIL_WORDS = {"kent", "area", "please", "thanks", "thank", "you", "town", "village", "uk", "england"}


class Status(str, Enum):
    """Outcome of resolving a postcode; compares equal to its string value."""

    OK = "ok"
    NO_POSTCODE = "no_postcode"
    INVALID_POSTCODE = "invalid_postcode"
    UNKNOWN_POSTCODE = "unknown_postcode"
    OUT_OF_AREA = "out_of_area"

    def __str__(self) -> str:  # so f-strings and logs show "ok", not "Status.OK"
        return self.value


@dataclass(frozen=True)
class Location:
    """Where the patient is, as far as their postcode tells.

    ``point`` is the sector centroid when the sector is known to the catalogue, else
    the district centroid; ``precision`` says which ("sector"/"district"). It is set for
    ``ok`` and ``out_of_area`` results. ``needs_full_postcode`` is true for a bare
    outward code of a district only partly in the area.
    """

    status: Status
    parsed: ParsedPostcode
    point: Point | None = None
    precision: str | None = None
    needs_full_postcode: bool = False

    @property
    def outward(self) -> str | None:
        return self.parsed.outward

    @property
    def in_area(self) -> bool:
        return self.status is Status.OK


class Locator:
    """Resolves postcodes against GB district centroids, area sectors and the area definition."""

    def __init__(self, area: Area, districts: dict[str, Point], sectors: dict[str, Point] | None = None,
                 places: dict[str, str] | None = None):
        self.area = area
        self.districts = districts
        self.sectors = sectors or {}
        self.places = places or {}  # place key ("dartford") -> outward code or sector

    def code_for_place(self, text: str | None) -> str | None:
        """The district (or sector) of a town or village told instead of a postcode ("Dartford",
        "I'm in Swanley, Kent"), when the whole answer names one place of the area; else None."""
        words = place_key(text or "").split()
        while words and words[0] in PLACE_LEAD_WORDS:
            words = words[1:]
        while words and words[-1] in PLACE_TAIL_WORDS:
            words = words[:-1]
        return self.places.get(" ".join(words)) if words else None

    def point_for(self, outward: str, sector: str | None = None) -> tuple[Point, str] | None:
        """Best known point for a sector/district, with its precision, or None if unknown."""
        if sector and sector in self.sectors:
            return self.sectors[sector], "sector"
        if outward in self.districts:
            return self.districts[outward], "district"
        return None

    def locate(self, text: str | None) -> Location:
        try:
            parsed = parse_postcode(text, known=self.districts.__contains__)
        except Exception:  # pragma: no cover - parse_postcode does not raise; belt and braces
            parsed = ParsedPostcode(str(text), "malformed")
        if parsed.status == EMPTY:
            return Location(Status.NO_POSTCODE, parsed)
        if not parsed.ok:
            return Location(Status.INVALID_POSTCODE, parsed)
        assert parsed.outward is not None  # parse_postcode sets it whenever the status is "parsed"
        found = self.point_for(parsed.outward, parsed.sector)
        if found is None:
            return Location(Status.UNKNOWN_POSTCODE, parsed)
        point, precision = found
        if self.area.contains(parsed.outward, parsed.sector):
            return Location(Status.OK, parsed, point, precision)
        needs_full = self.area.is_partial(parsed.outward) and parsed.sector is None
        return Location(Status.OUT_OF_AREA, parsed, point, precision, needs_full_postcode=needs_full)
