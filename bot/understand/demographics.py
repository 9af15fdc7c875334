"""Ages, durations, pregnancy, sex, postcodes and service requests in free text.

Functions work on a :class:`NText`: the normalised words joined by single spaces, with a
map back to token indices (and through the tokens to the original characters).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass

from bot.understand.context import RELATIONS
from bot.understand.text import DECADES, NUM, Tok, parse_number, tokenize


class NText:
    def __init__(self, toks: list[Tok]):
        self.toks = toks
        self.words = [t.norm for t in toks]
        self.starts: list[int] = []
        pos = 0
        for w in self.words:
            self.starts.append(pos)
            pos += len(w) + 1
        self.text = " ".join(self.words)

    @classmethod
    def of(cls, text: str) -> "NText":
        return cls(tokenize(text))

    def tok_at(self, char: int) -> int:
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def tok_span(self, m: re.Match, group: int | str = 0) -> tuple[int, int]:
        s, e = m.span(group)
        return self.tok_at(s), self.tok_at(max(e - 1, s)) + 1

    def char_span(self, t0: int, t1: int) -> tuple[int, int]:
        if not self.toks:
            return (0, 0)
        t1 = max(t1, t0 + 1)
        return self.toks[t0].start, self.toks[min(t1, len(self.toks)) - 1].end


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# ---------------------------------------------------------------- age
REL_WORDS = "|".join(sorted(RELATIONS, key=len, reverse=True))
UNIT_Y = r"(?:years?|yrs?|yo|y o|y)"
UNIT_M = r"(?:months?|mths?|mnths?|mos?|mo)"
UNIT_W = r"(?:weeks?|wks?|wk)"
UNIT_D = r"(?:days?)"
AGE_UNIT = rf"(?:{UNIT_Y}|{UNIT_M}|{UNIT_W}|{UNIT_D})"
QUAL = r"(?:(?:only|just|nearly|almost|about|around|approx|roughly|now|currently|aged|age|turning|over|under) )*"

AGE_PATTERNS = [
    # "6 yr old", "18 months old", "a 34 year old", "2 week old baby"
    ("unit_old", _rx(rf"\b(?P<n>{NUM}) (?P<u>{AGE_UNIT}) old\b")),
    ("unit_old", _rx(rf"\b(?P<n>{NUM}) (?P<u>yo|y o)\b")),
    ("aged", _rx(rf"\b(?:aged|age|ages|age is|age of|dob) (?P<n>{NUM})(?: (?P<u>{AGE_UNIT}))?\b")),
    ("who", _rx(
        rf"\b(?P<who>i am|i m|im|he is|she is|they are|who is|who s|(?:{REL_WORDS}) is|(?:he|she|i|{REL_WORDS}) (?:just )?(?:turned|turns|will be|has just turned))"
        rf" {QUAL}(?P<n>{NUM})(?: (?P<u>{AGE_UNIT}))?(?: old)?\b"
    )),
    ("shorthand", _rx(rf"(?:^|[,.!?] )(?P<n>\d{{1,3}}) ?(?P<sx>m|f|male|female)\b")),
    ("shorthand", _rx(rf"\b(?P<sx>male|female|man|woman|lady|boy|girl) ,? (?:aged )?(?P<n>\d{{1,3}})\b(?! {AGE_UNIT}| %| percent| degrees| mins| minutes| hours)")),
    ("rel_paren", _rx(rf"\b(?P<who>(?:{REL_WORDS})) \(? ?(?:aged )?(?P<n>\d{{1,3}})\b(?! {AGE_UNIT}(?! old)| %| degrees| mins| minutes| hours| times| tablets| pills)")),
]
DECADE_RX = _rx(
    rf"\b(?:(?P<in>in (?:my|his|her|their|your) )(?P<q1>early|mid|late)? ?|(?P<q2>early|mid|late) )"
    rf"(?:(?P<dw>{'|'.join(DECADES)})|(?P<dn>[1-9]0) s)\b"
)
NEWBORN_RX = _rx(r"\b(?:newborn|new born|new baby|just been born|born (?:today|yesterday|this morning|last night))\b")
CORRECTION_RX = _rx(r"\b(?:actually|sorry|i mean|i meant|correction|wait|oops|typo|not \d+|no)\s*[,.]?\s*$")
NON_AGE_AFTER = _rx(r"^ ?(?:degrees|c\b|point|\.|%|percent|out of|times|weeks pregnant|pregnant|mins|minutes|hours|hrs|kg|kilos|stone|lbs|pounds|cm|ml|mg|tablets|pills|paracetamol|puffs)")


PREGNANCY_CONTEXT_RX = _rx(r"\b(?:pregnant|pregnancy|baby moving|movements|waters|midwife|bump|due)\b")


@dataclass
class AgeMention:
    value: float
    t0: int
    t1: int
    who: str | None  # "self", relation word, "he"/"she" or None
    correction: bool


def _unit_value(n: float, unit: str | None) -> float:
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
                if unit and re.fullmatch(UNIT_W, unit.replace(" ", "")) and re.match(r"^ (?:pregnant|gone|along)", after):
                    continue
                if not unit and re.match(r"^ (?:weeks?|wks?|days?|months?)\b", after):
                    continue
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
                if before and before[-1] in ("im", "am") or before[-2:] == ["am", "a"] or before[-3:-1] == ["i", "am"]:
                    who = "self"
            value = _unit_value(n, unit)
            if kind in ("who", "aged", "rel_paren", "shorthand") and not unit and n > 120:
                continue
            add(value, m, who)
    for m in DECADE_RX.finditer(text):
        q = m.group("q1") or m.group("q2")
        base = DECADES.get(m.group("dw")) if m.group("dw") else int(m.group("dn"))
        if base is None:
            continue
        if base == 10:  # "teens"
            value = {"early": 13, "mid": 15, "late": 18}.get(q or "mid", 15)
        else:
            value = base + {"early": 2, "mid": 5, "late": 8}.get(q or "mid", 5)
        who = None
        if m.group("in"):
            poss = m.group("in").split()[1]
            who = {"my": "self", "his": "he", "her": "she"}.get(poss)
        add(value, m, who)
    for m in NEWBORN_RX.finditer(text):
        add(0.05, m, None)
    out.sort(key=lambda a: a.t0)
    return out


# ---------------------------------------------------------------- duration
DUR_UNITS = {
    "min": 1 / 1440, "mins": 1 / 1440, "minute": 1 / 1440, "minutes": 1 / 1440,
    "hr": 1 / 24, "hrs": 1 / 24, "hour": 1 / 24, "hours": 1 / 24,
    "day": 1, "days": 1, "night": 1, "nights": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7,
    "fortnight": 14, "fortnights": 14, "month": 30, "months": 30, "mth": 30, "mths": 30,
    "year": 365, "years": 365, "yr": 365, "yrs": 365,
}
QTY = (
    rf"(?:{NUM}|a couple of|a couple|couple of|a few|few|several|a|an|one or two|two or three|"
    rf"a number of|a good few|a few more|the last few|the past few|a)"
)
DUR_UNIT_RX = r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|wk|fortnights?|months?|mths?|years?|yrs?)"
DURATION_RX = _rx(
    rf"(?<!every )(?<!times )(?<!once )(?<!twice )(?<!per )(?<!each )\b(?P<q>{QTY}) (?:more )?(?:(?:whole|full|long|solid) )?(?P<u>{DUR_UNIT_RX})\b"
    rf"(?! old| pregnant| gone| along| of (?:pregnancy|age))"
)
NOUNIT_FORTNIGHT = _rx(r"\b(?:a|one|the last|the past|over a|for a) fortnight\b")
BARE_PLURAL_RX = _rx(r"\b(?:for|over|since|past|last) (?:the )?(?:last |past )?(?P<u>days|weeks|months|years)\b")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE_DAY = [
    (_rx(r"\b(?:about |around |over |nearly |almost )?(?:an|1|one) (?:hour|hr) (?:ago)?\b"), 1 / 24),
    (_rx(r"\b(?:since|from|started|began|start|starting) (?:the )?day before yesterday\b"), 2.0),
    (_rx(r"\bday before yesterday\b"), 2.0),
    (_rx(r"\bsince (?:yesterday|yday|yest)\b"), 1.0),
    (_rx(r"\b(?:since|from) (?:last night|yesterday evening|yesterday afternoon)\b"), 0.5),
    (_rx(r"\b(?:since|from) (?:this morning|first thing|i woke up|i got up|waking up|he woke up|she woke up)\b"), 0.3),
    (_rx(r"\b(?:since|from) (?:this afternoon|lunch|lunchtime|dinner time|dinnertime|teatime)\b"), 0.15),
    (_rx(r"\b(?:since|from) (?:this evening|tonight|earlier)\b"), 0.1),
    (_rx(r"\b(?:since|from) (?:last week)\b"), 7.0),
    (_rx(r"\b(?:since|from) (?:last month)\b"), 30.0),
    (_rx(r"\b(?:since|from) (?:last year)\b"), 365.0),
    (_rx(r"\b(?:since|from|over|at) (?:the )?weekend\b"), "weekend"),
    (_rx(rf"\b(?:since|from|on|last|started|start|began|begun) (?:last )?(?P<wd>{'|'.join(WEEKDAYS)})\b"), "weekday"),
    (_rx(r"\b(?:since|for|over|since about) (?:christmas|xmas)\b"), "christmas"),
    (_rx(r"\b(?:yesterday|yday)\b"), 1.0),
    (_rx(r"\b(?:last night|overnight|during the night|in the night)\b"), 0.5),
    (_rx(r"\b(?:this morning|today|earlier today)\b"), 0.3),
    (_rx(r"\b(?:this afternoon|at lunch|lunchtime)\b"), 0.15),
    (_rx(r"\b(?:this evening|tonight|just now|a moment ago|moments ago|just started|suddenly just)\b"), 0.05),
    (_rx(r"\blast week\b"), 7.0),
]
QTY_VALUES = {
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 4,
    "one or two": 2, "two or three": 3, "a number of": 3, "a good few": 4, "a few more": 3,
    "the last few": 3, "the past few": 3, "a": 1, "an": 1,
}


def _qty(q: str) -> float | None:
    if q in QTY_VALUES:
        return float(QTY_VALUES[q])
    return parse_number(q)


def find_duration(nt: NText, today: _dt.date | None = None) -> tuple[float, tuple[int, int]] | None:
    """Earliest stated duration in days, with its token span."""
    today = today or _dt.date.today()
    text = nt.text
    cands: list[tuple[int, float, int, int]] = []
    for m in DURATION_RX.finditer(text):
        n = _qty(m.group("q"))
        if n is None or n <= 0:
            continue
        unit = m.group("u")
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(r"\b(?:every|each|per|times|in|after)\s*$", before) and not re.search(r"\b(?:in|for) the (?:last|past)\s*$", before):
            continue
        if re.search(r"\b(?:i am|im|he is|she is|they are|is|aged|age|turned|turns|my|our|his|her|a|the)\s*$", before) and not text[m.end():].startswith(" ago"):
            if not re.search(r"\b(?:for|since|past|last|over)\b", before):
                continue  # "she's 7 months", "my 2 week old": an age
        if unit in ("night", "nights") and not re.search(r"\b(?:for|past|last|over)\s*$", before) and not text[m.end():].startswith(" ago"):
            continue
        after = text[m.end() : m.end() + 20]
        if re.match(r"^ (?:later|time|from now|s time)", after):
            continue
        if unit.startswith("year") and n >= 10 and not re.match(r"^ ago|^ now", after) and not re.search(r"\b(?:for|over|past|last)\s*$", before):
            continue  # "34 years" is more likely an age than a duration
        t0, t1 = nt.tok_span(m)
        cands.append((m.start(), n * DUR_UNITS[unit], t0, t1))
    for m in NOUNIT_FORTNIGHT.finditer(text):
        t0, t1 = nt.tok_span(m)
        cands.append((m.start(), 14.0, t0, t1))
    for m in BARE_PLURAL_RX.finditer(text):
        t0, t1 = nt.tok_span(m)
        if any(c[0] <= m.start() + 4 < c[0] + 20 for c in cands):
            continue
        cands.append((m.start(), 2.0 * DUR_UNITS[m.group("u")], t0, t1))
    relative: list[tuple[int, float, int, int]] = []
    for rx, value in RELATIVE_DAY:
        for m in rx.finditer(text):
            if any(r[0] <= m.start() < r[0] + 1 + (r[3] - r[2]) * 4 for r in relative):
                pass
            if value == "weekday":
                wd = WEEKDAYS.index(m.group("wd"))
                days = (today.weekday() - wd) % 7 or 7
                v = float(days)
            elif value == "weekend":
                days = (today.weekday() - 5) % 7  # since Saturday
                v = float(days or 7) if today.weekday() not in (5, 6) else float(max(days, 1))
            elif value == "christmas":
                xmas = _dt.date(today.year, 12, 25)
                if xmas > today:
                    xmas = _dt.date(today.year - 1, 12, 25)
                v = float((today - xmas).days)
            else:
                v = float(value)
            t0, t1 = nt.tok_span(m)
            relative.append((m.start(), v, t0, t1))
    # a relative phrase overlapping a unit phrase ("about an hour ago") counts once
    merged = list(cands)
    for r in relative:
        if not any(c[0] <= r[0] < c[0] + 25 and abs(c[0] - r[0]) < 25 and c[2] <= r[2] < c[3] for c in cands):
            merged.append(r)
    if not merged:
        return None
    merged.sort(key=lambda c: (c[0], -c[3]))
    start, value, t0, t1 = merged[0]
    return round(value, 4), (t0, t1)


# ---------------------------------------------------------------- pregnancy
PREG_WEEKS_RX = [
    _rx(rf"\b(?P<n>{NUM}) (?:\+ ?\d )?(?P<u>weeks?|wks?|wk|w|months?) (?:and \d+ days? )?(?:pregnant|gone|along|into (?:my|her|the) pregnancy|preg)\b"),
    _rx(rf"\bpregnant (?:with (?:my |our |her )?\w+ (?:baby |child )?)?(?:and |at |about |around |roughly |approx )*(?P<n>{NUM}) (?P<u>weeks?|wks?|months?)\b"),
    _rx(rf"\b(?:i am|she is|im) (?P<n>{NUM}) (?P<u>weeks?|wks?)\b(?! old)"),
]
PREG_WORD_RX = _rx(r"\b(?:pregnant|pregnancy|preggers|preggo|expecting a baby|expecting)\b")
PREG_NEG_RX = _rx(
    r"(?:\b(?:not|isnt|cant be|cannot be|couldnt be|definitely not|no chance|no way|never been|not currently|am not|im not)\b(?: \w+){0,2} ?$)"
)
PREG_UNSURE_RX = _rx(
    r"\b(?:might|may|could|maybe|possibly|perhaps|think i might|think i may|not sure if|unsure if|wondering if|worried i might|worried i am|worried im|if i am|if im|in case|chance i|chance that i|test|tests|if)\b(?: \w+){0,3} ?$"
)
POSTNATAL_RX = _rx(
    r"\b(?:had (?:my|the|a|our) (?:baby|son|daughter|little one)|gave birth|given birth|since giving birth|since the birth|just had a baby|postnatal|post natal|since my baby was born|after having (?:my|the) baby|c section|caesarean|since (?:he|she) was born)\b"
)


@dataclass
class Pregnancy:
    pregnant: bool | None
    weeks: float | None
    span: tuple[int, int] | None


def find_pregnancy(nt: NText) -> Pregnancy:
    text = nt.text
    weeks = None
    span = None
    for rx in PREG_WEEKS_RX:
        m = rx.search(text)
        if m:
            n = parse_number(m.group("n"))
            if n is None:
                continue
            unit = m.group("u")
            before = text[max(0, m.start() - 25) : m.start()]
            if PREG_NEG_RX.search(before):
                continue
            w = n * 4.345 if unit.startswith("month") else n
            if 0 < w <= 45:
                weeks = round(w, 1)
                span = nt.tok_span(m)
                return Pregnancy(True, weeks, span)
    state: bool | None = None
    seen = False
    for m in PREG_WORD_RX.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 20]
        seen = True
        span = nt.tok_span(m)
        if PREG_NEG_RX.search(before) or re.match(r"^ (?:test )?(?:was |is |came back )?negative", after):
            state = False
            continue
        if PREG_UNSURE_RX.search(before) or re.match(r"^ \?", after):
            if state is None:
                state = None
            continue
        if re.search(r"\b(?:when|while|whilst|during) (?:i was|she was|my|her|the)?\s*$", before) or re.search(r"\b(?:last|previous|first|other) $", before):
            continue  # historical pregnancy
        state = True
        break
    if state is None and not seen:
        m = POSTNATAL_RX.search(text)
        if m:
            return Pregnancy(False, None, nt.tok_span(m))
    return Pregnancy(state, None, span if state is not None else None)


# ---------------------------------------------------------------- sex
FEMALE_SELF_RX = _rx(
    r"\b(?:i am|im|as) an? (?:\d+ (?:years?|yrs?|y o|yo) old )?(?:woman|lady|girl|female|mum|mother|mom|wife|grandmother|granny|nan|pregnant woman|teenage girl|young woman)\b"
    r"|\bi am (?:a )?female\b|\b(?:my|i have|had my|i m on my|on my) (?:period|periods)\b|\bi am pregnant\b"
)
MALE_SELF_RX = _rx(
    r"\b(?:i am|im|as) an? (?:\d+ (?:years?|yrs?|y o|yo) old )?(?:man|guy|bloke|boy|male|dad|father|husband|grandad|lad|gentleman|young man|teenage boy)\b"
    r"|\bi am (?:a )?male\b"
)
FEMALE_BODY = {"pregnant", "pregnancy", "period", "periods", "vagina", "vaginal", "womb", "ovary",
               "ovaries", "cervix", "smear", "menopause", "miscarriage", "miscarrying", "vulva",
               "labia", "uterus", "menstrual", "tampon", "tampons", "midwife", "postnatal", "breastfeeding"}
MALE_BODY = {"penis", "testicle", "testicles", "testicular", "scrotum", "prostate", "foreskin", "testes", "bollocks"}
SEX_ANSWER = {
    "female": "female", "f": "female", "woman": "female", "women": "female", "girl": "female",
    "lady": "female", "she": "female", "her": "female", "fem": "female", "feminine": "female",
    "daughter": "female", "mum": "female", "mother": "female", "wife": "female", "gal": "female",
    "male": "male", "m": "male", "man": "male", "men": "male", "boy": "male", "guy": "male",
    "bloke": "male", "he": "male", "him": "male", "son": "male", "dad": "male", "father": "male",
    "husband": "male", "lad": "male", "gentleman": "male",
}


def self_sex(nt: NText) -> tuple[str | None, tuple[int, int] | None]:
    mf = FEMALE_SELF_RX.search(nt.text)
    mm = MALE_SELF_RX.search(nt.text)
    if mf and not mm:
        return "female", nt.tok_span(mf)
    if mm and not mf:
        return "male", nt.tok_span(mm)
    m = re.search(r"(?:^|[,.!?] )(?:i am )?(?:a )?(?P<sx>male|female)(?: [,.!?]|$)", nt.text)
    if m:
        return ("female" if m.group("sx") == "female" else "male"), nt.tok_span(m)
    m = re.search(r"(?:^|[,.!?] )\d{1,3} ?(?P<sx>m|f)\b", nt.text)
    if m:
        return ("female" if m.group("sx") == "f" else "male"), nt.tok_span(m)
    return None, None


# ---------------------------------------------------------------- postcode
POSTCODE_AREAS = set(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
    E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL
    LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN
    SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split()
)
FULL_POSTCODE_RX = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\s*([0-9][A-Za-z]{2})(?![A-Za-z0-9])")
OUTWARD_RX = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?![A-Za-z0-9])")
LOCATION_CUE_RX = re.compile(
    r"(?:\b(?:in|near|at|around|to|for|by|postcode|post code|live|living|area|from|based|nr|postcode is|my postcode)\b[\s:,]*)$",
    re.I,
)
NOT_POSTCODES = {"CO2", "NO2", "SO2", "B12", "B6", "B1", "B3", "D3", "E1", "A1", "M1", "M25", "M20", "M2", "M4", "M6", "H1", "T4", "T3", "S1", "N95", "FFP2", "FFP3", "W1", "MK2", "PO2", "HA1", "CA1", "CA125", "TS2"}


def _valid_outward(outward: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})([0-9][A-Z0-9]?)", outward)
    return bool(m) and m.group(1) in POSTCODE_AREAS


def find_postcode(text: str, strict: bool = True) -> tuple[str, tuple[int, int]] | None:
    """A UK postcode (or an outward code) in text, normalised; ``strict`` checks the area."""
    for m in FULL_POSTCODE_RX.finditer(text):
        outward, inward = m.group(1).upper(), m.group(2).upper()
        if strict and not _valid_outward(outward):
            continue
        return f"{outward} {inward}", m.span()
    for m in OUTWARD_RX.finditer(text):
        raw = m.group(1)
        outward = raw.upper()
        if not re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?", outward):
            continue
        if strict:
            if not _valid_outward(outward):
                continue
            cue = LOCATION_CUE_RX.search(text[max(0, m.start() - 25) : m.start()])
            letters = re.match(r"[A-Z]+", outward).group()
            if not cue:
                if len(letters) < 2 or not raw.isupper() or outward in NOT_POSTCODES:
                    continue
                # "DA11" alone or at the end is fine; "ME1" inside a sentence only in capitals
        return outward, m.span()
    return None


# ---------------------------------------------------------------- service requests
SERVICES = {
    "pharmacy": ["pharmacy", "pharmacies", "chemist", "chemists", "pharmacist", "boots", "lloyds pharmacy", "superdrug pharmacy"],
    "gp_practice": ["gp", "gps", "gp surgery", "gp practice", "doctors surgery", "doctors", "doctor", "surgery", "family doctor", "health centre", "medical centre", "a gp", "new gp"],
    "dentist": ["dentist", "dentists", "dental practice", "dental surgery", "emergency dentist", "nhs dentist", "dental"],
    "emergency_department": ["a & e", "a and e", "a + e", "ae", "accident and emergency", "emergency department", "casualty", "er", "hospital", "emergency room"],
    "urgent_treatment_centre": ["urgent treatment centre", "urgent treatment center", "utc", "walk in centre", "walk in center", "walk in clinic", "walkin centre", "minor injuries unit", "minor injuries", "miu", "urgent care centre", "urgent care"],
    "optometrist": ["optician", "opticians", "optometrist", "optometrists", "eye test", "eye clinic", "specsavers"],
    "sexual_health": ["sexual health clinic", "sexual health", "gum clinic", "sti clinic", "std clinic", "sti test", "sti testing", "std test", "family planning clinic", "family planning", "contraception clinic"],
    "maternity": ["maternity unit", "maternity", "midwife", "midwives", "labour ward", "maternity triage", "antenatal clinic", "birth centre"],
    "mental_health_crisis": ["crisis team", "crisis line", "mental health crisis", "crisis cafe", "safe haven", "crisis service", "samaritans", "mental health team"],
    "talking_therapies": ["talking therapies", "talking therapy", "counselling", "counseling", "counsellor", "therapist", "therapy", "cbt", "iapt", "psychologist", "mental health support"],
    "community_service": ["podiatry", "podiatrist", "chiropodist", "chiropody", "physio", "physiotherapy", "physiotherapist", "district nurse", "district nurses", "continence service", "continence nurse", "health visitor", "community nurse", "wheelchair service", "hearing clinic", "audiology"],
}
REQUEST_CUE_RX = _rx(
    r"\b(?:where|nearest|closest|near me|nearby|local|find|finding|looking for|look for|open|opening|address|"
    r"phone number|number for|contact details|directions|how do i get|how to get|get to|need a|need an|need to see|"
    r"want to see|want a|want an|see a|see an|book|booking|register|registering|sign up|refer myself|self refer|"
    r"self referral|referral|contact|get hold of|list of|is there a|is there an|are there any|which (?:pharmacy|chemist|dentist|gp|optician|clinic)|recommend|any .* open|take me|"
    r"appointment with|appointment at|speak to a|talk to a|get an appointment|urgent appointment)\b"
)
NOT_REQUEST_RX = _rx(r"\b(?:my|the|our) (?:gp|doctor|doctors|dentist|pharmacist|midwife|therapist|counsellor|health visitor) (?:said|says|told|thinks|gave|prescribed|referred|sent)\b|\b(?:went to|been to|saw|seen|was at|came back from) (?:the |my |a )?\w+\b")


def _service_phrases() -> list[tuple[str, tuple[str, ...]]]:
    from bot.understand.text import normalise_phrase

    out = []
    for sid, phrases in SERVICES.items():
        for p in phrases:
            out.append((sid, normalise_phrase(p)))
    out.sort(key=lambda x: -len(x[1]))
    return out


_SERVICE_PHRASES = _service_phrases()


def find_service_request(nt: NText, sentences: list[tuple[int, int]] | None = None) -> tuple[str, tuple[int, int]] | None:
    words = nt.words
    sentences = sentences or [(0, len(words))]
    n_content = sum(1 for w in words if w.isalnum())
    for lo, hi in sentences:
        sent_text = " ".join(words[lo:hi])
        hits: list[tuple[int, int, str]] = []
        for sid, ph in _SERVICE_PHRASES:
            L = len(ph)
            for i in range(lo, hi - L + 1):
                if tuple(words[i : i + L]) == ph and not any(a <= i < b for a, b, _ in hits):
                    hits.append((i, i + L, sid))
        if not hits:
            continue
        short = n_content <= 5
        if REQUEST_CUE_RX.search(sent_text) or short:
            if NOT_REQUEST_RX.search(sent_text) and not re.search(r"\b(?:where|nearest|closest|find|open|near me)\b", sent_text):
                continue
            hits.sort()
            i, j, sid = hits[0]
            return sid, (i, j)
    return None
