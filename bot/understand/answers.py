"""Parsers for bare answers, when the bot has just asked for one fact.

Each returns the value, or None when the answer is not understood (or is "not sure").
They need no lexicon, so they are plain functions.
"""

from __future__ import annotations

import datetime as _dt
import re

from bot.postcodes import find_postcode
from bot.understand.age import DECADE_ANSWER_RX, decade_value, find_ages, unit_value
from bot.understand.duration import A_FEW_DAYS, DUR_UNITS, find_duration, quantity
from bot.understand.ntext import NText
from bot.understand.pregnancy import POSTNATAL_RX, find_pregnancy
from bot.understand.sex import SEX_ANSWER
from bot.understand.text import NUM, parse_number

_UNSURE_RX = re.compile(
    r"\b(?:not sure|unsure|dont know|dunno|do not know|no idea|idk|maybe|possibly|perhaps|might be|"
    r"may be|could be|not certain|cant remember|cant say|hard to say|not really sure|sort of|kind of|"
    r"kinda|sometimes|a bit|a little|no clue|havent checked|not checked|dont think i know)\b"
)
_NO_RX = re.compile(
    r"^(?:no|n|nope|nah|naw|na|noo+|no way|not really|not at all|never|none|negative|false|"
    r"dont think so|i dont think so|not that i know|not that im aware|not as far as i know|no chance|"
    r"definitely not|certainly not|absolutely not|of course not|hasnt|havent|isnt|doesnt|didnt|wasnt|"
    r"arent|dont|cant|not|nothing)\b"
)
_YES_RX = re.compile(
    r"^(?:yes|y|yeah|yea|yeh|ye|yep|yup|ya|yah|aye|sure|correct|right|true|affirmative|definitely|"
    r"absolutely|of course|certainly|indeed|i think so|i believe so|think so|i guess so|guess so|"
    r"i do|i have|i am|he is|she is|he has|she has|he does|she does|it is|it has|it does|they are|"
    r"they have|that is right|thats right|thats correct|yes please|please|ok yes|uh huh|mhm|yass|yas|"
    r"it did|he did|she did|i did|they did|has|have|is|does|did|do|am|was|were)\b"
)


def _norm(text: str) -> str:
    nt = NText.of(text or "")
    return re.sub(r"\s+", " ", " ".join(w for w in nt.words if w not in (".", ",", "!", "-"))).strip()


def parse_yes_no(text: str) -> bool | None:
    """'yes', 'yeah', 'I think so' -> True; 'no', 'nope' -> False; 'not sure' -> None."""
    raw = (text or "").strip()
    if raw in ("\U0001f44d", "\u2705", "\u2714"):
        return True
    if raw in ("\U0001f44e", "\u274c"):
        return False
    s = _norm(raw)
    if not s:
        return None
    if re.match(r"^(?:i dont think so|dont think so|not that i know|not that im aware|not as far as i know)", s):
        return False
    if _UNSURE_RX.search(s):
        # "no, not sure" is still unsure; "yes a bit" is yes
        if re.match(r"^(?:yes|yeah|yep|yup)\b", s) and re.search(r"\b(?:a bit|a little|sort of|kind of|kinda|sometimes)\b", s):
            return True
        return None
    if _NO_RX.match(s):
        return False
    if _YES_RX.match(s):
        return True
    return None


def parse_age(text: str) -> float | None:
    """'34' -> 34.0, "she's 6" -> 6.0, 'my son is 18 months' -> 1.5, '7 months' -> 0.58,
    'mid-forties' -> 45.0, '50s' -> 55.0. Implausible (>120) or not understood -> None."""
    nt = NText.of(text or "")
    s = nt.text
    ages = find_ages(nt)
    if ages:
        corr = [a for a in ages if a.correction]
        return (
            corr[-1] if corr
            else ages[-1] if len(ages) > 1 and re.search(r"\b(?:actually|sorry|i mean)\b", s)
            else ages[0]
        ).value
    m = re.search(
        rf"^(?:(?:about|around|approx|nearly|almost|roughly|just|only|age|aged|im|i am|he is|she is|they are|hes|shes) )*"
        rf"(?P<n>{NUM})(?: (?P<u>years?|yrs?|yo|y o|y|months?|mths?|mos?|weeks?|wks?|days?))?(?: old)?"
        rf"(?: (?:now|today|next \w+|in \w+))?\s*[.!]?$",
        s,
    )
    if not m:
        m = re.search(rf"\b(?P<n>{NUM}) (?P<u>years?|yrs?|months?|mths?|weeks?|wks?|days?)\b", s)
    if not m:
        decade = DECADE_ANSWER_RX.match(s)  # "50s", "her fifties": asked for an age, a decade is one
        value = decade_value(decade.group("q"), decade.group("dw"), decade.group("dn")) if decade else None
        return float(value) if value is not None else None
    n = parse_number(m.group("n"))
    if n is None:
        return None
    value = unit_value(n, m.group("u"))
    if value < 0 or value > 120:
        return None
    return float(value)


def parse_sex(text: str) -> str | None:
    """'I'm a woman'/'female'/'girl'/'f' -> 'female'; 'male'/'boy'/'man'/'m' -> 'male'."""
    s = _norm(text)
    if not s:
        return None
    words = s.split()
    found = {SEX_ANSWER[w] for w in words if w in SEX_ANSWER}
    if re.search(r"\b(?:not|isnt|arent|non)\b", s) and len(found) == 1:
        if re.search(r"\bnon binary\b", s):
            return None
        return None
    if len(found) == 1:
        return found.pop()
    return None


def parse_pregnant(text: str) -> bool | None:
    """'yes, 20 weeks' -> True; 'no', 'no, had my baby 5 weeks ago' -> False; 'not sure' -> None."""
    s = _norm(text)
    if not s:
        return None
    if re.search(
        r"\b(?:not sure|unsure|dont know|dunno|no idea|might be|may be|could be|maybe|possibly|perhaps|waiting to|"
        r"not done a test|havent done a test|not tested|late period|period is late|periods late)\b",
        s,
    ):
        return None
    if (
        re.match(r"^(?:no|nope|nah|not|never|definitely not|no chance|no way)\b", s)
        or re.search(r"\bnot pregnant\b|\bcant be pregnant\b", s)
    ):
        return False
    if POSTNATAL_RX.search(s) and not re.search(r"\b(?:pregnant again|pregnant)\b", s):
        return False
    if re.search(
        r"\b(?:menopause|post menopausal|postmenopausal|had a hysterectomy|hysterectomy|i am male|im male|i am a man)\b", s
    ):
        return False
    if re.match(r"^(?:yes|y|yeah|yep|yup|yh|ya|i am|she is|i think so|definitely|pregnant)\b", s):
        return True
    preg = find_pregnancy(NText.of(text))
    if preg.weeks is not None:
        return True
    if preg.pregnant is not None:
        return preg.pregnant
    if re.search(rf"^(?:{NUM}) (?:weeks?|wks?|months?)\b", s):
        return True
    return None


def parse_pregnancy_weeks(text: str) -> float | None:
    """'yes, 20 weeks' -> 20.0; None when no number of weeks is given."""
    preg = find_pregnancy(NText.of(text or ""))
    if preg.weeks is not None:
        return preg.weeks
    s = _norm(text)
    m = re.search(rf"\b(?P<n>{NUM}) (?P<u>weeks?|wks?|months?)\b", s)
    if m and parse_pregnant(text) is not False:
        n = parse_number(m.group("n"))
        if n is not None:
            w = n * 4.345 if m.group("u").startswith("month") else n
            return round(w, 1) if 0 < w <= 45 else None
    return None


def parse_duration(text: str, today: _dt.date | None = None) -> float | None:
    """'since yesterday' -> 1.0, '3 weeks' -> 21.0, 'a fortnight' -> 14.0; None if not understood."""
    nt = NText.of(text or "")
    found = find_duration(nt, today)
    if found is not None:
        return found[0]
    s = nt.text
    m = re.fullmatch(
        r"(?:about |around |roughly |nearly |almost |over |just over |just under )?(?P<u>hour|day|week|month|year|fortnight)", s
    )
    if m:
        return float(DUR_UNITS[m.group("u")])
    # an answer to "how long?": "a few nights" (a night is a day's worth), "the past week or so"
    m = re.search(r"\b(?P<q>a few|few|a couple of|couple of|the last few|the past few|\d+) nights\b", s)
    if m:
        return quantity(m.group("q")) or 1.0
    m = re.search(r"\b(?:the )?(?:past|last) (?P<u>day|week|fortnight|month|year)\b", s)
    if m:
        return float(DUR_UNITS[m.group("u")])
    if re.fullmatch(r"(?:since |earlier |sometime |all )?this week", s):  # the answer "this week"
        return A_FEW_DAYS
    m = re.search(r"\b(?P<u>days|weeks|months|years)\b", s)
    if m:
        return 2.0 * DUR_UNITS[m.group("u")]
    return None


def parse_postcode(text: str) -> str | None:
    """A UK postcode or outward code, normalised ('da1 2ab' -> 'DA1 2AB', 'da11' -> 'DA11').
    Syntax only: the area is not checked against a list."""
    found = find_postcode(text or "", strict=False)
    return found[0] if found else None
