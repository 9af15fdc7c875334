"""Reading the patient's reply to the question the bot just asked."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.conversation.state import ConversationState
from bot.understand import Reading
from bot.understand.answers import parse_age, parse_duration, parse_postcode, parse_pregnant, parse_sex, parse_yes_no

UNSURE = re.compile(r"\b(not sure|unsure|don'?t know|dont know|dunno|no idea|can'?t tell|maybe|not certain)\b", re.I)
PLAIN_YES_NO = re.compile(r"^\s*(yes|yeah|yep|yup|no|nope|nah|not really)\b", re.I)
SKIP = re.compile(r"^\s*(skip|no|none|rather not|prefer not|n/?a|i don'?t know|dont know|not sure)\b", re.I)


def is_unsure(text: str, intent: str | None) -> bool:
    return intent == "dont_know" or bool(UNSURE.search(text))


def take_answer(state: ConversationState, text: str, intent: str | None, reading: Reading,
                place: Callable[[str], str | None] = lambda text: None) -> bool:
    """Apply the reply to the pending question. True when it was answered (or honestly not
    known, which records the fact as declined), False when we could not read it. `place` gives
    the postcode district of a town told instead ("Dartford")."""
    slot, case = state.pending, state.case
    assert slot is not None  # only called while a question is pending
    if slot == "postcode":
        code = reading.postcode or parse_postcode(text) or place(text)
        if code:
            state.postcode = code
            return True
        if SKIP.match(text) or intent in ("deny", "dont_know"):
            state.postcode = ""
            return True
        return False
    value = _fact_value(slot, text, reading)
    if value is not None:
        if slot == "duration":
            case.duration_days = value
        elif slot == "pregnant":
            case.pregnant = value
        else:
            setattr(case, slot, value)
        return True
    if slot.startswith("q_"):
        finding = slot[2:]
        said = next((f for f in reading.findings if f.symptom == finding and f.context in ("affirmed", "negated")), None)
        yes = said.present if said else _yes_no(text, reading)
        if yes is not None:
            case.note(finding, yes)
            return True
        if is_unsure(text, intent):
            case.declined.add(finding)
            return True
        return False
    if is_unsure(text, intent):
        case.declined.add(slot)
        return True
    return False


def _yes_no(text: str, reading: Reading) -> bool | None:
    """A yes or no; a longer message about other findings ("I have had a pain in my tummy") is a
    new description, not an answer, unless it opens with a plain yes or no."""
    if any(f.present for f in reading.findings) and len(text.split()) > 4 and not PLAIN_YES_NO.match(text):
        return None
    return parse_yes_no(text)


def _fact_value(slot: str, text: str, reading: Reading):
    if slot == "age":
        return reading.age_years if reading.age_years is not None else parse_age(text)
    if slot == "sex":
        return reading.sex or parse_sex(text)
    if slot == "pregnant":
        return reading.pregnant if reading.pregnant is not None else parse_pregnant(text)
    if slot == "duration":
        return reading.duration_days if reading.duration_days is not None else parse_duration(text)
    return None


def merge_reading(state: ConversationState, reading: Reading) -> bool:
    """Add what the message told us to the case. True when it carried a clinical finding."""
    case = state.case
    clinical = False
    for f in reading.findings:
        if f.context in ("affirmed", "negated"):
            case.note(f.symptom, f.present)
            clinical = clinical or f.present
    # A bare "9 months" answers the question asked: an age is not also a duration, nor the reverse.
    if reading.age_years is not None and state.pending != "duration":
        case.age = reading.age_years
    if reading.subject and state.subject is None:
        state.subject = reading.subject
    if reading.sex:
        case.sex = reading.sex
    if reading.pregnant is not None:
        case.pregnant = reading.pregnant
        if reading.pregnant:
            case.sex = "female"
    if reading.duration_days is not None and state.pending != "age":
        case.duration_days = reading.duration_days
    for symptom, days in reading.finding_durations.items():
        case.finding_durations.setdefault(symptom, days)
    if reading.postcode:
        state.postcode = reading.postcode
    return clinical
