"""Great-circle distance and the point tables (postcode districts and sectors)."""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

from bot.catalogue.errors import CatalogueError

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]


def distance_km(a: Point, b: Point) -> float:
    """Haversine great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def mean_point(points: list[Point]) -> Point:
    """Arithmetic mean of nearby points (good enough within a postcode district)."""
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def read_points(path: str | Path) -> dict[str, Point]:
    """Read a ``code,lat,lon[,...]`` CSV (header row) into {code: (lat, lon)}."""
    path = Path(path)
    table: dict[str, Point] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for line, row in enumerate(reader, start=2):
                try:
                    table[row["code"]] = (float(row["lat"]), float(row["lon"]))
                except (KeyError, TypeError, ValueError) as exc:
                    raise CatalogueError(f"{path}: line {line}: bad row {row!r}") from exc
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc
    return table


def write_points(path: str | Path, table: dict[str, Point], extra: dict[str, dict[str, object]] | None = None) -> None:
    """Write {code: (lat, lon)} as a sorted ``code,lat,lon`` CSV, plus optional extra columns."""
    extra = extra or {}
    columns = sorted({k for row in extra.values() for k in row})
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "lat", "lon", *columns])
        for code in sorted(table, key=natural_key):
            lat, lon = table[code]
            writer.writerow([code, f"{lat:.4f}", f"{lon:.4f}", *(extra.get(code, {}).get(c, "") for c in columns)])


def place_key(text: str) -> str:
    """A place name as matched: lower case, letters, digits and single spaces ("St. Mary's" -> "st marys")."""
    return " ".join(re.sub(r"[^a-z0-9 ]+", "", text.lower().replace("-", " ")).split())


def write_places(path: str | Path, places: dict[str, str]) -> None:
    """Write {place name: outward code or sector} as a ``place,code`` CSV sorted by place."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["place", "code"])
        for place in sorted(places, key=place_key):
            writer.writerow([place, places[place]])


def read_places(path: str | Path) -> dict[str, str]:
    """{place key: code} from a ``place,code`` CSV (raises CatalogueError naming the file)."""
    table: dict[str, str] = {}
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                if not row.get("place") or not row.get("code"):
                    raise CatalogueError(f"{path}: line {line}: a place and a code are needed")
                table[place_key(row["place"])] = row["code"].strip().upper()
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read: {exc}") from exc
    return table


def natural_key(code: str) -> list:
    """Sort key putting DA2 before DA10 and "TN3 8" before "TN15 0"."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code)]
