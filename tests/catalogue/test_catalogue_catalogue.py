"""Catalogue loading and lookup (bot.catalogue.catalogue)."""

import json

import pytest

from bot.catalogue import DISPOSITION_CODES, KINDS, NHS_SERVICE_SEARCH_URL, Catalogue, Status
from bot.catalogue.geo import distance_km


@pytest.fixture
def catalogue(make_catalogue):
    return Catalogue.load(make_catalogue())


def names(result):
    return [s["id"] for s in result.services]


def test_distance_km_matches_known_distance():
    # Dartford to Gravesend town centres: about 10.5 km as the crow flies.
    assert distance_km((51.4435, 0.2196), (51.4414, 0.3737)) == pytest.approx(10.7, abs=0.3)
    assert distance_km((51.0, 0.0), (51.0, 0.0)) == 0


def test_counts_and_points(catalogue):
    assert catalogue.counts()["pharmacy"] == 4
    assert set(catalogue.counts()) == set(KINDS)
    # No lat/lon given: the entry sits on its sector (DA1 1 is in sectors.csv) or district centroid.
    assert catalogue.entry("pharm-dartford").point == (51.4423, 0.2244)
    assert catalogue.entry("pharm-dartford").precision == "sector"
    assert catalogue.entry("pharm-gravesend").precision == "district"
    assert catalogue.entry("ed-dvh").precision == "source"
    assert catalogue.entry("crisis").point is None


def test_nearest_pharmacies_in_distance_order(catalogue):
    gravesend = catalogue.services_for("pharmacy", "DA12 1AS")
    assert gravesend.ok
    assert names(gravesend) == ["pharm-gravesend", "pharm-northfleet", "pharm-dartford"]
    distances = [s["distance_km"] for s in gravesend.services]
    assert distances == sorted(distances) and distances[0] == 0.0
    dartford = catalogue.services_for("pharmacy", "DA1 1AA")
    assert names(dartford)[0] == "pharm-dartford"


def test_limit_caps_local_services(catalogue):
    assert len(catalogue.services_for("pharmacy", "DA11", limit=1).services) == 1
    assert len(catalogue.services_for("pharmacy", "DA11", limit=10).services) == 4


def test_service_dict_has_contract_shape(catalogue):
    service = catalogue.services_for("emergency_department", "DA2").services[0]
    assert service["name"] == "Ed Dvh"
    assert service["address"] == "1 High Street, Town, DA2 8DA"  # postcode appended for the patient
    assert service["kind"] == "emergency_department"
    assert "phone" not in service and "url" not in service  # missing fields omitted, not None
    json.dumps(service)  # serialisable for the custom payload


def test_regional_services_are_returned_without_distance(catalogue):
    result = catalogue.services_for("mental_health_crisis", "DA12 5SG")
    assert result.ok
    assert names(result) == ["crisis"]
    assert "distance_km" not in result.services[0]
    assert result.services[0]["phone"] == "111"


def test_also_kinds_are_appended(catalogue):
    result = catalogue.services_for("emergency_dental", "DA1 2DJ", limit=1)
    assert names(result) == ["dentist-dartford", "nhs111"]
    gp = catalogue.services_for("gp_urgent", "DA12")
    assert names(gp)[-1] == "nhs111" and names(gp)[0] == "gp-gravesend"


@pytest.mark.parametrize("code", DISPOSITION_CODES)
def test_every_disposition_in_area(catalogue, code):
    result = catalogue.services_for(code, "DA11 8BZ")
    assert result.status is Status.OK
    assert result.disposition == code
    if code == "call_999":
        assert result.services == [] and result.kinds == ()
    else:
        assert result.services, code
        assert {s["kind"] for s in result.services} <= set(result.kinds) | {"nhs_111"}


@pytest.mark.parametrize("text, status", [("EH1 1YZ", "out_of_area"), ("ZZ99", "unknown_postcode"),
                                          ("what?", "invalid_postcode"), ("", "no_postcode")])
def test_no_services_outside_the_area(catalogue, text, status):
    result = catalogue.services_for("pharmacy", text)
    assert result.status == status
    assert not result.ok and result.services == []
    assert result.search_url == NHS_SERVICE_SEARCH_URL == "https://www.nhs.uk/service-search"
    assert result.to_dict()["status"] == status


def test_partial_district_sector(catalogue):
    inside = catalogue.services_for("pharmacy", "TN15 6HD", limit=1)
    assert names(inside) == ["pharm-kingsdown"]
    bare = catalogue.services_for("pharmacy", "TN15")
    assert bare.status == "out_of_area" and bare.needs_full_postcode and bare.services == []


def test_unknown_disposition_is_a_programming_error(catalogue):
    with pytest.raises(ValueError, match="unknown disposition"):
        catalogue.services_for("see_a_witch_doctor", "DA1")


def test_result_records_postcode(catalogue):
    result = catalogue.services_for("pharmacy", "my postcode is da11 8bz")
    assert (result.postcode, result.outward_code, result.area) == ("DA11 8BZ", "DA11", "Test area")
    assert result.precision == "district"
