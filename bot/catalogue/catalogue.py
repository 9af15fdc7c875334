"""The service catalogue of one area: load it, then find the services for a disposition."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from bot.catalogue import yamlfile
from bot.catalogue.area import Area
from bot.catalogue.dispositions import DispositionRule, load_dispositions
from bot.catalogue.errors import CatalogueError
from bot.catalogue.geo import Point, read_places, read_points
from bot.catalogue.locate import Location, Locator, Status
from bot.catalogue.schema import AREA_SCHEMA, REFERRERS, validate_document, validate_entries_file
from bot.postcodes import outward_of, sector_of

if TYPE_CHECKING:
    from bot.catalogue.region import Region

AREA_FILE = "area.yml"
DISTRICTS_FILE = "districts.csv"
SECTORS_FILE = "sectors.csv"
PLACES_FILE = "places.csv"
MANIFEST_FILE = "manifest.yml"
DISPOSITIONS_FILE = "dispositions.yml"
CURATED_FILE = "curated.yml"
#: Files in a catalogue directory that are not lists of entries.
RESERVED_FILES = {AREA_FILE, MANIFEST_FILE, DISPOSITIONS_FILE}

#: Area-independent fallback the bot can always give (with 999 and 111).
NHS_SERVICE_SEARCH_URL = "https://www.nhs.uk/service-search"

#: The Kent and Medway region: region.yml and a catalogue directory per former CCG area.
DEFAULT_CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "data" / "services"

_SERVICE_FIELDS = ("name", "address", "phone", "url", "opening_times", "notes")



@dataclass(frozen=True)
class Entry:
    """One validated catalogue entry with its resolved point (None for regional services)."""

    data: dict[str, Any]
    file: str
    point: Point | None
    precision: str | None  # "source" (own lat/lon), "sector", "district" or None
    area: str = ""  # the name of the area whose catalogue holds it

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def kind(self) -> str:
        return self.data["kind"]

    @property
    def name(self) -> str:
        return self.data["name"]

    @property
    def regional(self) -> bool:
        return bool(self.data.get("regional"))

    @property
    def service(self) -> str | None:
        """The named service it is (``podiatry``), or None for a general entry of its kind."""
        return self.data.get("service")

    def to_service(self, distance: float | None = None) -> dict[str, Any]:
        """The contract's service dict: name, address, phone, url, opening_times (missing omitted),
        plus the optional postcode, kind, id, area and distance_km, and for a named service its
        ``service`` tag, ``referral`` (who can refer, in plain words: "You yourself or your GP practice") and ``runs_at``."""
        service: dict[str, Any] = {}
        for key in _SERVICE_FIELDS:
            value = self.data.get(key)
            if key == "address" and value and self.data.get("postcode"):
                value = f"{value}, {self.data['postcode']}"
            if value:
                service[key] = value
        if self.data.get("postcode"):
            service["postcode"] = self.data["postcode"]
        service["kind"] = self.kind
        service["id"] = self.id
        if self.service:
            service["service"] = self.service
        if self.data.get("referral"):
            who = [text for key, text in REFERRERS.items() if key in self.data["referral"]]
            words = " or ".join([", ".join(who[:-1]), who[-1]] if len(who) > 1 else who)
            service["referral"] = words[0].upper() + words[1:]
        if self.data.get("runs_at"):
            service["runs_at"] = self.data["runs_at"]
        if self.area:
            service["area"] = self.area
        if distance is not None:
            service["distance_km"] = round(distance, 1)
        return service


@dataclass
class ServiceResult:
    """Answer to :meth:`Catalogue.services_for`.

    ``services`` is empty unless ``status == "ok"``. For any other status the bot
    should give area-independent advice: 999, 111 and ``search_url``.
    """

    status: Status
    disposition: str
    kinds: tuple[str, ...]
    services: list[dict[str, Any]] = field(default_factory=list)
    postcode: str | None = None
    outward_code: str | None = None
    area: str = ""
    precision: str | None = None
    needs_full_postcode: bool = False
    search_url: str = NHS_SERVICE_SEARCH_URL

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    @property
    def in_area(self) -> bool:
        return self.status is Status.OK

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (for logs, tests and the CLI)."""
        return {
            "status": self.status.value,
            "disposition": self.disposition,
            "kinds": list(self.kinds),
            "services": self.services,
            "postcode": self.postcode,
            "outward_code": self.outward_code,
            "area": self.area,
            "precision": self.precision,
            "needs_full_postcode": self.needs_full_postcode,
            "search_url": self.search_url,
        }


class Catalogue:
    """Services of one area, loaded and validated from a catalogue directory."""

    def __init__(
        self,
        area: Area,
        entries: list[Entry],
        locator: Locator,
        dispositions: dict[str, DispositionRule],
        directory: Path | None = None,
    ):
        self.area = area
        self.entries = entries
        self.locator = locator
        self.dispositions = dispositions
        self.directory = directory
        self._by_id = {e.id: e for e in entries}
        self._region: Region | None = None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, directory: str | Path, dispositions: str | Path | None = None) -> "Catalogue":
        """Load and validate a catalogue directory; raise CatalogueError naming the bad file.

        The disposition mapping is ``dispositions`` if given, else ``<directory>/dispositions.yml``,
        else the shared ``<directory>/../dispositions.yml``.
        """
        directory = Path(directory)
        if not directory.is_dir():
            raise CatalogueError(f"{directory}: catalogue directory not found")
        area_path = directory / AREA_FILE
        if not area_path.is_file():
            raise CatalogueError(f"{area_path}: missing (run the importer for this area)")
        area_data = yamlfile.load(area_path).data
        validate_document(area_data, AREA_SCHEMA, area_path)
        area = Area.from_dict(area_data)
        districts_path = directory / DISTRICTS_FILE
        if not districts_path.is_file():
            raise CatalogueError(f"{districts_path}: missing (run the importer for this area)")
        districts = read_points(districts_path)
        sectors_path = directory / SECTORS_FILE
        sectors = read_points(sectors_path) if sectors_path.is_file() else {}
        places_path = directory / PLACES_FILE
        places = read_places(places_path) if places_path.is_file() else {}
        locator = Locator(area, districts, sectors, places)

        entries: list[Entry] = []
        seen: dict[str, str] = {}
        files = sorted(p for p in directory.glob("*.y*ml") if p.name not in RESERVED_FILES)
        if not files:
            raise CatalogueError(f"{directory}: no entry files (*.yml)")
        for path in files:
            doc = yamlfile.load(path)
            for index, data in enumerate(validate_entries_file(doc, path)):
                line = doc.line_of("entries", index)
                where = f"{path}: entry {index + 1} (id {data['id']!r})" + (f", line {line}" if line else "")
                if data["id"] in seen:
                    raise CatalogueError(f"{where}: duplicate id, also in {seen[data['id']]}")
                seen[data["id"]] = str(path)
                entries.append(_resolve(data, str(path), locator, where, area.name))

        if dispositions is None:
            for candidate in (directory / DISPOSITIONS_FILE, directory.parent / DISPOSITIONS_FILE):
                if candidate.is_file():
                    dispositions = candidate
                    break
            else:
                raise CatalogueError(f"{directory}: no {DISPOSITIONS_FILE} here or in the parent directory")
        return cls(area, entries, locator, load_dispositions(dispositions), directory)

    # ------------------------------------------------------------------ queries
    def counts(self) -> dict[str, int]:
        """Number of entries of each kind."""
        return dict(sorted(Counter(e.kind for e in self.entries).items()))

    def entry(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    def of_kinds(self, kinds: Iterable[str]) -> list[Entry]:
        wanted = set(kinds)
        return [e for e in self.entries if e.kind in wanted]

    def locate(self, postcode_text: str | None) -> Location:
        """Resolve free-text postcode to a point and a status (never raises)."""
        return self.locator.locate(postcode_text)

    def nearest(self, kinds: Iterable[str], point: Point, limit: int = 3) -> list[tuple[Entry, float | None]]:
        """Local entries of ``kinds`` nearest ``point`` (up to ``limit``), then every regional one."""
        return self.as_region().nearest(kinds, point, limit)

    def services_for(self, disposition: str, postcode_text: str | None, limit: int = 3) -> ServiceResult:
        """Services for a triage disposition near the patient's postcode (see :meth:`Region.services_for`:
        this area is a region of one)."""
        return self.as_region().services_for(disposition, postcode_text, limit)

    def as_region(self) -> "Region":
        """This area alone, as a region (built once)."""
        if self._region is None:
            from bot.catalogue.region import Region

            self._region = Region(self.area, [self])
        return self._region


def _resolve(data: dict[str, Any], file: str, locator: Locator, where: str, area: str) -> Entry:
    """Attach a point to an entry: its own lat/lon, else its sector, else its district."""
    postcode = data.get("postcode")
    if postcode:
        outward = outward_of(postcode)
        if outward not in locator.districts:
            raise CatalogueError(f"{where}: postcode district {outward!r} is not a known GB district")
    if "lat" in data:
        return Entry(data, file, (float(data["lat"]), float(data["lon"])), "source", area)
    if data.get("regional") or not postcode:
        return Entry(data, file, None, None, area)
    found = locator.point_for(outward_of(postcode), sector_of(postcode))
    assert found is not None  # the postcode's district was checked to be known above
    point, precision = found
    return Entry(data, file, point, precision, area)
