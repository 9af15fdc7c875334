"""Several areas answered as one (bot.catalogue.region), on a hand-made region of two areas."""

import pytest
from catalogue_fixtures import EAST, REGION, WEST

from bot.catalogue import Catalogue, CatalogueError, Status
from bot.catalogue.area import Area
from bot.catalogue.region import Region, disagreements


@pytest.fixture
def region(make_region):
    return Region.load(make_region())


def ids(result):
    return [s["id"] for s in result.services]


def test_a_border_patient_gets_the_nearest_services_whichever_area_holds_them(region):
    # From DA2 (West) the Dartford pharmacy is nearest, then East's Northfleet and Gravesend ones.
    result = region.services_for("pharmacy", "DA2 7AA")
    assert result.ok and result.area == "West"
    assert ids(result) == ["pharm-dartford", "pharm-northfleet", "pharm-gravesend"]
    assert [s["area"] for s in result.services] == ["West", "East", "East"]
    distances = [s["distance_km"] for s in result.services]
    assert distances == sorted(distances)
    # From DA11 (East) the only A&E, in West, is offered, and says so.
    ed = region.services_for("emergency_department", "DA11 0AA")
    assert ed.area == "East" and ids(ed) == ["ed-dvh"] and ed.services[0]["area"] == "West"


def test_regional_services_come_from_the_patients_own_area(region):
    assert ids(region.services_for("mental_health_crisis", "DA12 1AA")) == ["crisis-east"]
    assert ids(region.services_for("mental_health_crisis", "DA1 1AA")) == ["crisis-west"]
    # A sector listed by one part belongs to it.
    assert ids(region.services_for("mental_health_crisis", "TN15 8BJ")) == ["crisis-east"]
    assert ids(region.services_for("mental_health_crisis", "TN15 6HD")) == ["crisis-west"]


def test_a_bare_district_split_between_parts_is_in_the_region_and_gets_both_parts_helplines(region):
    result = region.services_for("mental_health_crisis", "TN15")
    assert result.ok and not result.needs_full_postcode
    assert result.area == "West or East"
    assert ids(result) == ["crisis-west", "crisis-east"]  # in the region's order of its parts
    # Regional entries of the same kind and name (NHS 111) are offered once.
    gp = region.services_for("gp_urgent", "TN15")
    assert [s["name"] for s in gp.services] == ["NHS 111"]


@pytest.mark.parametrize("text, status", [("EH1 1YZ", Status.OUT_OF_AREA), ("ZZ99", Status.UNKNOWN_POSTCODE),
                                          ("what?", Status.INVALID_POSTCODE), ("", Status.NO_POSTCODE)])
def test_outside_the_region_no_services(region, text, status):
    result = region.services_for("pharmacy", text)
    assert result.status is status and result.services == []


def test_call_999_lists_nothing_and_an_unknown_code_is_a_programming_error(region):
    assert region.services_for("call_999", "DA1").services == []
    with pytest.raises(ValueError, match="unknown disposition"):
        region.services_for("see_a_witch_doctor", "DA1")


def test_one_catalogue_directory_is_a_region_of_one(make_catalogue):
    directory = make_catalogue()
    region = Region.load(directory)
    assert [c.area.id for c in region.catalogues] == ["test"] and region.area.name == "Test area"
    result = region.services_for("pharmacy", "DA12 1AS", limit=1)
    assert ids(result) == ["pharm-gravesend"] and result.services[0]["area"] == "Test area"
    # The catalogue's own lookup is the same region of one.
    assert Catalogue.load(directory).services_for("pharmacy", "DA12 1AS", limit=1).services == result.services


def test_parts_that_disagree_with_the_union_stop_loading(make_region):
    greedy = {**EAST, "outward_codes": ["DA2", "DA11", "DA12", "EH1"]}
    with pytest.raises(CatalogueError, match="region.yml") as error:
        Region.load(make_region(parts=(WEST, greedy)))
    assert "DA2 is in both west and east" in str(error.value)
    assert "EH1 (east) is not wholly in test-region" in str(error.value)


def test_disagreements_name_each_problem():
    region = Area.from_dict(REGION)
    parts = [Area.from_dict(WEST), Area.from_dict(EAST)]
    assert disagreements(region, parts) == []
    short = Area.from_dict({**REGION, "outward_codes": ["DA1", "DA2", "DA11", "DA12", "TN15", "ME3"]})
    assert disagreements(short, parts) == ["ME3 of test-region is in no part"]
    twice = Area.from_dict({**EAST, "partial_districts": {"TN15": {"sectors": ["TN15 6"], "why": "x"}}})
    assert disagreements(region, [parts[0], twice]) == ["TN15 6 is in both west and east"]
    whole_and_sector = Area.from_dict({**EAST, "outward_codes": ["DA11", "DA12", "TN15"], "partial_districts": {}})
    assert disagreements(region, [parts[0], whole_and_sector]) == [
        "TN15 is whole in east but has sectors in another part"
    ]


def test_a_directory_without_a_region_or_area_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogueError, match="no region.yml or area.yml"):
        Region.load(tmp_path)
