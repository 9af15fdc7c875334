"""Readable names, addresses, phone numbers and opening times (bot.catalogue.tidy, opening_times)."""

import pytest

from bot.catalogue.opening_times import clock, describe_week
from bot.catalogue.tidy import format_address, format_phone, title_case


@pytest.mark.parametrize(
    "raw, tidy",
    [
        ("DR CJ SHIMMINS & PARTNERS", "Dr CJ Shimmins & Partners"),
        ("HORSMAN'S PLACE SURGERY", "Horsman's Place Surgery"),
        ("MCQUEEN'S PHARMACY", "McQueen's Pharmacy"),
        ("DARTFORD WEST H/CTR", "Dartford West Health Centre"),
        ("DARTFORD EAST HEALTH CTR.", "Dartford East Health Centre"),
        ("ST.WERBURGH MED.PRACTICE", "St Werburgh Medical Practice"),
        ("SUTTON AT HONE", "Sutton at Hone"),
        ("10A/10B BENTALLS CTR", "10A/10B Bentalls Centre"),
        ("54 THE MALTINGS", "54 The Maltings"),
        ("S & S CHOPRA", "S & S Chopra"),
        ("ARK-G DENTAL CENTRE", "Ark-G Dental Centre"),
        ("Specsavers Opticians", "Specsavers Opticians"),  # mixed case is left alone
    ],
)
def test_title_case(raw, tidy):
    assert title_case(raw) == tidy


def test_format_address_drops_blanks_repeats_and_own_name():
    lines = ["SWANLEY MEDICAL PRACTICE", "26-28 SWANLEY CENTRE", "", "SWANLEY", "KENT", "KENT"]
    assert format_address(lines, drop=("SWANLEY MEDICAL PRACTICE",)) == "26-28 Swanley Centre, Swanley, Kent"


@pytest.mark.parametrize(
    "raw, tidy",
    [
        ("01474533674", "01474 533674"),
        ("01474 537 878", "01474 537878"),
        ("0300 123 4449", "0300 123 4449"),
        ("02085272677", "020 8527 2677"),
        ("0161 4838729", "0161 483 8729"),
        ("+44 1322 428100", "01322 428100"),
        ("0800 393889", "0800 393889"),
        ("111", "111"),
        ("", None),
        ("12345", None),
    ],
)
def test_format_phone(raw, tidy):
    assert format_phone(raw) == tidy


def test_clock():
    assert [clock(t) for t in ("09:00", "17:30", "12:00", "00:00", "12:30")] == [
        "9am", "5:30pm", "12 noon", "midnight", "12:30pm"]


def test_describe_week_groups_days_and_lunch_breaks():
    week = [(d, "09:00-17:30") for d in ("Tuesday", "Wednesday", "Thursday", "Friday")]
    week += [("Monday", "14:00-17:30"), ("Monday", "09:00-13:00"), ("Saturday", "09:00-12:00")]
    assert describe_week(week) == (
        "Monday 9am to 1pm and 2pm to 5:30pm; Tuesday to Friday 9am to 5:30pm; "
        "Saturday 9am to 12 noon; Sunday closed"
    )
    assert describe_week([]) is None
    assert describe_week([("Saturday", "10:00-16:00"), ("Sunday", "10:00-16:00")]) == (
        "Monday to Friday closed; Saturday and Sunday 10am to 4pm")
