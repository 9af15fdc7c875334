"""Readers for the open-data extracts the importer uses (ODS, NHS Choices, NHS website, GeoNames)."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from bot.catalogue.errors import CatalogueError
from bot.postcodes import normalise_postcode

# Paths inside the source directory, and the as-of dates used when its README does not say.
EPRACCUR = "ods/epraccur.csv"
EDISPENSARY = "ods/edispensary.csv"
EGDPPRAC = "ods/egdpprac.csv"
DENTAL_GEOJSON = "nhs-dental-practices.geojson"
HOSPITALS = "nhs-choices-hospitals-2018.csv"
OPTICIANS = "nhs-choices-opticians-2014.csv"
OPTICIAN_TIMES = "nhs-choices-optician-opening-times-2014.csv"
GEONAMES = "geo/geonames-GB-postcodes.txt"

DEFAULT_AS_OF = {
    EPRACCUR: "2025-09",
    EDISPENSARY: "2025-05",
    EGDPPRAC: "2024-05",
    DENTAL_GEOJSON: "2026-02",
    HOSPITALS: "2018-01",
    OPTICIANS: "2014",
    OPTICIAN_TIMES: "2014",
    GEONAMES: "2024-04",
}

SOURCE_TITLES = {
    EPRACCUR: "NHS ODS epraccur (GP practices)",
    EDISPENSARY: "NHS ODS edispensary (community pharmacies)",
    EGDPPRAC: "NHS ODS egdpprac (dental practices)",
    DENTAL_GEOJSON: "NHS website dental practice search (NHS acceptance flags)",
    HOSPITALS: "NHS Choices hospitals list",
    OPTICIANS: "NHS Choices opticians list",
    OPTICIAN_TIMES: "NHS Choices optician opening times",
    GEONAMES: "GeoNames GB postcode districts",
}


def source_dates(source_dir: Path) -> dict[str, str]:
    """As-of dates per source file: from the source directory's README table if it has one."""
    dates = dict(DEFAULT_AS_OF)
    readme = source_dir / "README.md"
    if readme.is_file():
        for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            names = re.findall(r"`([^`]+)`", cells[0]) if cells else []
            date = next((c for c in cells[1:] if re.fullmatch(r"\d{4}(-\d{2})?", c)), None)
            for name in names:
                if date and name in dates:
                    dates[name] = date
    return dates


@dataclass(frozen=True)
class OdsRecord:
    """One row of an ODS 27-column extract (epraccur, edispensary, egdpprac)."""

    code: str
    name: str
    address_lines: tuple[str, ...]
    postcode: str | None
    close_date: str
    status: str
    commissioner: str  # column 4: high-level health geography (ICB)
    subtype: str  # column 14
    phone: str
    setting: str  # column 26: prescribing setting (4 = GP practice)

    @property
    def active(self) -> bool:
        return self.status == "A" and not self.close_date


def read_ods(path: Path) -> Iterator[OdsRecord]:
    """Yield the rows of a header-less ODS CSV; raise CatalogueError naming a malformed line."""
    try:
        with path.open(encoding="latin-1", newline="") as handle:
            for line, row in enumerate(csv.reader(handle), start=1):
                if not row:
                    continue
                if len(row) < 26:
                    raise CatalogueError(f"{path}: line {line}: expected 27 ODS columns, got {len(row)}")
                yield OdsRecord(
                    code=row[0].strip(),
                    name=row[1].strip(),
                    address_lines=tuple(c.strip() for c in row[4:9]),
                    postcode=normalise_postcode(row[9]),
                    close_date=row[11].strip(),
                    status=row[12].strip(),
                    commissioner=row[3].strip(),
                    subtype=row[13].strip(),
                    phone=row[17].strip(),
                    setting=row[25].strip(),
                )
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc


def read_choices(path: Path) -> list[dict[str, str]]:
    """Read an NHS Choices '¬'-separated cp1252 CSV with a header row."""
    try:
        with path.open(encoding="cp1252", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="¬"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc


def choices_point(row: dict[str, str]) -> tuple[float, float] | None:
    """(lat, lon) of an NHS Choices row, or None when missing or zero."""
    try:
        lat, lon = float(row.get("Latitude") or ""), float(row.get("Longitude") or "")
    except ValueError:
        return None
    return (lat, lon) if lat and lon else None


def read_opening_times(path: Path) -> dict[str, list[tuple[str, str]]]:
    """{OrganisationId: [(weekday, "HH:MM-HH:MM"), ...]} for open, general (not holiday) sessions."""
    times: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in read_choices(path):
        if row.get("IsOpen") == "True" and row.get("OpeningTimeType") == "General":
            times[row["OrganisationId"]].append((row["WeekDay"], row["Times"]))
    return dict(times)


def vcode_number(code: str) -> int | None:
    """Dental practice V-codes are zero-padded differently in ODS and the NHS website."""
    match = re.fullmatch(r"V0*(\d+)", (code or "").strip().upper())
    return int(match.group(1)) if match else None


def read_dental_geojson(path: Path) -> list[dict]:
    """Dental practices from the NHS website GeoJSON, flattened with lat/lon."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc
    out = []
    for feature in data.get("features", []):
        props = dict(feature.get("properties") or {})
        try:
            lon, lat = feature["geometry"]["coordinates"][:2]
        except (KeyError, TypeError, ValueError):
            lat = lon = None
        props["lat"], props["lon"] = lat, lon
        props["postcode"] = normalise_postcode(props.get("postcode") or "")
        props["vnumber"] = vcode_number(props.get("practice_id") or "")
        out.append(props)
    return out


def read_geonames(path: Path) -> dict[str, list[tuple[str, float, float]]]:
    """{outcode: [(place, lat, lon), ...]} from a GeoNames postal-code dump (tab-separated)."""
    places: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    try:
        with path.open(encoding="utf-8") as handle:
            for line, text in enumerate(handle, start=1):
                cols = text.rstrip("\n").split("\t")
                if len(cols) < 11:
                    raise CatalogueError(f"{path}: line {line}: expected 12 GeoNames columns")
                try:
                    places[cols[1].strip().upper()].append((cols[2], float(cols[9]), float(cols[10])))
                except ValueError as exc:
                    raise CatalogueError(f"{path}: line {line}: bad coordinates") from exc
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc
    return dict(places)
