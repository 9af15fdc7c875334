"""The committed Kent and Medway catalogue (data/services: region.yml and one directory per former
CCG area): every area answers every disposition with services of the right kind, border
postcodes get the nearest services whichever side they are on, and postcodes outside Kent and
Medway get the area-independent advice."""

import csv
import datetime as dt
import re
import shutil

import pytest
import yaml
from catalogue_fixtures import DISPOSITIONS, REPO, SHARED_DATA

from bot.catalogue import KINDS, NHS_SERVICE_SEARCH_URL, Status
from bot.catalogue.check import places, uncovered
from bot.catalogue.importer import run_region_import
from bot.catalogue.region import Region

SERVICES = REPO / "data" / "services"
AREAS = REPO / "data" / "areas"
PARTS = ["dgs", "medway", "swale", "west-kent", "ashford", "canterbury-coastal", "south-kent-coast", "thanet"]

#: A postcode in each former CCG area (all from the ODS extracts), and the area's name.
IN_EACH_AREA = {
    "dgs": ("DA12 5PZ", "Dartford, Gravesham and Swanley"),  # Gravesend
    "medway": ("ME4 4BB", "Medway"),  # Chatham
    "swale": ("ME10 1NQ", "Swale"),  # Sittingbourne
    "west-kent": ("TN1 2HW", "West Kent"),  # Tunbridge Wells
    "ashford": ("TN23 1LQ", "Ashford"),
    "canterbury-coastal": ("CT1 3RX", "Canterbury and Coastal"),  # Canterbury
    "south-kent-coast": ("CT17 9AH", "South Kent Coast"),  # Dover
    "thanet": ("CT9 1LB", "Thanet"),  # Margate
}
AREA_NAMES = {name for _, name in IN_EACH_AREA.values()}


@pytest.fixture(scope="module")
def region():
    return Region.load(SERVICES)


def test_the_region_and_its_areas_are_the_area_files(region):
    assert [c.area.id for c in region.catalogues] == PARTS
    assert yaml.safe_load((SERVICES / "region.yml").read_text()) == yaml.safe_load((AREAS / "kent-medway.yml").read_text())
    for part in PARTS:
        copy = yaml.safe_load((SERVICES / part / "area.yml").read_text())
        assert copy == yaml.safe_load((AREAS / f"{part}.yml").read_text()), part
        attribution = (SERVICES / part / "ATTRIBUTION").read_text()
        assert "Open Government Licence v3.0" in attribution and "© GeoNames, CC BY 4.0" in attribution


def test_every_entry_has_source_date_and_area(region):
    for e in region.entries:
        assert e.data["source"] and re.fullmatch(r"20\d\d(-\d\d)?", e.data["as_of"]), e.id
        assert e.area in AREA_NAMES, e.id
    assert len({e.id for e in region.entries}) == len(region.entries), "entry ids are unique across areas"


def test_the_region_has_every_kind_and_every_named_emergency_department(region):
    counts = {kind: sum(e.kind == kind for e in region.entries) for kind in KINDS}
    assert all(counts.values()), counts
    eds = {e.data["ods_code"] for e in region.entries if e.kind == "emergency_department"}
    # Darent Valley, Medway Maritime, Maidstone, Tunbridge Wells at Pembury, William Harvey, QEQM.
    assert eds == {"RN707", "RPA02", "RWF03", "RWFTW", "RVV01", "RVV09"}
    # Kent and Canterbury has no A&E: it is an urgent treatment centre, open 24 hours.
    kc = [e for e in region.entries if e.data.get("ods_code") == "RVVKC"]
    assert [e.kind for e in kc] == ["urgent_treatment_centre"] and "24 hours" in kc[0].data["opening_times"]


@pytest.mark.parametrize("part", PARTS)
def test_a_postcode_in_each_area_gets_local_services_of_the_right_kind(region, part):
    postcode, name = IN_EACH_AREA[part]
    for code, rule in region.dispositions.items():
        result = region.services_for(code, postcode)
        assert result.status is Status.OK and result.area == name, (part, code)
        if not rule.kinds:
            assert result.services == [], code  # call_999: an ambulance comes to the patient
            continue
        assert result.services, (part, code)
        assert {s["kind"] for s in result.services} <= {*rule.kinds, *rule.also}, (part, code)
        local = [s for s in result.services if "distance_km" in s and s["kind"] in rule.kinds]
        assert [s["distance_km"] for s in local] == sorted(s["distance_km"] for s in local)
        assert all(s["area"] in AREA_NAMES for s in result.services)
        regional = [s for s in result.services if "distance_km" not in s and s["kind"] in rule.kinds]
        assert all(s["area"] == name for s in regional), (part, code)  # helplines of the patient's own area


def test_every_kent_and_medway_district_gets_services_for_every_disposition(region):
    where = places(region)
    assert len(where) == len(region.area.outward_codes) + len({s for c in region.catalogues
                                                                for ss in c.area.partial.values() for s in ss}
                                                               | {s for ss in region.area.partial.values() for s in ss})
    assert {"CT1", "ME13", "TN30", "TN3 8", "TN16 1", "TN15 6", "ME3 7"} <= set(where)
    assert uncovered(region) == []


def test_border_patients_get_the_nearest_services_whichever_side_they_are_on(region):
    # Higham (ME3 7, Gravesham: DGS) is nearer Medway Maritime than Darent Valley.
    ed = region.services_for("emergency_department", "ME3 7AT")
    assert ed.area == "Dartford, Gravesham and Swanley"
    assert ed.services[0]["name"].startswith("Medway Maritime") and ed.services[0]["area"] == "Medway"
    assert "Darent Valley" in " ".join(s["name"] for s in ed.services)
    # Sheppey (Swale) has no A&E: Medway's is offered. Faversham (Canterbury and Coastal) too.
    assert region.services_for("emergency_department", "ME12 3LT").services[0]["area"] == "Medway"
    faversham = region.services_for("urgent_treatment_centre", "ME13 8QR")
    assert faversham.services[0]["id"] == "faversham-urgent-treatment-centre"
    assert all(s["area"] != "Canterbury and Coastal" for s in region.services_for("midwife", "ME13 8QR").services)
    # The two sides of split districts belong to different areas.
    for postcode, name in [("TN15 6HD", "Dartford, Gravesham and Swanley"), ("TN15 8RQ", "West Kent"),
                           ("TN27 9", "West Kent"), ("TN27 0AW", "Ashford"),
                           ("ME3 7AT", "Dartford, Gravesham and Swanley"), ("ME3 9AE", "Medway")]:
        assert region.services_for("pharmacy", postcode).area == name, postcode


def test_a_town_of_any_area_names_its_district_and_a_shared_name_names_none(region):
    assert region.locator.code_for_place("Gravesend") == "DA12"
    assert region.locator.code_for_place("Maidstone") == "ME14"
    assert region.locator.code_for_place("Margate") == "CT9"
    assert region.locator.code_for_place("Stone") is None  # Stone (DA9) and Stone (TN30): ask for the postcode


def test_a_bare_split_district_is_in_kent_and_medway(region):
    result = region.services_for("mental_health_crisis", "ME3")
    assert result.ok and result.area == "Dartford, Gravesham and Swanley or Medway"
    names = [s["name"] for s in result.services]
    assert "Medway Safe Haven (Mental Health Matters)" in names and "Dartford Safe Haven (Mental Health Matters)" in names
    assert names.count("NHS 111, option 2: mental health crisis line") == 1


@pytest.mark.parametrize("postcode, status, needs_full", [
    ("SE1 7EH", Status.OUT_OF_AREA, False),   # London
    ("DA5 1AA", Status.OUT_OF_AREA, False),   # Bexley, beside Dartford
    ("BR6 8ND", Status.OUT_OF_AREA, False),   # Orpington
    ("TN6 1HB", Status.OUT_OF_AREA, False),   # Crowborough, East Sussex
    ("BN1 1AA", Status.OUT_OF_AREA, False),   # Brighton
    ("TN3 9PY", Status.OUT_OF_AREA, False),   # Groombridge: commissioned by Sussex
    ("TN16 3", Status.OUT_OF_AREA, False),    # Biggin Hill: Bromley
    ("TN16", Status.OUT_OF_AREA, True),       # Westerham or Biggin Hill? ask for the full postcode
    ("ZZ99 9ZZ", Status.UNKNOWN_POSTCODE, False),
])
def test_outside_kent_and_medway_the_advice_is_area_independent(region, postcode, status, needs_full):
    result = region.services_for("pharmacy", postcode)
    assert result.status is status and result.services == [] and result.needs_full_postcode is needs_full
    assert result.search_url == NHS_SERVICE_SEARCH_URL


def test_westerham_and_lamberhurst_are_west_kent(region):
    assert region.services_for("pharmacy", "TN16 1RB").area == "West Kent"
    assert region.services_for("pharmacy", "TN3 8EX").area == "West Kent"


# ------------------------------------------------------------------ against the open data
needs_real_data = pytest.mark.skipif(
    not (SHARED_DATA / "ods" / "epraccur.csv").is_file(), reason="shared open data not present"
)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A fresh import of the whole region, with the committed curated files."""
    out = tmp_path_factory.mktemp("kent-medway") / "services"
    out.mkdir()
    shutil.copy(DISPOSITIONS, out / "dispositions.yml")
    for part in PARTS:
        (out / part).mkdir()
        shutil.copy(SERVICES / part / "curated.yml", out / part / "curated.yml")
    reports = run_region_import(AREAS / "kent-medway.yml", SHARED_DATA, out, today=dt.date(2025, 1, 1))
    return out, reports


@needs_real_data
def test_committed_region_matches_a_fresh_import(fresh):
    """The generated files of every area are the importer's output, not hand edits."""
    out, reports = fresh
    assert [r.out_dir.name for r in reports] == PARTS
    assert not [w for r in reports for w in r.warnings if "curated" in w], "curated sites disagree with the data"
    for part in PARTS:
        for kind in ("gp_practice", "pharmacy", "dentist", "optometrist"):
            fresh_entries = yaml.safe_load((out / part / f"{kind}.yml").read_text())
            committed = yaml.safe_load((SERVICES / part / f"{kind}.yml").read_text())
            assert fresh_entries == committed, f"{part}/{kind}.yml differs: rerun the import in docs/catalogue.md"
        for name in ("districts.csv", "sectors.csv", "ATTRIBUTION", "area.yml"):
            assert (out / part / name).read_text() == (SERVICES / part / name).read_text(), f"{part}/{name}"
    assert (out / "region.yml").read_text() == (SERVICES / "region.yml").read_text()


@needs_real_data
@pytest.mark.parametrize("extract, keep", [
    ("epraccur.csv", lambda row: row[25] == "4"),  # GP practices
    ("edispensary.csv", lambda row: row[13] == "1"),  # community pharmacies
])
def test_every_kent_and_medway_practice_and_pharmacy_is_in_exactly_one_area(region, extract, keep):
    """The areas cover Kent and Medway without gaps or overlaps: each active practice (pharmacy)
    commissioned by Kent and Medway (QKS) is in the catalogue of exactly one area."""
    with (SHARED_DATA / "ods" / extract).open(encoding="latin-1", newline="") as handle:
        codes = {row[0] for row in csv.reader(handle)
                 if row and row[3] == "QKS" and row[12] == "A" and not row[11] and keep(row)
                 and re.match(r"(BR8|DA|ME|CT|TN)\d", row[9])}
    held = [e.data.get("ods_code") for e in region.entries if e.data.get("ods_code") in codes]
    assert sorted(held) == sorted(codes)
