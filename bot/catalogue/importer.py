"""Build an area's catalogue directory from the open-data extracts.

Reads the ODS extracts (GP practices, pharmacies, dental practices), the NHS website
dental list, the NHS Choices hospitals and opticians lists and GeoNames postcode
districts; keeps what lies in the area; writes one YAML file per generated kind plus
the district/sector point tables, a copy of the area file, a manifest and ATTRIBUTION.
``curated.yml`` in the output directory is never touched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from bot.catalogue import sources as src
from bot.catalogue import yamlfile
from bot.catalogue.area import Area
from bot.catalogue.catalogue import (
    AREA_FILE,
    CURATED_FILE,
    DISPOSITIONS_FILE,
    DISTRICTS_FILE,
    MANIFEST_FILE,
    PLACES_FILE,
    SECTORS_FILE,
    Catalogue,
)
from bot.catalogue.errors import CatalogueError
from bot.catalogue.geo import Point, mean_point, natural_key, write_places, write_points
from bot.catalogue.opening_times import describe_week
from bot.catalogue.schema import validate_entries_file
from bot.catalogue.tidy import format_address, format_phone, title_case
from bot.postcodes import outward_of, sector_of

ATTRIBUTION_TEXT = """\
Contains public sector information licensed under the Open Government Licence v3.0.
Postcode district data © GeoNames, CC BY 4.0.

Sources: NHS Organisation Data Service extracts (epraccur, edispensary, egdpprac),
the NHS website's dental practice search, and NHS Choices hospital and optician lists
(Open Government Licence); GeoNames GB postal codes (Creative Commons Attribution 4.0).
Hand-curated entries (curated.yml) name their own sources.
"""

GP_HOURS = (
    "Usually Monday to Friday, 8am to 6:30pm (general GP core hours, not this practice's own times). "
    "Call 111 when the practice is closed."
)
PHARMACY_NOTE = "Opening hours are not in the data: call the pharmacy or check the NHS website before you go."
OPTOMETRIST_NOTE = (
    "Community optometrist (optician): check they offer the NHS minor eye conditions service "
    "(PEARS/MECS) before you go. Details are from {year}: verify before use."
)
GENERIC_DENTAL_NAME = re.compile(r"^\W*(the\s+)?(dental\s+(surgery|practice|clinic)|dentist|surgery)\W*$", re.I)
PERSON_OR_COMPANY = re.compile(r"^(mr|mrs|miss|ms|dr)\b|(\bltd|\blimited|\bllp|\bplc|&\s*associates|\band associates)\W*$", re.I)
ORTHODONTICS = re.compile(r"orthodont", re.I)
PHARMACY_WORD = re.compile(r"pharm|chemist", re.I)
KEY_ORDER = (
    "id", "kind", "name", "address", "postcode", "phone", "url", "opening_times", "regional",
    "lat", "lon", "geocoded_from", "ods_code", "source", "as_of", "notes",
)
DENTAL_WORD = re.compile(r"dental|dentist|dentistry|smile|orthodont|teeth|tooth|clinic|surgery", re.I)

GENERATED_KINDS = ("gp_practice", "pharmacy", "dentist", "optometrist")


@dataclass
class ImportReport:
    """What the importer wrote, skipped and warned about."""

    out_dir: Path
    counts: dict[str, int] = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    catalogue_counts: dict[str, int] | None = None


class Sources:
    """The open-data extracts of one directory, each read on first use and then shared by every
    area imported from them (a region's eight areas read each file once)."""

    def __init__(self, source_dir: Path):
        self.dir = source_dir
        self.dates = src.source_dates(source_dir)
        self._read: dict[str, Any] = {}

    def read(self, name: str, reader: Callable[[Path], Any]) -> Any:
        """``reader(path)`` of the file (cached), or None when the file is missing."""
        if name not in self._read:
            path = self.dir / name
            self._read[name] = reader(path) if path.is_file() else None
        return self._read[name]


def _ods(path: Path) -> list[src.OdsRecord]:
    return list(src.read_ods(path))


class _Importer:
    def __init__(self, area: Area, area_data: dict[str, Any], sources: Sources, out_dir: Path):
        self.area = area
        self.area_data = area_data
        self.sources = sources
        self.source_dir = sources.dir
        self.out_dir = out_dir
        self.dates = sources.dates
        self.report = ImportReport(out_dir)
        # postcode -> [(lat, lon)] from sources that carry coordinates; label per postcode.
        self.postcode_points: dict[str, list[Point]] = defaultdict(list)
        self.postcode_label: dict[str, str] = {}

    # ----------------------------------------------------------------- helpers
    def rows(self, name: str, reader: Callable[[Path], Any]) -> Any:
        """The parsed source file, or None (with a warning) when it is missing."""
        found = self.sources.read(name, reader)
        if found is None:
            self.report.warnings.append(f"source file {self.source_dir / name} not found: skipped")
        return found

    def in_area(self, postcode: str | None) -> bool:
        if not postcode:
            return False
        return self.area.contains(outward_of(postcode), sector_of(postcode))

    def commissioned_here(self, code: str) -> bool:
        return not self.area.commissioners or code in self.area.commissioners

    def source(self, name: str, ident: str = "") -> tuple[str, str]:
        text = src.SOURCE_TITLES[name] + (f", {ident}" if ident else "")
        return text, self.dates[name]

    def add_point(self, postcode: str | None, point: Point | None, label: str) -> None:
        if postcode and point and outward_of(postcode) in self.area.all_outward_codes:
            self.postcode_points[postcode].append(point)
            self.postcode_label.setdefault(postcode, label)

    def geocode(self, entry: dict[str, Any]) -> None:
        """Give an entry the exact coordinates of its postcode when another source has them."""
        points = self.postcode_points.get(entry.get("postcode") or "")
        if points and "lat" not in entry:
            lat, lon = mean_point(points)
            entry["lat"], entry["lon"] = round(lat, 5), round(lon, 5)
            entry["geocoded_from"] = f"postcode, via {self.postcode_label[entry['postcode']]}"

    # ----------------------------------------------------------------- sources
    def districts(self) -> tuple[dict[str, Point], dict[str, list[tuple[str, float, float]]]]:
        places = self.sources.read(src.GEONAMES, src.read_geonames)
        if places is None:
            raise CatalogueError(f"{self.source_dir / src.GEONAMES}: GeoNames postcode districts are required")
        table = {code: mean_point([(lat, lon) for _, lat, lon in rows]) for code, rows in places.items()}
        unknown = sorted(self.area.all_outward_codes - set(table))
        if unknown:
            raise CatalogueError(f"area lists districts unknown to GeoNames: {unknown}")
        return table, places

    def collect_points(self) -> tuple[list[dict], list[dict]]:
        """Read the sources with coordinates; return (dental features, hospital rows)."""
        dental: list[dict] = []
        hospitals: list[dict] = []
        if (found := self.rows(src.DENTAL_GEOJSON, src.read_dental_geojson)) is not None:
            dental = found
            for d in dental:
                if d["lat"] is not None:
                    self.add_point(d["postcode"], (d["lat"], d["lon"]), "NHS website dental data")
        if (found := self.rows(src.HOSPITALS, src.read_choices)) is not None:
            hospitals = found
            for row in hospitals:
                pc = src.normalise_postcode(row.get("Postcode") or "")
                self.add_point(pc, src.choices_point(row), "NHS Choices hospitals list")
        return dental, hospitals

    # ----------------------------------------------------------------- kinds
    def gp_practices(self) -> list[dict]:
        records = self.rows(src.EPRACCUR, _ods)
        if records is None:
            return []
        out = []
        for r in records:
            if r.setting != "4":
                continue
            if not r.active:
                continue
            if not self.in_area(r.postcode):
                continue
            if not self.commissioned_here(r.commissioner):
                self.report.skipped["gp_practice: commissioned by another ICB"] += 1
                continue
            text, as_of = self.source(src.EPRACCUR, r.code)
            entry = _entry(
                id=f"gp-{r.code.lower()}",
                kind="gp_practice",
                name=title_case(r.name),
                address=format_address(list(r.address_lines), drop=(r.name,)),
                postcode=r.postcode,
                phone=format_phone(r.phone),
                opening_times=GP_HOURS,
                ods_code=r.code,
                source=text,
                as_of=as_of,
            )
            out.append(entry)
        return out

    def pharmacies(self) -> list[dict]:
        records = self.rows(src.EDISPENSARY, _ods)
        if records is None:
            return []
        out = []
        for r in records:
            if not (r.active and self.in_area(r.postcode)):
                continue
            if r.subtype != "1":
                self.report.skipped["pharmacy: appliance contractor, not a pharmacy"] += 1
                continue
            if not self.commissioned_here(r.commissioner):
                self.report.skipped["pharmacy: commissioned by another ICB"] += 1
                continue
            text, as_of = self.source(src.EDISPENSARY, r.code)
            out.append(
                _entry(
                    id=f"pharmacy-{r.code.lower()}",
                    kind="pharmacy",
                    name=_pharmacy_name(r.name),
                    address=format_address(list(r.address_lines), drop=(r.name,)),
                    postcode=r.postcode,
                    phone=format_phone(r.phone),
                    ods_code=r.code,
                    source=text,
                    as_of=as_of,
                    notes=PHARMACY_NOTE,
                )
            )
        return out

    def dentists(self, dental: list[dict]) -> list[dict]:
        records = self.rows(src.EGDPPRAC, _ods)
        if records is None:
            return []
        by_number = {d["vnumber"]: d for d in dental if d["vnumber"] is not None}
        by_postcode: dict[str, list[dict]] = defaultdict(list)
        for d in dental:
            if d["postcode"]:
                by_postcode[d["postcode"]].append(d)
        used: set[int] = set()
        web_date = self.dates[src.DENTAL_GEOJSON]
        out = []
        for r in records:
            if not (r.active and self.in_area(r.postcode)):
                continue
            assert r.postcode is not None  # in_area() is false without a postcode
            web = by_number.get(src.vcode_number(r.code))
            if web is None:
                same_place = [d for d in by_postcode.get(r.postcode, []) if d["vnumber"] not in used]
                web = same_place[0] if len(same_place) == 1 else None
            if web is not None:
                used.add(web["vnumber"])
            if not self.commissioned_here(r.commissioner):
                self.report.skipped["dentist: commissioned by another ICB"] += 1
                continue
            name = _dental_name(r, web)
            if ORTHODONTICS.search(name) or ORTHODONTICS.search(r.name):
                self.report.skipped["dentist: orthodontics (by referral)"] += 1
                continue
            if web is None and r.subtype != "D":
                # Sub-type P practices never appear in the NHS website's list (0 of ~1,500
                # nationally): treat them as not offering NHS dentistry.
                self.report.skipped["dentist: not an NHS dental practice (ODS sub-type P)"] += 1
                continue
            if web is not None:
                notes = _acceptance_note(web, web_date)
                text = f"{src.SOURCE_TITLES[src.EGDPPRAC]}, {r.code}; {src.SOURCE_TITLES[src.DENTAL_GEOJSON]}"
            else:
                notes = (
                    f"Not found on the NHS website's dental search ({web_date}): "
                    "check whether it offers NHS treatment."
                )
                text = f"{src.SOURCE_TITLES[src.EGDPPRAC]}, {r.code}"
            entry = _entry(
                id=f"dentist-{r.code.lower()}",
                kind="dentist",
                name=name,
                address=format_address(list(r.address_lines), drop=(r.name,)),
                postcode=r.postcode,
                phone=format_phone(r.phone),
                ods_code=r.code,
                source=text,
                as_of=self.dates[src.EGDPPRAC],
                notes=notes,
            )
            if web is not None and web.get("lat") is not None and web["postcode"] == r.postcode:
                entry["lat"], entry["lon"] = round(web["lat"], 5), round(web["lon"], 5)
                entry["geocoded_from"] = "NHS website dental data"
            out.append(entry)
        for d in dental:
            if d["vnumber"] not in used and self.in_area(d["postcode"]):
                self.report.warnings.append(
                    f"dentist {d.get('practice_id')} {d.get('practice_name')!r} is on the NHS website "
                    "but not an active ODS dental practice: not imported"
                )
        return out

    def optometrists(self) -> list[dict]:
        opticians = self.rows(src.OPTICIANS, src.read_choices)
        if opticians is None:
            return []
        times = self.sources.read(src.OPTICIAN_TIMES, src.read_opening_times) or {}
        year = self.dates[src.OPTICIANS][:4]
        out, seen = [], set()
        for row in opticians:
            pc = src.normalise_postcode(row.get("Postcode") or "")
            point = src.choices_point(row)
            self.add_point(pc, point, "NHS Choices opticians list")
            if row.get("OrganisationStatus") != "Visible" or not self.in_area(pc):
                continue
            if not self.commissioned_here(row.get("ParentODSCode", "")):
                self.report.skipped["optometrist: other NHS area team"] += 1
                continue
            name = title_case(row.get("OrganisationName", ""))
            if "domiciliary" in name.lower():
                self.report.skipped["optometrist: home visits only"] += 1
                continue
            key = (re.sub(r"\W", "", name.lower()), pc)
            if key in seen:
                self.report.skipped["optometrist: duplicate"] += 1
                continue
            seen.add(key)
            week = describe_week(times.get(row["OrganisationID"], []))
            text, as_of = self.source(src.OPTICIANS, f"organisation {row['OrganisationID']}")
            lines = [row.get(k, "") for k in ("Address1", "Address2", "Address3", "City", "County")]
            entry = _entry(
                id=f"optometrist-{row['OrganisationID']}",
                kind="optometrist",
                name=name,
                address=format_address(lines, drop=(name,)),
                postcode=pc,
                phone=format_phone(row.get("Phone")),
                url=_url(row.get("Website")),
                opening_times=f"{week} ({year} data: check before you go)" if week else None,
                source=text,
                as_of=as_of,
                notes=OPTOMETRIST_NOTE.format(year=year),
            )
            if point:
                entry["lat"], entry["lon"] = round(point[0], 5), round(point[1], 5)
                entry["geocoded_from"] = "NHS Choices opticians list"
            out.append(entry)
        return out

    # ----------------------------------------------------------------- tables
    def place_codes(self, places: dict[str, list[tuple[str, float, float]]]) -> dict[str, str]:
        """Town and village names of the area with their district (GeoNames), and the places named
        for a border district with its sector: what a patient may type instead of a postcode. A name
        in two districts keeps the first in postcode order."""
        codes: dict[str, str] = {}
        for outward in sorted(self.area.outward_codes, key=natural_key):
            for name, _, _ in places.get(outward, []):
                codes.setdefault(name, outward)
        for _outward, spec in sorted((self.area_data.get("partial_districts") or {}).items()):
            for name in spec.get("places") or []:
                codes.setdefault(name, sorted(spec["sectors"], key=natural_key)[0])
        return codes

    def sectors(self, places: dict[str, list[tuple[str, float, float]]]) -> tuple[dict[str, Point], dict]:
        """Sector centroids: mean of located postcodes in the sector; partial sectors from named places."""
        by_sector: dict[str, list[Point]] = defaultdict(list)
        for postcode, points in self.postcode_points.items():
            by_sector[sector_of(postcode)].append(mean_point(points))
        table = {s: mean_point(p) for s, p in by_sector.items()}
        extra = {s: {"from": f"{len(p)} located postcodes"} for s, p in by_sector.items()}
        for outward, spec in (self.area_data.get("partial_districts") or {}).items():
            wanted = {p.lower() for p in spec.get("places") or []}
            found = [(lat, lon) for name, lat, lon in places.get(outward, []) if name.lower() in wanted]
            if wanted and not found:
                self.report.warnings.append(f"{outward}: none of the places {sorted(wanted)} found in GeoNames")
            if found:
                for sector in spec["sectors"]:
                    table[sector] = mean_point(found)
                    extra[sector] = {"from": "GeoNames places: " + ", ".join(sorted(spec.get("places")))}
        return table, extra

    def check_curated(self, hospitals: list[dict]) -> None:
        """Warn when a curated entry's ODS site code disagrees with the hospitals list."""
        curated = self.out_dir / CURATED_FILE
        if not curated.is_file():
            self.report.warnings.append(f"{curated} not found: the catalogue has only generated entries")
            return
        sites = {row.get("OrganisationCode"): row for row in hospitals}
        for entry in yamlfile.load(curated).data.get("entries") or []:
            code = entry.get("ods_code")
            if code and code in sites:
                pc = src.normalise_postcode(sites[code].get("Postcode") or "")
                if entry.get("postcode") and pc and pc != entry["postcode"]:
                    self.report.warnings.append(
                        f"{curated}: {entry.get('id')}: postcode {entry['postcode']} but hospitals list has {pc}"
                    )
            elif code and hospitals:
                self.report.warnings.append(f"{curated}: {entry.get('id')}: site {code} not in the hospitals list")

    # ----------------------------------------------------------------- run
    def run(self, today: dt.date) -> ImportReport:
        districts, places = self.districts()
        dental, hospitals = self.collect_points()
        generated = {
            "gp_practice": self.gp_practices(),
            "pharmacy": self.pharmacies(),
            "dentist": self.dentists(dental),
            "optometrist": self.optometrists(),  # also adds optician points
        }
        for entries in generated.values():
            for entry in entries:
                self.geocode(entry)
            entries[:] = [_ordered(e) for e in entries]
            entries.sort(key=lambda e: (e["name"].lower(), e["id"]))
        sectors, sector_extra = self.sectors(places)

        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._remove_stale_generated(set(generated))
        for kind, entries in generated.items():
            doc = {
                "generated": True,
                "kind": kind,
                "description": f"{kind} entries for {self.area.name}, generated by the catalogue importer",
                "sources": sorted({e["source"].split(",")[0] for e in entries}),
                "entries": entries,
            }
            header = (
                f"GENERATED by `python -m bot.catalogue import` for area {self.area.id}: do not edit by hand.\n"
                "Add or correct services in curated.yml instead."
            )
            path = self.out_dir / f"{kind}.yml"
            yamlfile.dump(doc, path, header)
            validate_entries_file(yamlfile.load(path), path)
            self.report.counts[kind] = len(entries)
        write_points(self.out_dir / DISTRICTS_FILE, districts)
        write_points(self.out_dir / SECTORS_FILE, sectors, sector_extra)
        write_places(self.out_dir / PLACES_FILE, self.place_codes(places))
        yamlfile.dump(self.area_data, self.out_dir / AREA_FILE, "Copy of the area file used by the importer.")
        (self.out_dir / "ATTRIBUTION").write_text(ATTRIBUTION_TEXT, encoding="utf-8")
        self.check_curated(hospitals)
        manifest = {
            "area": self.area.id,
            "area_name": self.area.name,
            "generated_on": today.isoformat(),
            "counts": dict(self.report.counts),
            "skipped": dict(sorted(self.report.skipped.items())),
            "sources": [
                {"file": name, "title": src.SOURCE_TITLES[name], "as_of": self.dates[name]}
                for name in src.DEFAULT_AS_OF
                if (self.source_dir / name).is_file()
            ],
        }
        yamlfile.dump(manifest, self.out_dir / MANIFEST_FILE, "Written by the catalogue importer.")
        return self.report

    def _remove_stale_generated(self, keep: set[str]) -> None:
        for path in self.out_dir.glob("*.yml"):
            if path.name in {CURATED_FILE, AREA_FILE, MANIFEST_FILE, DISPOSITIONS_FILE}:
                continue
            if path.stem in keep:
                continue
            try:
                data = yamlfile.load(path).data
            except CatalogueError:
                continue
            if isinstance(data, dict) and data.get("generated") is True:
                path.unlink()


def run_import(
    area_path: str | Path, source_dir: str | Path | Sources, out_dir: str | Path, today: dt.date | None = None
) -> ImportReport:
    """Import the open data for an area into ``out_dir``, then load the result to validate it."""
    area_path, out_dir = Path(area_path), Path(out_dir)
    sources = source_dir if isinstance(source_dir, Sources) else Sources(_source_dir(source_dir))
    area_data = yamlfile.load(area_path).data
    area = Area.load(area_path)
    if area.parts:
        raise CatalogueError(f"{area_path}: a region (it has parts): import it with run_region_import")
    importer = _Importer(area, area_data, sources, out_dir)
    report = importer.run(today or dt.date.today())
    has_mapping = (out_dir / DISPOSITIONS_FILE).is_file() or (out_dir.parent / DISPOSITIONS_FILE).is_file()
    if has_mapping:
        report.catalogue_counts = Catalogue.load(out_dir).counts()
    else:
        report.warnings.append(f"no {DISPOSITIONS_FILE} beside {out_dir}: catalogue not test-loaded")
    return report


def run_region_import(
    region_path: str | Path, source_dir: str | Path, out_root: str | Path, today: dt.date | None = None
) -> list[ImportReport]:
    """Import every part of a region (``parts`` in its area file, each ``<id>.yml`` beside it) into
    ``out_root/<id>``, reading each extract once; copy the region file to ``out_root/region.yml``
    and load the whole region to validate it (the parts must agree with the union)."""
    from bot.catalogue.region import REGION_FILE, Region

    region_path, out_root = Path(region_path), Path(out_root)
    region = Area.load(region_path)
    if not region.parts:
        raise CatalogueError(f"{region_path}: not a region (no parts): import it with run_import")
    sources = Sources(_source_dir(source_dir))
    out_root.mkdir(parents=True, exist_ok=True)
    reports = [
        run_import(region_path.parent / f"{part}.yml", sources, out_root / part, today) for part in region.parts
    ]
    yamlfile.dump(yamlfile.load(region_path).data, out_root / REGION_FILE, "Copy of the region file used by the importer.")
    if (out_root / DISPOSITIONS_FILE).is_file():
        Region.load(out_root)
    return reports


def _source_dir(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_dir():
        raise CatalogueError(f"{path}: source directory not found")
    return path


# --------------------------------------------------------------------- helpers
def _entry(**fields: Any) -> dict[str, Any]:
    """An entry dict in a stable key order, without empty fields."""
    return {k: v for k, v in fields.items() if v not in (None, "")}


def _ordered(entry: dict[str, Any]) -> dict[str, Any]:
    """Entry keys in the canonical order (for readable, stable diffs)."""
    return {k: entry[k] for k in sorted(entry, key=lambda k: KEY_ORDER.index(k) if k in KEY_ORDER else 99)}


def _pharmacy_name(name: str) -> str:
    """ODS names some pharmacies by owner or brand only ("WELL", "RS BAINS"): say it is a pharmacy."""
    name = title_case(name)
    return name if PHARMACY_WORD.search(name) else f"{name} Pharmacy"


def _url(text: str | None) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    if not re.match(r"^https?://", text, re.I):
        text = "http://" + text
    return text if re.fullmatch(r"https?://[^\s]+", text) else None


def _acceptance_note(web: dict, date: str) -> str:
    adults, children = (str(web.get(k) or "unknown").lower() for k in ("accepting_adults", "accepting_children"))
    if adults == "unknown" and children == "unknown":
        return f"The NHS website ({date}) does not say whether it is taking new NHS patients: ask the practice."
    return (
        f"NHS website ({date}): taking new NHS patients: adults {adults}, children {children}. "
        "This changes often: ask the practice."
    )


def _dental_name(record: src.OdsRecord, web: dict | None) -> str:
    """Best readable practice name from the NHS website and ODS (ODS names are often generic)."""
    if web:
        name = (web.get("practice_name") or "").strip()
        if name and not GENERIC_DENTAL_NAME.match(name) and not PERSON_OR_COMPANY.search(name):
            return title_case(name)
        first = (web.get("address") or "").split(",")[0].strip()
        if first and not first[0].isdigit() and DENTAL_WORD.search(first) and not GENERIC_DENTAL_NAME.match(first):
            return title_case(first.strip("'\""))
    ods = title_case(record.name)
    if not GENERIC_DENTAL_NAME.match(ods):
        return ods
    street = next((title_case(line) for line in record.address_lines if line), "")
    return f"Dental surgery, {street}" if street else "Dental surgery"
