"""Parsers for bare answers to one question."""
import datetime as dt

import pytest

from bot.understand.answers import (
    parse_age,
    parse_duration,
    parse_postcode,
    parse_pregnancy_weeks,
    parse_pregnant,
    parse_sex,
    parse_yes_no,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("yes", True), ("Yes.", True), ("yeah", True), ("yep", True), ("yup", True), ("I think so", True),
        ("y", True), ("aye", True), ("yes he has", True), ("\U0001f44d", True),
        ("no", False), ("nope", False), ("nah", False), ("No, he hasn't", False), ("not really", False),
        ("I don't think so", False), ("never", False),
        ("not sure", None), ("don't know", None), ("dunno", None), ("maybe", None), ("", None),
        ("banana", None),
    ],
)
def test_yes_no(text, value):
    assert parse_yes_no(text) is value


@pytest.mark.parametrize(
    "text, age",
    [
        ("34", 34.0), ("she's 6", 6.0), ("my son is 18 months", 1.5), ("7 months", 0.58),
        ("he's 9", 9.0), ("mid-forties", 45.0), ("six", 6.0), ("34 years old", 34.0),
        ("I'm 34", 34.0), ("in my 70s", 75.0), ("2 weeks", 0.04), ("newborn", 0.05),
        ("twenty five", 25.0), ("about 40", 40.0), ("actually she's 4", 4.0),
        ("50s", 55.0), ("her fifties", 55.0), ("late 70s", 78.0),  # a decade answered to "how old?"
        ("garbage", None), ("150", None), ("", None),
    ],
)
def test_age(text, age):
    got = parse_age(text)
    if age is None:
        assert got is None
    else:
        assert got == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize(
    "text, sex",
    [
        ("I'm a woman", "female"), ("female", "female"), ("girl", "female"), ("f", "female"), ("F", "female"),
        ("male", "male"), ("boy", "male"), ("man", "male"), ("m", "male"), ("he's a boy", "male"),
        ("dunno", None), ("", None), ("42", None),
    ],
)
def test_sex(text, sex):
    assert parse_sex(text) == sex


@pytest.mark.parametrize(
    "text, value",
    [
        ("yes, 20 weeks", True), ("yes", True), ("I'm 12 weeks", True), ("20 weeks", True),
        ("no", False), ("no, had my baby 5 weeks ago", False), ("not pregnant", False),
        ("not sure", None), ("might be", None), ("maybe", None), ("", None),
    ],
)
def test_pregnant(text, value):
    assert parse_pregnant(text) is value


def test_pregnancy_weeks():
    assert parse_pregnancy_weeks("yes, 20 weeks") == 20.0
    assert parse_pregnancy_weeks("yes") is None
    assert parse_pregnancy_weeks("no, had my baby 5 weeks ago") is None


TODAY = dt.date(2026, 11, 22)  # a Sunday


@pytest.mark.parametrize(
    "text, days",
    [
        ("since yesterday", 1.0), ("2 days", 2.0), ("for 2 days", 2.0), ("since Monday", 6.0),
        ("a fortnight", 14.0), ("over a year", 365.0), ("4 weeks", 28.0), ("couple of months", 60.0),
        ("about an hour", 1 / 24), ("10 mins ago", 10 / 1440), ("this morning", 0.3), ("last night", 0.5),
        ("a week", 7.0), ("3 days ago", 3.0), ("weeks", 14.0), ("day", 1.0),
        ("a few nights", 3.0), ("the last 2 nights", 2.0), ("past week or so", 7.0), ("the last month", 30.0),
        ("this week", 3.0), ("earlier this week", 3.0),
        ("no idea", None), ("", None),
    ],
)
def test_duration(text, days):
    got = parse_duration(text, today=TODAY)
    if days is None:
        assert got is None
    else:
        assert got == pytest.approx(days, rel=0.01)


@pytest.mark.parametrize(
    "text, postcode",
    [
        ("DA1 2AB", "DA1 2AB"), ("da1 2ab", "DA1 2AB"), ("da12ab", "DA1 2AB"), ("DA11", "DA11"),
        ("da11", "DA11"), ("it's BR8 7XX", "BR8 7XX"), ("SW1A 1AA", "SW1A 1AA"), ("me", None),
        ("hello", None), ("", None),
    ],
)
def test_postcode(text, postcode):
    assert parse_postcode(text) == postcode
