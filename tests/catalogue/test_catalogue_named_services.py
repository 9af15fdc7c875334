"""Named community services in the catalogue: each entry sourced and dated, with who can refer,
where it runs and a way to contact; listed first only when a triage rule names it."""
import pytest
from catalogue_fixtures import REPO

from bot.catalogue.region import Region
from bot.triage import Content

REGION = Region.load(REPO / "data" / "services")
CONTENT = Content.load(REPO / "data" / "triage")
NAMED = CONTENT.dispositions["community_service"].services
DGS = next(c for c in REGION.catalogues if c.area.id == "dgs")


def test_every_named_entry_has_its_source_date_referral_place_and_contact():
    named = [e for e in REGION.entries if e.service]
    assert named
    for entry in named:
        data = entry.data
        assert entry.service in NAMED and entry.kind == "community_service", entry.id
        assert data["source"].strip() and data["as_of"], entry.id
        assert data["referral"] and data["runs_at"] and (data.get("phone") or data.get("url")), entry.id


def test_dgs_lists_every_community_service_of_the_commissioners_catalogue():
    assert {e.service for e in DGS.entries if e.service} == set(NAMED)


def test_every_service_a_rule_names_is_in_the_catalogue():
    used = {r.service for r in CONTENT.rules if r.service}
    assert used and used <= {e.service for e in DGS.entries}
    assert all(r.service in r.disposition.services for r in CONTENT.rules if r.service)


def test_the_memory_rule_names_the_memory_service_the_gp_refers_to():
    rule = next(r for r in CONTENT.rules if r.id == "memory_problems")
    assert (rule.disposition.code, rule.service) == ("gp_routine", "memory_assessment")
    result = REGION.services_for("gp_routine", "DA11 0DG", service="memory_assessment")
    first, *others = result.services
    assert first["service"] == "memory_assessment"
    assert others and [s["id"] for s in others] == [s["id"] for s in REGION.services_for("gp_routine", "DA11 0DG").services]


@pytest.mark.parametrize("postcode", ["DA1 1SA", "ME7 5NY", "ME10 4DT", "TN1 1AA", "TN24 0LZ", "CT1 3RX",
                                      "CT16 1", "CT9 1LB"])
def test_memory_assessment_is_named_first_in_every_area(postcode):
    result = REGION.services_for("community_service", postcode, service="memory_assessment")
    first, *others = result.services
    assert first["service"] == "memory_assessment" and first["area"] == result.area
    assert [s["id"] for s in others] == [
        s["id"] for s in REGION.services_for("community_service", postcode).services]


def test_named_entries_are_not_listed_unless_named():
    for postcode in ("DA1 1SA", "ME7 5NY", "CT1 3RX"):
        assert not any(s.get("service") for s in REGION.services_for("community_service", postcode).services)


def test_who_can_refer_is_said_in_plain_words():
    physio = DGS.entry("dgs-physiotherapy").to_service()
    assert physio["referral"] == "You yourself or your GP practice"
    assert physio["service"] == "physiotherapy" and physio["runs_at"].startswith("Physiotherapy department")
