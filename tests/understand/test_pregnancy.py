"""Pregnancy and its weeks (bot.understand.pregnancy)."""
import pytest


@pytest.mark.parametrize(
    "text, pregnant, weeks",
    [
        ("I'm 32 weeks pregnant", True, 32.0),
        ("I'm pregnant", True, None),
        ("she is 20 weeks pregnant", True, 20.0),
        ("I'm not pregnant", False, None),
        ("I had my baby 5 weeks ago", False, None),
        ("I might be pregnant", None, None),
        ("I have a cough", None, None),
    ],
)
def test_pregnancy(read, text, pregnant, weeks):
    r = read(text)
    assert r.pregnant is pregnant
    assert r.pregnancy_weeks == weeks


def test_pregnancy_not_for_a_boy(read):
    r = read("I'm pregnant and my son has a rash")
    assert r.pregnant is None and r.subject == "child"
