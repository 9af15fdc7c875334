"""What identifies a person is redacted; what the clinical reading needs is kept."""
import logging

import pytest

from bot.privacy import redact, redact_data
from bot.privacy.log_filter import RedactingFilter


@pytest.mark.parametrize("text, gone, kept", [
    ("My name is Sarah Jones, mobile 07700 900123", ["Sarah", "Jones", "07700"], ["My name is"]),
    ("call me on +44 7700 900 123 or sarah.j@example.com", ["7700", "sarah.j"], ["call me on"]),
    ("NHS number 943 476 5919, I live at DA11 0AA", ["943", "5919", "0AA"], ["DA11"]),
    ("Mrs Patel next door fell and can't get up", ["Patel"], ["next door fell"]),
    ("my name's tom and I'm 34", ["tom"], ["34"]),
])
def test_identifying_details_are_replaced(text, gone, kept):
    out = redact(text)
    assert not any(g in out for g in gone) and all(k in out for k in kept)


@pytest.mark.parametrize("text", [
    "I'm 34 and pregnant", "blood sugar 25, bp 150/90, pulse 120, temp 38.5",
    "This is really bad, my dad is 84", "had it since 12/03 and took 16 paracetamol",
])
def test_clinical_words_and_numbers_stay(text):
    assert redact(text) == text


def test_nested_event_data_is_redacted_throughout():
    event = {"event": "user", "text": "postcode DA12 1AB", "parse_data": {"text": "postcode DA12 1AB",
             "entities": [{"value": "DA12 1AB"}]}, "timestamp": 1.5}
    assert redact_data(event) == {"event": "user", "text": "postcode DA12", "timestamp": 1.5,
                                  "parse_data": {"text": "postcode DA12", "entities": [{"value": "DA12"}]}}


def test_log_records_are_redacted_with_their_arguments():
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "turn failed for %s", ("07700 900123",), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "turn failed for [phone]"
