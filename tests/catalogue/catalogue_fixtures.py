"""Helpers and fixtures for the catalogue tests: tiny hand-made catalogues and open-data extracts.

Named uniquely (not conftest) so `from catalogue_fixtures import ...` cannot pick up another
folder's conftest module.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DISPOSITIONS = REPO / "data" / "services" / "dispositions.yml"
DGS_AREA = REPO / "data" / "areas" / "dgs.yml"
DGS_CATALOGUE = REPO / "data" / "services" / "dgs"
SHARED_DATA = REPO.parent / "shared" / "data"
if not SHARED_DATA.is_dir():
    SHARED_DATA = Path("/work/shared/data")

# Centroids used by the hand-made catalogue (roughly the real ones).
DISTRICTS = {
    "DA1": (51.4477, 0.1994),
    "DA2": (51.4294, 0.2378),
    "DA11": (51.4349, 0.3513),
    "DA12": (51.4246, 0.3920),
    "TN15": (51.3100, 0.2800),
    "EH1": (55.9520, -3.1880),
}

AREA = {
    "id": "test",
    "name": "Test area",
    "outward_codes": ["DA1", "DA2", "DA11", "DA12"],
    "partial_districts": {"TN15": {"sectors": ["TN15 6"], "places": ["West Kingsdown"], "why": "test"}},
    "commissioners": ["QKS", "Q67"],
}


def write_yaml(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def write_points(path: Path, table: dict) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "lat", "lon"])
        for code, (lat, lon) in table.items():
            writer.writerow([code, lat, lon])
    return path


def entry(id, kind, postcode=None, **extra):
    data = {"id": id, "kind": kind, "name": extra.pop("name", id.replace("-", " ").title())}
    if postcode:
        data["address"] = extra.pop("address", "1 High Street, Town")
        data["postcode"] = postcode
    data.update({"source": "test fixture", "as_of": "2025-01"})
    data.update(extra)
    return data


def default_entries():
    """One or more entries of every kind, placed so distances are easy to reason about."""
    return [
        entry("ed-dvh", "emergency_department", "DA2 8DA", lat=51.4350, lon=0.2587),
        entry("utc-dvh", "urgent_treatment_centre", "DA2 8DA", lat=51.4350, lon=0.2587),
        entry("utc-gch", "urgent_treatment_centre", "DA11 0DG", lat=51.4432, lon=0.3657),
        entry("gp-dartford", "gp_practice", "DA1 1QY"),
        entry("gp-gravesend", "gp_practice", "DA12 2EN"),
        entry("pharm-dartford", "pharmacy", "DA1 1DE"),
        entry("pharm-northfleet", "pharmacy", "DA11 8BZ"),
        entry("pharm-gravesend", "pharmacy", "DA12 1AS"),
        entry("pharm-kingsdown", "pharmacy", "TN15 6HD"),
        entry("dentist-dartford", "dentist", "DA1 2DJ"),
        entry("dentist-gravesend", "dentist", "DA12 5SG"),
        entry("optom-gravesend", "optometrist", "DA11 0AU"),
        entry("crisis", "mental_health_crisis", regional=True, phone="111"),
        entry("talking", "talking_therapies", regional=True, url="https://example.org/tt"),
        entry("sexual", "sexual_health", regional=True, url="https://example.org/sh"),
        entry("maternity-dvh", "maternity", "DA2 8DA", lat=51.4350, lon=0.2587),
        entry("community-livingstone", "community_service", "DA1 1SA"),
        entry("nhs111", "nhs_111", regional=True, phone="111"),
    ]


@pytest.fixture
def make_catalogue(tmp_path):
    """Write a catalogue directory (with the real disposition mapping beside it); return its path."""

    def make(entries=None, files=None, area=None, sectors=None):
        root = tmp_path / "services"
        directory = root / "test"
        directory.mkdir(parents=True, exist_ok=True)
        shutil.copy(DISPOSITIONS, root / "dispositions.yml")
        write_yaml(directory / "area.yml", area or AREA)
        write_points(directory / "districts.csv", DISTRICTS)
        write_points(directory / "sectors.csv", sectors if sectors is not None else {"DA1 1": (51.4423, 0.2244)})
        if files is None:
            files = {"services.yml": {"entries": default_entries() if entries is None else entries}}
        for name, data in files.items():
            if isinstance(data, str):
                (directory / name).write_text(data, encoding="utf-8")
            else:
                write_yaml(directory / name, data)
        return directory

    return make


# --------------------------------------------------------------- open-data fixtures
def ods_row(code, name, lines, postcode, *, close="", status="A", icb="QKS", subtype="", phone="", setting=""):
    row = [""] * 27
    row[0], row[1], row[3] = code, name, icb
    row[4 : 4 + len(lines)] = lines
    row[9], row[11], row[12], row[13], row[17], row[25] = postcode, close, status, subtype, phone, setting
    return row


def write_ods(path: Path, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="latin-1", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(rows)


def write_choices(path: Path, header, rows) -> None:
    text = "\r\n".join("¬".join(r) for r in [header, *rows]) + "\r\n"
    path.write_bytes(text.encode("cp1252"))


HOSPITAL_HEADER = (
    "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬Sector¬OrganisationStatus¬IsPimsManaged¬"
    "OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude¬ParentODSCode¬"
    "ParentName¬Phone¬Email¬Website¬Fax"
).split("¬")
OPTICIAN_HEADER = (
    "OrganisationID¬OrganisationCode¬OrganisationType¬SubType¬OrganisationStatus¬IsPimsManaged¬"
    "OrganisationName¬Address1¬Address2¬Address3¬City¬County¬Postcode¬Latitude¬Longitude¬ParentODSCode¬"
    "ParentName¬Phone¬Email¬Website¬Fax"
).split("¬")


@pytest.fixture
def extracts(tmp_path):
    """A tiny source directory shaped like /work/shared/data."""
    root = tmp_path / "extracts"
    (root / "geo").mkdir(parents=True)
    geonames = [
        ("DA1", "Crayford", 51.4519, 0.1792),
        ("DA1", "Dartford", 51.4435, 0.2196),
        ("DA2", "Darenth", 51.4214, 0.2578),
        ("DA11", "Northfleet", 51.4349, 0.3513),
        ("DA12", "Gravesend", 51.4414, 0.3737),
        ("TN15", "West Kingsdown", 51.3436, 0.2588),
        ("TN15", "Wrotham", 51.3086, 0.3090),
        ("EH1", "Edinburgh", 55.9520, -3.1880),
    ]
    (root / "geo" / "geonames-GB-postcodes.txt").write_text(
        "".join(f"GB\t{o}\t{p}\tEngland\tENG\tKent\t\t\t\t{lat}\t{lon}\t4\n" for o, p, lat, lon in geonames),
        encoding="utf-8",
    )
    write_ods(
        root / "ods" / "epraccur.csv",
        [
            ods_row("G82006", "DR CJ SHIMMINS & PARTNERS", ["DARTFORD EAST HEALTH CTR.", "PILGRIMS WAY", "DARTFORD"],
                    "DA1 1QY", subtype="B", phone="01322421480", setting="4"),
            ods_row("G82999", "CLOSED SURGERY", ["1 ROAD", "DARTFORD"], "DA2 7AA", close="20200101", status="C",
                    setting="4"),
            ods_row("Y99999", "NOT A PRACTICE", ["1 ROAD", "GRAVESEND"], "DA11 0AA", setting="0"),
            ods_row("G83642", "CRAYFORD TOWN SURGERY", ["CRAYFORD ROAD", "CRAYFORD"], "DA1 4ER", icb="QKK",
                    setting="4"),
            ods_row("S12345", "EDINBURGH PRACTICE", ["1 ROYAL MILE"], "EH1 1AA", setting="4"),
        ],
    )
    write_ods(
        root / "ods" / "edispensary.csv",
        [
            ods_row("FPT72", "GRAVESEND PHARMACY", ["VALE ROAD", "NORTHFLEET", "GRAVESEND"], "DA11 8BZ",
                    subtype="1", phone="01474 357709"),
            ods_row("FXN29", "HOMESTYLE POSITIVE", ["THE COACH HOUSE"], "DA11 9JZ", subtype="2"),
            ods_row("FA999", "CLOSED PHARMACY", ["1 ROAD"], "DA11 0AA", close="20240101", status="C", subtype="1"),
            ods_row("FPK79", "WEST KINGSDOWN PHARMACY", ["36 HEVER ROAD", "WEST KINGSDOWN"], "TN15 6HD",
                    subtype="1"),
            ods_row("FLC39", "BOROUGH GREEN PHARMACY", ["42 HIGH STREET", "BOROUGH GREEN"], "TN15 8BJ",
                    subtype="1"),
            ods_row("FN522", "BOOTS", ["48-52 HIGH STREET", "DARTFORD"], "DA1 1DE", subtype="1"),
        ],
    )
    write_ods(
        root / "ods" / "egdpprac.csv",
        [
            ods_row("V05298", "DENTAL SURGERY", ["1A SPITAL STREET", "", "", "DARTFORD", "KENT"], "DA1 2DJ",
                    subtype="D"),
            ods_row("V82636", "MEOPHAM DENTAL CARE", ["UNIT 1-2", "THE MEWS"], "DA12 0QB", subtype="P"),
            ods_row("V77777", "DENTAL SURGERY", ["213 VALLEY DRIVE", "GRAVESEND"], "DA12 5SG", subtype="D"),
        ],
    )
    features = [
        {"id": "V005298", "coords": [0.2130, 51.4460], "name": "Miss D M Daly", "address": "1A Spital Street, Dartford",
         "postcode": "DA1 2DJ", "adults": "no", "children": "yes"},
        {"id": "V012345", "coords": [0.3850, 51.4220], "name": "Valley Drive Dental Practice",
         "address": "213 Valley Drive, Gravesend", "postcode": "DA12 5SG", "adults": "yes", "children": "yes"},
    ]
    (root / "nhs-dental-practices.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": f["coords"]},
                        "properties": {
                            "practice_id": f["id"], "practice_name": f["name"], "address": f["address"],
                            "postcode": f["postcode"], "accepting_adults": f["adults"],
                            "accepting_children": f["children"],
                        },
                    }
                    for f in features
                ],
            }
        ),
        encoding="utf-8",
    )
    write_choices(
        root / "nhs-choices-hospitals-2018.csv",
        HOSPITAL_HEADER,
        [["41265", "RN707", "Hospital", "Hospital", "NHS Sector", "Visible", "True", "Darent Valley Hospital", "",
          "Darenth Wood Road", "", "Dartford", "Kent", "DA2 8DA", "51.43495", "0.25866", "RN7",
          "Dartford and Gravesham NHS Trust", "01322 428100", "", "http://www.dvh.nhs.uk", ""]],
    )
    write_choices(
        root / "nhs-choices-opticians-2014.csv",
        OPTICIAN_HEADER,
        [
            ["19737", "X1", "Opticians", "UNKNOWN", "Visible", "True", "Specsavers Opticians",
             "19-20 Thamesgate Shopping Centre", "Gravesend", "Kent", "", "", "DA11 0AU", "51.44198", "0.36702",
             "Q67", "Kent And Medway Area Team", "01474 537 878", "", "http://www.specsavers.co.uk/", ""],
            ["19486", "X2", "Opticians", "UNKNOWN", "Visible", "True", "Crayford Optical Centre", "11a High Street",
             "", "Crayford", "Kent", "", "DA1 4HH", "51.45197", "0.17610", "Q71", "London Area Team",
             "01322 557700", "", "", ""],
        ],
    )
    write_choices(
        root / "nhs-choices-optician-opening-times-2014.csv",
        "OrganisationId¬WeekDay¬Times¬IsOpen¬OpeningTimeType¬AdditionalOpeningDate".split("¬"),
        [["19737", d, "09:00-17:30", "True", "General", ""] for d in
         ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
        + [["19737", "Saturday", "09:00-13:00", "True", "General", ""]],
    )
    (root / "README.md").write_text(
        "| file | what | as of |\n|---|---|---|\n| `ods/epraccur.csv` | GP practices | 2025-10 |\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture
def fixture_area(tmp_path):
    return write_yaml(tmp_path / "areas" / "test.yml", AREA)


# --------------------------------------------------------------- a region of two areas
WEST = {"id": "west", "name": "West", "outward_codes": ["DA1", "DA2"],
        "partial_districts": {"TN15": {"sectors": ["TN15 6"], "why": "test"}}}
EAST = {"id": "east", "name": "East", "outward_codes": ["DA11", "DA12"],
        "partial_districts": {"TN15": {"sectors": ["TN15 8"], "why": "test"}}}
REGION = {"id": "test-region", "name": "Test region", "parts": ["west", "east"],
          "outward_codes": ["DA1", "DA2", "DA11", "DA12", "TN15"]}


def region_entries():
    """West has Darent Valley's A&E and a Dartford pharmacy; East two Gravesend pharmacies. Each
    has its own crisis line and an NHS 111 entry of the same name."""
    return {
        "west": [
            entry("ed-dvh", "emergency_department", "DA2 8DA", lat=51.4350, lon=0.2587),
            entry("pharm-dartford", "pharmacy", "DA1 1DE"),
            entry("crisis-west", "mental_health_crisis", regional=True, name="West crisis line", phone="111"),
            entry("nhs111-west", "nhs_111", regional=True, name="NHS 111", phone="111"),
        ],
        "east": [
            entry("pharm-northfleet", "pharmacy", "DA11 8BZ"),
            entry("pharm-gravesend", "pharmacy", "DA12 1AS"),
            entry("crisis-east", "mental_health_crisis", regional=True, name="East crisis line", phone="111"),
            entry("nhs111-east", "nhs_111", regional=True, name="NHS 111", phone="111"),
        ],
    }


@pytest.fixture
def make_region(tmp_path):
    """Write a region directory (region.yml, a catalogue per part, the real disposition mapping)."""

    def make(region=None, parts=None):
        root = tmp_path / "region"
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy(DISPOSITIONS, root / "dispositions.yml")
        write_yaml(root / "region.yml", region or REGION)
        entries = region_entries()
        for area in parts or (WEST, EAST):
            directory = root / area["id"]
            directory.mkdir(exist_ok=True)
            write_yaml(directory / "area.yml", area)
            write_points(directory / "districts.csv", DISTRICTS)
            write_points(directory / "sectors.csv", {})
            write_yaml(directory / "curated.yml", {"entries": entries[area["id"]]})
        return root

    return make
