"""Postcodes in patients' messages (bot.postcodes.find_postcode)."""
import pytest


@pytest.mark.parametrize(
    "text, postcode",
    [
        ("I live in DA1 2AB", "DA1 2AB"),
        ("postcode da12ab", "DA1 2AB"),
        ("I'm in DA11", "DA11"),
        ("near me1 4bb please", "ME1 4BB"),
        ("nearest pharmacy to br8", "BR8"),
        ("I take vitamin B12", None),
        ("I have a cough", None),
    ],
)
def test_postcode(read, text, postcode):
    assert read(text).postcode == postcode
