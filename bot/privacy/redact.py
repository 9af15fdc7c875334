"""Redaction of what identifies a person in free text (no Rasa imports).

Phone numbers, NHS numbers, email addresses and names the patient gives ("my name is ...",
"Mrs ...") become placeholders; a full postcode keeps its outward code (DA11 0AA -> DA11), which is
all the service lookup needs later. Clinical words and numbers (ages, temperatures, readings) stay.
"""
from __future__ import annotations

import re
from typing import Any

from bot.postcodes import FULL_POSTCODE_RX

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# NHS numbers (3-3-4 digits) and UK phone numbers (+44 or 0 then 9-10 digits, spaced or not).
NHS_NUMBER = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
PHONE = re.compile(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|0)(?:\d[\s-]?){8,9}\d(?!\d)")
_CAPITALISED = r"(?-i:[A-Z][a-z'-]+)"
# After "my name is" a name may be typed in lower case; after "this is" or a title it must be capitalised.
NAME_AFTER_CUE = re.compile(rf"\b(?:my name is|my name's|name is|i am called|i'm called|call me)\s+"
                            rf"([a-z][a-z'-]+(?:\s+{_CAPITALISED})?)", re.IGNORECASE)
NAME_AFTER_TITLE = re.compile(rf"\b(?:this is|mr|mrs|ms|miss|dr|mx)\.?\s+({_CAPITALISED}(?:\s+{_CAPITALISED})?)",
                              re.IGNORECASE)
NOT_NAMES = {"a", "an", "and", "the", "my", "not", "on", "at", "in", "back", "when", "if", "please", "asap",
             "later", "now", "very", "really", "so", "about", "urgent", "serious", "worried", "bad", "me"}


def _name(match: re.Match) -> str:
    if match.group(1).split()[0].lower() in NOT_NAMES:
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start(0)] + "[name]"


def redact(text: str) -> str:
    """The text with identifying details replaced."""
    text = EMAIL.sub("[email]", text)
    text = FULL_POSTCODE_RX.sub(lambda m: m.group(1).upper(), text)
    text = PHONE.sub("[phone]", text)
    text = NHS_NUMBER.sub("[number]", text)
    return NAME_AFTER_TITLE.sub(_name, NAME_AFTER_CUE.sub(_name, text))


def redact_data(value: Any) -> Any:
    """Every string inside nested dicts and lists redacted (an event as Rasa stores it)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_data(v) for v in value]
    return value
