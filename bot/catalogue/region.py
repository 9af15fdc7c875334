"""Several areas' catalogues answered as one: a patient is offered the nearest services whichever
area they are in, and each service says its area.

A region directory holds ``region.yml`` (a copy of the union's area file, whose ``parts`` name the
areas) and one catalogue directory per part; a plain catalogue directory is a region of one area.
Local services are the nearest of all the parts; regional ones (phone lines, area-wide services)
come from the patient's own part. Whether a postcode is in the region at all is decided by the
union's area file, so a bare outward code split between two parts (``TN15``) is still in it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable

from bot.catalogue.area import Area
from bot.catalogue.catalogue import AREA_FILE, DISPOSITIONS_FILE, Catalogue, Entry, ServiceResult
from bot.catalogue.dispositions import DispositionRule
from bot.catalogue.errors import CatalogueError
from bot.catalogue.geo import Point, distance_km
from bot.catalogue.locate import Location, Locator, Status
from bot.postcodes import outward_of

REGION_FILE = "region.yml"

Picked = list[tuple[Entry, float | None]]


class Region:
    """The union ``area`` of ``catalogues`` (one per part), with one locator over all their sectors."""

    def __init__(self, area: Area, catalogues: list[Catalogue], directory: Path | None = None):
        if not catalogues:
            raise CatalogueError(f"{area.id}: a region needs at least one catalogue")
        self.area = area
        self.catalogues = catalogues
        self.directory = directory
        self.dispositions: dict[str, DispositionRule] = catalogues[0].dispositions
        self.locator = Locator(area, catalogues[0].locator.districts, _sectors(catalogues), _places(catalogues))
        self._local: dict[str, list[Entry]] = defaultdict(list)
        self._regional: dict[tuple[int, str], list[Entry]] = defaultdict(list)
        self._service_kinds: dict[str, set[str]] = defaultdict(set)  # "memory_assessment" -> its entries' kinds
        for index, catalogue in enumerate(catalogues):
            for entry in catalogue.entries:
                if entry.service:
                    self._service_kinds[entry.service].add(entry.kind)
                if entry.regional or entry.point is None:
                    self._regional[index, entry.kind].append(entry)
                else:
                    self._local[entry.kind].append(entry)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, directory: str | Path, dispositions: str | Path | None = None) -> "Region":
        """A region directory (``region.yml`` and its parts), or one catalogue directory.

        Raises CatalogueError naming the bad file, or the parts that disagree with the union.
        """
        directory = Path(directory)
        if (directory / AREA_FILE).is_file():
            catalogue = Catalogue.load(directory, dispositions)
            return cls(catalogue.area, [catalogue], directory)
        region_path = directory / REGION_FILE
        if not region_path.is_file():
            raise CatalogueError(f"{directory}: no {REGION_FILE} or {AREA_FILE} (run the importer)")
        area = Area.load(region_path)
        if not area.parts:
            raise CatalogueError(f"{region_path}: a region names its parts")
        if dispositions is None and (directory / DISPOSITIONS_FILE).is_file():
            dispositions = directory / DISPOSITIONS_FILE
        catalogues = [Catalogue.load(directory / part, dispositions) for part in area.parts]
        problems = disagreements(area, [c.area for c in catalogues])
        if problems:
            raise CatalogueError(f"{region_path}: " + "; ".join(problems))
        return cls(area, catalogues, directory)

    # ------------------------------------------------------------------ queries
    @property
    def entries(self) -> list[Entry]:
        return [entry for catalogue in self.catalogues for entry in catalogue.entries]

    def locate(self, postcode_text: str | None) -> Location:
        """Resolve free-text postcode to a point and an in-region verdict (never raises)."""
        return self.locator.locate(postcode_text)

    def home(self, location: Location) -> list[Catalogue]:
        """The part the patient lives in; for a bare outward code split between parts, each of them."""
        outward, sector = location.outward, location.parsed.sector
        inside = [c for c in self.catalogues if outward and c.area.contains(outward, sector)]
        return inside or [c for c in self.catalogues if outward in c.area.all_outward_codes]

    def nearest(
        self, kinds: Iterable[str], point: Point, limit: int = 3, home: list[Catalogue] | None = None,
        service: str | None = None,
    ) -> Picked:
        """Local entries of ``kinds`` nearest ``point`` in any part (up to ``limit``, ties by name),
        then the regional ones of the ``home`` parts (every part when not given), one per kind and
        name, in the order their catalogues list them (a curator puts the 24-hour line first).
        Only entries of the named ``service`` (``podiatry``), or with no service when it is None."""
        kinds = tuple(kinds)
        local = sorted(
            ((e, distance_km(point, e.point)) for kind in kinds for e in self._local[kind]
             if e.point is not None and e.service == service),
            key=lambda pair: (pair[1], pair[0].name),
        )
        homes = {id(c) for c in (self.catalogues if home is None else home)}
        regional: dict[tuple[str, str], Entry] = {}
        for index, catalogue in enumerate(self.catalogues):
            if id(catalogue) in homes:
                for kind in kinds:
                    for entry in self._regional[index, kind]:
                        if entry.service == service:
                            regional.setdefault((entry.kind, entry.name), entry)
        picked: Picked = list(local[: max(limit, 0)])
        picked += [(entry, None) for entry in regional.values()]
        return picked

    def services_for(
        self, disposition: str, postcode_text: str | None, limit: int = 3, service: str | None = None
    ) -> ServiceResult:
        """Services for a triage disposition near the patient's postcode.

        ``limit`` caps the local services (nearest first, by great-circle distance from the
        patient's sector or district centroid, whichever part holds them); the regional services
        of the kind of the patient's own part (crisis line, talking therapies, NHS 111) are always
        added, then one of each ``also`` kind. A named ``service`` (the triage rule's, e.g.
        ``podiatry``) comes first: the nearest entry of it, or the patient's own part's. Entries of
        a named service are listed only when it is asked for. Only a postcode in the region gets services.
        Raises ValueError for an unknown disposition code (a programming error); a bad postcode
        never raises.
        """
        rule = self.dispositions.get(disposition)
        if rule is None:
            raise ValueError(f"unknown disposition code {disposition!r}")
        location = self.locate(postcode_text)
        home = self.home(location) if location.status is Status.OK else []
        result = ServiceResult(
            status=location.status,
            disposition=disposition,
            kinds=rule.kinds,
            postcode=location.parsed.postcode,
            outward_code=location.outward,
            area=" or ".join(c.area.name for c in home) or self.area.name,
            precision=location.precision,
            needs_full_postcode=location.needs_full_postcode,
        )
        if location.status is not Status.OK or not rule.kinds:
            return result
        assert location.point is not None  # the locator sets a point for every "ok" location
        picked: Picked = []
        if service:  # a named service is found whatever kind holds it (the GP refers to memory assessment)
            kinds = (*rule.kinds, *sorted(self._service_kinds.get(service, set()) - set(rule.kinds)))
            picked = self.nearest(kinds, location.point, 1, home, service)
        picked += self.nearest(rule.kinds, location.point, limit, home)
        for kind in rule.also:
            have = {entry.id for entry, _ in picked}
            extra = [pair for pair in self.nearest((kind,), location.point, 1, home) if pair[0].id not in have]
            picked.extend(extra[:1])
        result.services = [entry.to_service(dist) for entry, dist in picked]
        return result


def disagreements(region: Area, parts: list[Area]) -> list[str]:
    """Where the parts and the union disagree: a district or sector of a part outside the union,
    one claimed by two parts, or one of the union in no part (empty when they agree)."""
    problems: list[str] = []
    whole: dict[str, str] = {}
    sectors: dict[str, str] = {}
    for part in parts:
        for outward in sorted(part.outward_codes):
            if outward in whole:
                problems.append(f"{outward} is in both {whole[outward]} and {part.id}")
            whole[outward] = part.id
            if outward not in region.outward_codes:
                problems.append(f"{outward} ({part.id}) is not wholly in {region.id}")
        for outward, listed in sorted(part.partial.items()):
            for sector in sorted(listed):
                if sector in sectors:
                    problems.append(f"{sector} is in both {sectors[sector]} and {part.id}")
                sectors[sector] = part.id
                if not region.contains(outward, sector):
                    problems.append(f"{sector} ({part.id}) is not in {region.id}")
    for outward in sorted(set(whole) & {outward_of(s) for s in sectors}):
        problems.append(f"{outward} is whole in {whole[outward]} but has sectors in another part")
    claimed = set(whole) | {outward_of(s) for s in sectors}
    problems += [f"{outward} of {region.id} is in no part" for outward in sorted(region.outward_codes - claimed)]
    problems += [
        f"{sector} of {region.id} is in no part"
        for listed in region.partial.values() for sector in sorted(listed) if sector not in sectors
    ]
    return problems


def _places(catalogues: list[Catalogue]) -> dict[str, str]:
    """Every part's place names; a name two parts give different codes (two villages called Stone)
    is left out, so the patient is asked for the postcode rather than sent to the wrong area."""
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for catalogue in catalogues:
        for place, code in catalogue.locator.places.items():
            if table.setdefault(place, code) != code:
                clashes.add(place)
    return {place: code for place, code in table.items() if place not in clashes}


def _sectors(catalogues: list[Catalogue]) -> dict[str, Point]:
    """Every part's sector centroids; a sector in a part's own area wins over another part's
    (a part's table also has centroids of border sectors that are not its own)."""
    table: dict[str, Point] = {}
    for catalogue in catalogues:
        for sector, point in catalogue.locator.sectors.items():
            if catalogue.area.contains(outward_of(sector), sector) or sector not in table:
                table[sector] = point
    return table

