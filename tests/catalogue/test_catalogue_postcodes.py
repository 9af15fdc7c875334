"""Postcode parsing (bot.postcodes) and resolution against an area (bot.catalogue.locate)."""

import pytest

from bot.catalogue import Catalogue, Status
from bot.postcodes import normalise_postcode, parse_postcode


@pytest.mark.parametrize(
    "text, outward, sector, postcode",
    [
        ("DA1 2AB", "DA1", "DA1 2", "DA1 2AB"),
        ("da1 2ab", "DA1", "DA1 2", "DA1 2AB"),
        ("da12ab", "DA1", "DA1 2", "DA1 2AB"),  # no space: the last three characters are the inward code
        ("DA111AA", "DA11", "DA11 1", "DA11 1AA"),
        ("  DA12   1AA ", "DA12", "DA12 1", "DA12 1AA"),
        ("my postcode is da12 1aa thanks", "DA12", "DA12 1", "DA12 1AA"),
        ("DA11", "DA11", None, None),
        ("it's DA11.", "DA11", None, None),
        ("TN15 6", "TN15", "TN15 6", None),
        ("EC1A 1BB", "EC1A", "EC1A 1", "EC1A 1BB"),
        ("W1A 0AX", "W1A", "W1A 0", "W1A 0AX"),
    ],
)
def test_parse_finds_postcode(text, outward, sector, postcode):
    parsed = parse_postcode(text)
    assert parsed.ok
    assert (parsed.outward, parsed.sector, parsed.postcode) == (outward, sector, postcode)


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_empty(text):
    assert parse_postcode(text).status == "empty"


@pytest.mark.parametrize("text", ["hello", "I don't know it", "12345", "34", "!!!", "DA", "1AA"])
def test_parse_garbage_is_malformed_not_an_exception(text):
    parsed = parse_postcode(text)
    assert parsed.status == "malformed"
    assert parsed.outward is None


def test_parse_prefers_known_outward_code():
    known = {"DA11"}.__contains__
    parsed = parse_postcode("my son is in B12 ward, we live in DA11", known=known)
    assert parsed.outward == "DA11"
    assert parsed.candidates == ("B12", "DA11")


def test_normalise_postcode():
    assert normalise_postcode("da11 0dg") == "DA11 0DG"
    assert normalise_postcode("DA110DG") == "DA11 0DG"
    assert normalise_postcode("DA11") is None
    assert normalise_postcode("not a postcode") is None


@pytest.fixture
def catalogue(make_catalogue):
    return Catalogue.load(make_catalogue())


@pytest.mark.parametrize(
    "text, status",
    [
        ("DA1 2AB", Status.OK),
        ("da11", Status.OK),
        ("TN15 6HD", Status.OK),  # a listed sector of a partial district
        ("TN15 8BJ", Status.OUT_OF_AREA),  # the same district, an unlisted sector
        ("TN15", Status.OUT_OF_AREA),  # cannot tell which side of the border
        ("EH1 1YZ", Status.OUT_OF_AREA),  # Edinburgh: valid but elsewhere
        ("ZZ99 3VZ", Status.UNKNOWN_POSTCODE),  # well formed, no such district
        ("ZZ99", Status.UNKNOWN_POSTCODE),
        ("banana", Status.INVALID_POSTCODE),
        ("", Status.NO_POSTCODE),
        (None, Status.NO_POSTCODE),
    ],
)
def test_locate_statuses(catalogue, text, status):
    location = catalogue.locate(text)
    assert location.status == status
    assert location.status.value == str(status)


def test_locate_uses_sector_point_when_known(catalogue):
    sector = catalogue.locate("DA1 1AA")
    district = catalogue.locate("DA1 3AA")
    assert sector.precision == "sector" and sector.point == (51.4423, 0.2244)
    assert district.precision == "district" and district.point == (51.4477, 0.1994)


def test_bare_partial_district_asks_for_full_postcode(catalogue):
    assert catalogue.locate("TN15").needs_full_postcode is True
    assert catalogue.locate("TN15 8BJ").needs_full_postcode is False
    assert catalogue.locate("EH1").needs_full_postcode is False
