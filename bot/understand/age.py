"""Ages in free text: "my 6 yr old", "she's 18 months", "in his 80s", corrections ("actually she's 4")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.context import AGED_THINGS, PARTNERS, RELATIONS
from bot.understand.ntext import NText
from bot.understand.text import DECADES, NUM, parse_number

REL_WORDS = "|".join(sorted(RELATIONS, key=len, reverse=True))
PARTNER_WORDS = "|".join(sorted(PARTNERS, key=len, reverse=True))
UNIT_Y = r"(?:years?|yrs?|yo|y o|y)"
UNIT_M = r"(?:months?|mths?|mnths?|mos?|mo)"
UNIT_W = r"(?:weeks?|wks?|wk|wiks?|weks?|weaks?)"  # and phonetic spellings ("6 wiks")
UNIT_D = r"(?:days?)"
AGE_UNIT = rf"(?:{UNIT_Y}|{UNIT_M}|{UNIT_W}|{UNIT_D})"
QUAL = r"(?:(?:only|just|nearly|almost|about|around|approx|roughly|now|currently|aged|age|turning|over|under) )*"

# "I'm 2 days late", "she is 6 weeks post op", "3 weeks into a new job": a time, not an age
TIME_NOT_AGE = r"late|overdue|early|behind|post|into|past|ago|after"
AGE_PATTERNS = [
    # "6 yr old", "18 months old", "a 34 year old", "2 week old baby"
    ("unit_old", re.compile(rf"\b(?P<n>{NUM}) (?P<u>{AGE_UNIT}) old\b")),
    ("unit_old", re.compile(rf"\b(?P<n>{NUM}) (?P<u>yo|y o)\b")),
    # "10mo had diarrhoea", "my 8mo": months written short, opening the message or after "my"
    ("unit_old", re.compile(
        r"(?:^|\b(?:my|our|his|her|the|a) )(?P<n>\d{1,2}) (?P<u>mo|mos|mths?|mnths?)\b(?! ago| old| pregnant| of)"
    )),
    ("aged", re.compile(rf"\b(?:aged|age|ages|age is|age of|dob) (?P<n>{NUM})(?: (?P<u>{AGE_UNIT}))?\b")),
    ("who", re.compile(
        rf"\b(?P<who>i am|i m|im|he is|she is|they are|who is|who s|(?:{REL_WORDS}) is|"
        rf"(?:he|she|i|{REL_WORDS})(?: (?:s|is|has|had|just|only|recently|literally))* (?:turned|turns|will be))"
        rf" {QUAL}(?P<n>{NUM})(?: (?P<u>{AGE_UNIT}))?(?: old)?\b"
    )),
    ("shorthand", re.compile(r"(?:^|[,.!?] )(?P<n>\d{1,3}) ?(?P<sx>m|f|male|female)\b")),
    ("shorthand", re.compile(
        rf"\b(?P<sx>male|female|man|woman|lady|boy|girl) ,? (?:aged )?(?P<n>\d{{1,3}})\b"
        rf"(?! {AGE_UNIT}| %| percent| degrees| mins| minutes| hours)"
    )),
    ("rel_paren", re.compile(
        rf"\b(?P<who>(?:{REL_WORDS})) \(? ?(?:aged )?(?P<n>\d{{1,3}})\b"
        rf"(?! {AGE_UNIT}(?! old)| %| degrees| mins| minutes| hours| times| tablets| pills)"
    )),
    # "my daughter (19 months)", "baby G (14 months)", "my son, 3 years, has": an age set off by brackets (after a name
    # or not) or commas
    ("rel_unit", re.compile(
        rf"(?<!no )(?<!any )(?<!some )(?<!every )\b(?P<who>(?:{REL_WORDS}|one|ones|lo)) (?:(?:[a-z]+ )?\(|,) (?:aged )?"
        rf"(?P<n>\d{{1,3}}) (?P<u>{UNIT_Y}|{UNIT_M}|{UNIT_W})(?: old)? (?:\)|,)"
    )),
    # "my baby boy of 10 months", "a girl of 6 years": an age told with "of" (not "my wife of 55 years": how long together)
    ("rel_unit", re.compile(
        rf"\b(?!(?:{PARTNER_WORDS}) of \S+ {UNIT_Y}\b)(?P<who>(?:{REL_WORDS})) of (?P<n>{NUM})"
        rf" (?P<u>{UNIT_Y}|{UNIT_M}|{UNIT_W})\b(?! ago| pregnant)"
    )),
    # "my daughter have 2 years", "I have 45 years": an age in the words of other languages
    ("rel_unit", re.compile(
        rf"\b(?P<who>(?:{REL_WORDS})|he|she|i) (?:have|has|having|is)? ?(?P<n>\d{{1,3}}) (?P<u>{UNIT_Y}|{UNIT_M}|{UNIT_W})\b"
        rf"(?! of| now| since| with| before| already| pregnant| gone| along| off| (?:{TIME_NOT_AGE})\b)"
    )),
]
DECADE_RX = re.compile(
    rf"\b(?:(?P<in>in (?:my|his|her|their|your) )(?P<q1>early|mid|late)? ?|(?P<q2>early|mid|late) )"
    rf"(?:(?P<dw>{'|'.join(DECADES)})|(?P<dn>[1-9]0) s)\b"
)
# a decade told after a past event in its sentence ("had thrush in my 40s", "when I was in my twenties")
PAST_BEFORE_DECADE_RX = re.compile(r"\b(?:had|was|were|when|used to|diagnosed|started|began)\b")
# a whole answer that is a decade ("50s", "her fifties", "late 70s"): an age only when asked for one
DECADE_ANSWER_RX = re.compile(
    rf"^(?:(?:about|around|roughly|maybe|probably|shes|hes|she is|he is|im|i am|they are) )*"
    rf"(?:in )?(?:(?:my|his|her|their) )?(?P<q>early|mid|late)? ?(?:(?P<dw>{'|'.join(DECADES)})|(?P<dn>[1-9]0) s)$"
)
NEWBORN_RX = re.compile(r"\b(?:newborn|new born|new baby|just been born|born (?:today|yesterday|this morning|last night))\b")
CORRECTION_RX = re.compile(r"\b(?:actually|sorry|i mean|i meant|correction|wait|oops|typo|not \d+|no)\s*[,.]?\s*$")
NON_AGE_AFTER = re.compile(
    r"^ ?(?:degrees|c\b|point|\. ?\d|%|percent|out of|times|weeks pregnant|pregnant|mins|minutes|hours|hrs|kg|kilos|stone|lbs|"
    r"pounds|cm|ml|mg|tablets|pills|paracetamol|puffs)"
)


PREGNANCY_CONTEXT_RX = re.compile(r"\b(?:pregnant|pregnancy|baby moving|movements|waters|midwife|bump|due)\b")


@dataclass
class AgeMention:
    value: float
    t0: int
    t1: int
    who: str | None  # "self", relation word, "he"/"she" or None
    correction: bool


def unit_value(n: float, unit: str | None) -> float:
    if not unit:
        return n
    u = unit.replace(" ", "")
    if re.fullmatch(UNIT_M, u):
        return round(n / 12.0, 2)
    if re.fullmatch(UNIT_W, u):
        return round(n / 52.0, 2)
    if re.fullmatch(UNIT_D, u):
        return round(n / 365.0, 3)
    return n


def _told_of_a_thing(before: list[str]) -> bool:
    """The words before an "N months old" name a thing, not a person: the last noun, past "is",
    a comma or a bracket, is in AGED_THINGS."""
    words = [w for w in before[-4:] if w not in (",", "(", "is", "are", "was", "s", "only", "about", "just", "nearly")]
    return bool(words) and words[-1] in AGED_THINGS


def decade_value(qualifier: str | None, word: str | None, number: str | None) -> float | None:
    """The age a decade tells ("mid 40s" -> 45, "late teens" -> 18, "fifties" -> 55), or None."""
    base = DECADES.get(word) if word else int(number) if number else None
    if base is None:
        return None
    if base == 10:  # "teens"
        return {"early": 13, "mid": 15, "late": 18}.get(qualifier or "mid", 15)
    return base + {"early": 2, "mid": 5, "late": 8}.get(qualifier or "mid", 5)


def find_ages(nt: NText) -> list[AgeMention]:
    out: list[AgeMention] = []
    taken: list[tuple[int, int]] = []
    text = nt.text

    def add(value: float | None, m: re.Match, who: str | None) -> None:
        if value is None or value < 0 or value > 120:
            return
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        t0, t1 = nt.tok_span(m)
        before = text[max(0, s - 30) : s]
        out.append(AgeMention(float(value), t0, t1, who, bool(CORRECTION_RX.search(before))))

    for kind, rx in AGE_PATTERNS:
        for m in rx.finditer(text):
            n = parse_number(m.group("n"))
            if n is None:
                continue
            after = text[m.end() :]
            unit = m.groupdict().get("u")
            if kind in ("who", "aged", "rel_paren"):
                if NON_AGE_AFTER.match(after):
                    continue
                if not unit and "." in m.group("n") and 34 <= n <= 43:
                    continue  # "he's 38.9 and says it hurts": a temperature, not an age
                if unit and re.fullmatch(UNIT_W, unit.replace(" ", "")) and re.match(r"^ (?:pregnant|gone|along)", after):
                    continue
                if unit and re.match(rf"^ (?:{TIME_NOT_AGE})\b", after):
                    continue  # "I'm 2 days late", "she is 2 weeks overdue": a time, not an age
                if not unit and re.match(r"^ (?:weeks?|wks?|days?|months?|\+ [0-6]\b)", after):
                    continue  # "I'm 12+3": weeks and days pregnant
            if kind == "unit_old" and m.group("n") in ("a", "an"):
                continue
            if kind == "who" and unit and not re.match(r"^ old", after) and not m.group(0).endswith(" old"):
                u = unit.replace(" ", "")
                if re.fullmatch(UNIT_W, u) and (m.group("who").split()[0] in ("i", "im") or PREGNANCY_CONTEXT_RX.search(text)):
                    continue  # "I'm 34 weeks": pregnancy, not age
            who = None
            if "who" in m.groupdict() and m.group("who"):
                w = m.group("who").split()
                first = w[0]
                if first in ("i", "im"):
                    who = "self"
                elif first in ("he", "she", "they", "who"):
                    who = first
                elif first in RELATIONS:
                    who = first
            if kind == "unit_old":
                # "my 6 yr old", "80 year old dad", "a 34 year old woman"
                rest = after.split()
                if rest and rest[0] in RELATIONS:
                    who = rest[0]
                before = text[: m.start()].split()
                if who is None and _told_of_a_thing(before):
                    continue  # "carbon frame, 3 months old", "the tattoo is 2 weeks old"
                if before and before[-1] in ("im", "am") or before[-2:] == ["am", "a"] or before[-3:-1] == ["i", "am"]:
                    who = "self"
            value = unit_value(n, unit)
            if kind in ("who", "aged", "rel_paren", "shorthand") and not unit and n > 120:
                continue
            if value is not None and kind == "who" and re.search(r"\bunder (?:\S+ )?$", m.group(0)[: m.start("n") - m.start()]):
                value -= 0.01  # "she's under 1": a bound, just under it
            add(value, m, who)
    for m in DECADE_RX.finditer(text):
        decade = decade_value(m.group("q1") or m.group("q2"), m.group("dw"), m.group("dn"))
        if decade is None:
            continue
        if PAST_BEFORE_DECADE_RX.search(re.split(r"[.!?]", text[: m.start()])[-1]):
            continue  # "I had thrush in my 40s ... I'm 62 now": when something happened, not the age now
        who = None
        if m.group("in"):
            poss = m.group("in").split()[1]
            who = {"my": "self", "his": "he", "her": "she"}.get(poss)
        add(decade, m, who)
    for m in NEWBORN_RX.finditer(text):
        add(0.05, m, None)
    out.sort(key=lambda a: a.t0)
    return out
