"""The committed DGS catalogue (data/services/dgs) loads, covers every kind and answers every disposition."""

import re

import pytest
import yaml
from catalogue_fixtures import DGS_AREA, DGS_CATALOGUE

from bot.catalogue import DISPOSITION_CODES, KINDS, Catalogue


@pytest.fixture(scope="module")
def dgs():
    return Catalogue.load(DGS_CATALOGUE)


def test_loads_with_every_kind(dgs):
    counts = dgs.counts()
    assert set(counts) == set(KINDS)
    assert all(count >= 1 for count in counts.values())
    assert dgs.area.id == "dgs"


def test_area_copy_matches_area_file():
    assert yaml.safe_load((DGS_CATALOGUE / "area.yml").read_text()) == yaml.safe_load(DGS_AREA.read_text())


def test_every_entry_has_source_and_date(dgs):
    for e in dgs.entries:
        assert e.data["source"] and re.fullmatch(r"20\d\d(-\d\d)?", e.data["as_of"]), e.id


def test_attribution_present():
    text = (DGS_CATALOGUE / "ATTRIBUTION").read_text()
    assert "Contains public sector information licensed under the Open Government Licence v3.0" in text
    assert "Postcode district data © GeoNames, CC BY 4.0" in text


@pytest.mark.parametrize("code", DISPOSITION_CODES)
@pytest.mark.parametrize("postcode", ["DA1 1AA", "DA12", "BR8 7AH", "ME3 7AT"])
def test_every_disposition_everywhere_in_area(dgs, code, postcode):
    result = dgs.services_for(code, postcode)
    assert result.ok, (postcode, result.status)
    if code == "call_999":
        assert result.services == []
        return
    assert result.services
    for service in result.services:
        assert service["name"] and ("address" in service or "phone" in service or "url" in service)


def test_hospitals_and_helplines(dgs):
    ed = dgs.services_for("emergency_department", "DA2 8DA").services
    assert [s["id"] for s in ed] == ["dvh-emergency-department"] and ed[0]["distance_km"] == 0.0
    crisis = dgs.services_for("mental_health_crisis", "DA11").services
    assert crisis[0]["phone"] == "111" and "option 2" in crisis[0]["name"]
    utc = dgs.services_for("urgent_treatment_centre", "DA12 2EN").services
    assert utc[0]["id"] == "gch-urgent-treatment-centre"  # Gravesend is nearer than Darent Valley
    therapy = dgs.services_for("talking_therapies", "DA1").services
    assert therapy[0]["url"].startswith("https://www.nhs.uk/service-search/mental-health/")


def test_gp_hours_are_flagged_as_general(dgs):
    for e in dgs.of_kinds(["gp_practice"]):
        assert "general GP core hours" in e.data["opening_times"]


def test_opticians_are_flagged_as_old(dgs):
    for e in dgs.of_kinds(["optometrist"]):
        assert e.data["as_of"] == "2014" and "verify before use" in e.data["notes"]


def test_out_of_area_gets_no_services(dgs):
    for postcode in ("ME3 9AA", "TN15 8BJ", "SW1A 1AA", "EH1 1YZ"):
        result = dgs.services_for("pharmacy", postcode)
        assert result.status == "out_of_area" and result.services == []
