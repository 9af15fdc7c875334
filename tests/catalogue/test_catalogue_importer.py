"""The importer (bot.catalogue.importer) on small fixture extracts, and on the real open data."""

import datetime as dt
import shutil

import pytest
import yaml
from catalogue_fixtures import DGS_AREA, DGS_CATALOGUE, DISPOSITIONS, SHARED_DATA, entry, write_yaml

from bot.catalogue import KINDS, Catalogue, CatalogueError
from bot.catalogue.importer import run_import
from bot.catalogue.sources import source_dates

CURATED = {
    "entries": [
        entry("dvh-ed", "emergency_department", "DA2 8DA", ods_code="RN707"),
        entry("wrong-site", "maternity", "DA2 7AA", ods_code="RN707"),
        entry("nhs-111", "nhs_111", regional=True, phone="111"),
    ]
}


@pytest.fixture
def imported(tmp_path, extracts, fixture_area):
    out = tmp_path / "services" / "test"
    out.mkdir(parents=True)
    shutil.copy(DISPOSITIONS, out.parent / "dispositions.yml")
    write_yaml(out / "curated.yml", CURATED)
    curated_before = (out / "curated.yml").read_text()
    report = run_import(fixture_area, extracts, out, today=dt.date(2025, 1, 2))
    assert (out / "curated.yml").read_text() == curated_before  # never touched
    return out, report


def load_entries(path):
    return {e["id"]: e for e in yaml.safe_load(path.read_text())["entries"]}


def test_gp_practices_filtered_and_tidied(imported):
    out, report = imported
    gps = load_entries(out / "gp_practice.yml")
    # Closed, non-GP, other-ICB (Crayford) and out-of-area (Edinburgh) practices are left out.
    assert list(gps) == ["gp-g82006"]
    gp = gps["gp-g82006"]
    assert gp["name"] == "Dr CJ Shimmins & Partners"
    assert gp["address"] == "Dartford East Health Centre, Pilgrims Way, Dartford"
    assert gp["phone"] == "01322 421480"
    assert "general GP core hours" in gp["opening_times"] and "111" in gp["opening_times"]
    assert gp["source"].startswith("NHS ODS epraccur") and gp["as_of"] == "2025-10"  # date from README
    assert report.skipped["gp_practice: commissioned by another ICB"] == 1


def test_pharmacies(imported):
    out, report = imported
    pharmacies = load_entries(out / "pharmacy.yml")
    # TN15 6 is a listed sector of a partial district; TN15 8 is not; appliance contractors are not pharmacies.
    assert set(pharmacies) == {"pharmacy-fpt72", "pharmacy-fpk79", "pharmacy-fn522"}
    assert pharmacies["pharmacy-fn522"]["name"] == "Boots Pharmacy"
    assert pharmacies["pharmacy-fpt72"]["address"] == "Vale Road, Northfleet, Gravesend"
    assert "phone" not in pharmacies["pharmacy-fn522"]
    assert report.skipped["pharmacy: appliance contractor, not a pharmacy"] == 1


def test_dentists_merged_with_nhs_website(imported):
    out, report = imported
    dentists = load_entries(out / "dentist.yml")
    assert set(dentists) == {"dentist-v05298", "dentist-v77777"}
    by_id = dentists["dentist-v05298"]  # matched by V-code (V05298 == V005298)
    assert by_id["name"] == "Dental surgery, 1A Spital Street"  # generic ODS name, person on the website
    assert "adults no, children yes" in by_id["notes"]
    assert (by_id["lat"], by_id["lon"]) == (51.446, 0.213)
    by_postcode = dentists["dentist-v77777"]  # different id, same postcode: matched by postcode
    assert by_postcode["name"] == "Valley Drive Dental Practice"
    assert report.skipped["dentist: not an NHS dental practice (ODS sub-type P)"] == 1


def test_optometrists_marked_old(imported):
    out, report = imported
    optoms = load_entries(out / "optometrist.yml")
    assert list(optoms) == ["optometrist-19737"]  # the Crayford (London area team) one is left out
    optom = optoms["optometrist-19737"]
    assert optom["as_of"] == "2014"
    assert "verify before use" in optom["notes"] and "minor eye conditions" in optom["notes"]
    assert optom["opening_times"].startswith("Monday to Friday 9am to 5:30pm; Saturday 9am to 1pm")
    assert optom["phone"] == "01474 537878"


def test_tables_attribution_and_manifest(imported):
    out, report = imported
    districts = (out / "districts.csv").read_text().splitlines()
    assert districts[0] == "code,lat,lon"
    # DA1 has two GeoNames rows (Crayford, Dartford): averaged.
    assert "DA1,51.4477,0.1994" in districts
    assert any(line.startswith("EH1,") for line in districts)  # all districts, to tell out-of-area from unknown
    sectors = (out / "sectors.csv").read_text()
    assert "TN15 6,51.3436,0.2588,GeoNames places: West Kingsdown" in sectors
    attribution = (out / "ATTRIBUTION").read_text()
    assert "Open Government Licence v3.0" in attribution and "© GeoNames, CC BY 4.0" in attribution
    manifest = yaml.safe_load((out / "manifest.yml").read_text())
    assert manifest["generated_on"] == "2025-01-02"
    assert manifest["counts"] == {"gp_practice": 1, "pharmacy": 3, "dentist": 2, "optometrist": 1}
    assert yaml.safe_load((out / "area.yml").read_text())["id"] == "test"
    # Only derived tables are written: the raw extracts are not copied.
    assert sorted(p.name for p in out.glob("*.csv")) == ["districts.csv", "places.csv", "sectors.csv"]
    places = (out / "places.csv").read_text().splitlines()
    assert places[0] == "place,code"
    assert "Dartford,DA1" in places and "West Kingsdown,TN15 6" in places  # a border place: its sector


def test_a_town_told_instead_of_a_postcode_is_its_district(imported):
    out, _ = imported
    locator = Catalogue.load(out).locator
    assert locator.code_for_place("Dartford") == "DA1"
    assert locator.code_for_place("I live in dartford, Kent") == "DA1"
    assert locator.code_for_place("west kingsdown") == "TN15 6"
    assert locator.code_for_place("Edinburgh") is None
    assert locator.code_for_place("dartford is where my mum lives") is None  # not the whole answer


def test_curated_cross_checked_against_hospitals(imported):
    out, report = imported
    assert any("wrong-site" in w and "DA2 8DA" in w for w in report.warnings)
    assert not any("dvh-ed" in w for w in report.warnings)


def test_imported_catalogue_loads_and_answers(imported):
    out, report = imported
    assert report.catalogue_counts["pharmacy"] == 3
    catalogue = Catalogue.load(out)
    result = catalogue.services_for("pharmacy", "DA11 8AA", limit=1)
    assert [s["id"] for s in result.services] == ["pharmacy-fpt72"]


def test_reimport_removes_stale_generated_files(imported, extracts, fixture_area):
    out, _ = imported
    write_yaml(out / "old_kind.yml", {"generated": True, "entries": []})
    run_import(fixture_area, extracts, out)
    assert not (out / "old_kind.yml").exists() and (out / "curated.yml").exists()


def test_missing_geonames_fails(tmp_path, extracts, fixture_area):
    (extracts / "geo" / "geonames-GB-postcodes.txt").unlink()
    with pytest.raises(CatalogueError, match="GeoNames"):
        run_import(fixture_area, extracts, tmp_path / "out")


def test_source_dates_fall_back_to_defaults(extracts):
    dates = source_dates(extracts)
    assert dates["ods/epraccur.csv"] == "2025-10"  # from the fixture README
    assert dates["ods/edispensary.csv"] == "2025-05"  # default


# ------------------------------------------------------------------ real open data
needs_real_data = pytest.mark.skipif(
    not (SHARED_DATA / "ods" / "epraccur.csv").is_file(), reason="shared open data not present"
)


@pytest.fixture(scope="module")
def real_import(tmp_path_factory):
    root = tmp_path_factory.mktemp("real") / "services"
    out = root / "dgs"
    out.mkdir(parents=True)
    shutil.copy(DISPOSITIONS, root / "dispositions.yml")
    shutil.copy(DGS_CATALOGUE / "curated.yml", out / "curated.yml")
    report = run_import(DGS_AREA, SHARED_DATA, out, today=dt.date(2025, 1, 1))
    return out, report


@needs_real_data
def test_real_import_dgs(real_import):
    out, report = real_import
    catalogue = Catalogue.load(out)
    counts = catalogue.counts()
    assert set(counts) == set(KINDS)
    assert counts["gp_practice"] >= 15 and counts["pharmacy"] >= 30 and counts["dentist"] >= 20
    assert counts["optometrist"] >= 10
    # Darent Valley Hospital is the A&E for DA2 and close to its centroid.
    ed = catalogue.services_for("emergency_department", "DA2")
    assert ed.services[0]["name"].startswith("Darent Valley Hospital") and ed.services[0]["distance_km"] < 3
    # For DA11 the nearest pharmacy is a DA11 one.
    pharmacy = catalogue.services_for("pharmacy", "DA11")
    assert pharmacy.services[0]["postcode"].startswith("DA11 ")
    # Crayford (Bexley) practices share DA1 but are commissioned in London: left out.
    names = {e.name for e in catalogue.of_kinds(["gp_practice"])}
    assert "Crayford Town Surgery" not in names and "Swanley Medical Practice" in names
    # Medway (ME3 9) and Borough Green (TN15 8) services are outside the area.
    assert not any(e.data.get("postcode", "").startswith(("ME3 9", "TN15 8")) for e in catalogue.entries)


@needs_real_data
def test_committed_catalogue_matches_a_fresh_import(real_import):
    """The generated files in data/services/dgs are the importer's output, not hand edits."""
    out, _ = real_import
    for kind in ("gp_practice", "pharmacy", "dentist", "optometrist"):
        fresh = yaml.safe_load((out / f"{kind}.yml").read_text())
        committed = yaml.safe_load((DGS_CATALOGUE / f"{kind}.yml").read_text())
        assert fresh == committed, f"{kind}.yml differs: rerun the import command in docs/catalogue.md"
    for name in ("districts.csv", "sectors.csv", "ATTRIBUTION"):
        assert (out / name).read_text() == (DGS_CATALOGUE / name).read_text(), name
