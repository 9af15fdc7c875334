"""How long the main symptom has lasted: "for 3 days", "since Tuesday", "a couple of weeks"."""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from bot.understand.ntext import NText
from bot.understand.text import NUM, parse_number

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
DURATION_RX = re.compile(
    rf"(?<!every )(?<!times )(?<!once )(?<!twice )(?<!per )(?<!each )"
    rf"\b(?P<q>{QTY}) (?:more )?(?:(?:whole|full|long|solid) )?(?P<u>{DUR_UNIT_RX})\b"
    rf"(?! old| pregnant| gone| along| of (?:pregnancy|age)| \d"  # not "a year 8 girl", "on week 2 of the plan"
    # "his 16 week jabs": an event named by its week
    rf"| (?:jabs?|injections?|vaccin\w*|immunisations?|booster|checks?|check up|review|scan|appointment)\b)"
)
NOUNIT_FORTNIGHT = re.compile(r"\b(?:a|one|the last|the past|over a|for a) fortnight\b")
HABIT_RX = re.compile(
    r"\b(?:done|driven|drove|lived|worked|been going|been driving|been doing|been married|been together|known"
    r"|smoked|been smoking|vaped|been vaping"  # "smoked for 40 yrs": a habit's years, not the illness's
    # "been a nurse for 20 years", not "been a bit unwell for 3 days"
    r"|been (?:a|an) (?!bit\b|little\b|few\b|couple\b|while\b|lot\b|tad\b|touch\b|week\b|day\b|month\b)\w+)\b"
    r"(?:(?! and )[^.,;])* (?:for|the (?:last|past))\s*$"  # "for the last" and "over the last" end in "the last"; not
    # across "and" ("smoked for 40 years and has had a cough for 3 weeks")
)
FIRST_IN_RX = re.compile(r"\bfirst\b[^.,;]{0,30}\bin (?:about |over |nearly |almost |around |roughly )?$")
BARE_PLURAL_RX = re.compile(r"\b(?:for|over|since|past|last) (?:the )?(?:last |past )?(?P<u>days|weeks|months|years)\b")
# a plan told before "on <weekday>" in its clause: the day is to come
FUTURE_BEFORE_RX = re.compile(r"\b(?:going to|gonna|taking|fly|flying|travelling|traveling|leaving|off to|heading|booked|will|"
                              r"appointment|due|wedding|next|planning|holiday)\b(?:(?!\b(?:but|and)\b)[^.?!,])*$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# short forms as typed ("since sat"); "sun" is left out ("since sun cream", "on sun")
WEEKDAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5}
# the writer's own "today is Wednesday": weekdays named in the message count back from it
TODAY_NAMED_RX = re.compile(
    rf"\b(?:today is|today its|its|it is) (?:a )?(?P<wd>{'|'.join(WEEKDAYS)})(?: today)?\b(?! (?:morning|night|evening)s?\b)"
)
# the writer's own count of the days: "so today is day 5", "we're on day 3 of it"
DAY_COUNT_RX = re.compile(r"\b(?:today is|today its|its|it is|now on|we are on|were on|i am on|im on|this is|on) "
                          r"day (?P<n>\d{1,2})\b"
                          r"(?! of (?:the |my |his |her |their )?(?:antibiotics|tablets|course|treatment|meds|medicine))")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
A_FEW_DAYS = 3.0  # "earlier this week", "a few nights"
# (pattern, days ago): a number, or the name of a rule that works it out from today's date
SINCE = r"(?:since|from) (?:about |around |roughly |approximately |approx |maybe )?"  # "since about midnight"
RELATIVE_DAY: list[tuple[re.Pattern[str], float | str]] = [
    (re.compile(r"\b(?:about |around |over |nearly |almost )?(?:an|1|one) (?:hour|hr) (?:ago)?\b"), 1 / 24),
    (re.compile(r"\b(?:since|from|started|began|start|starting) (?:the )?day before yesterday\b"), 2.0),
    (re.compile(r"\bday before yesterday\b"), 2.0),
    (re.compile(r"\bsince (?:yesterday|yday|yest)\b"), 1.0),
    (re.compile(rf"\b{SINCE}(?:last night|yesterday evening|yesterday afternoon|midnight|bedtime)\b"), 0.5),
    (re.compile(rf"\b{SINCE}(?:this morning|first thing|i woke up|i got up|waking up|he woke up|she woke up|breakfast"
                r"|the early hours|\d{1,2} ?am)\b"), 0.3),
    (re.compile(rf"\b{SINCE}(?:this afternoon|lunch|lunchtime|dinner time|dinnertime|teatime)\b"), 0.15),
    (re.compile(r"\b(?:since|from) (?:this evening|tonight|earlier)\b"), 0.1),
    (re.compile(r"\b(?:since|from) (?:last week)\b"), 7.0),
    (re.compile(r"\b(?:since|from) (?:last month)\b"), 30.0),
    (re.compile(r"\b(?:since|from) (?:last year)\b"), 365.0),
    (re.compile(r"\b(?:since|from|over|at) (?:the )?weekend\b"), "weekend"),
    (re.compile(rf"\b(?:since|from|on|last|started|start|began|begun) (?:last )?"
                rf"(?P<wd>{'|'.join(WEEKDAYS + list(WEEKDAY_SHORT))})\b"), "weekday"),
    (re.compile(r"\b(?:since|for|over|since about) (?:christmas|xmas)\b"), "christmas"),
    (re.compile(rf"\b{SINCE}(?:the (?:start|beginning|end) of )?(?P<mon>{'|'.join(MONTHS)})\b"), "month"),
    (re.compile(r"\b(?:yesterday|yday)\b"), 1.0),
    (re.compile(r"\b(?:last night|overnight|during the night|in the night)\b"), 0.5),
    (re.compile(r"\b(?:this morning|today|earlier today)\b"), 0.3),
    (re.compile(r"\b(?:this afternoon|at lunch|lunchtime)\b"), 0.15),
    (re.compile(r"\b(?:this evening|tonight|just now|a moment ago|moments ago|just started|suddenly just)\b"), 0.05),
    (re.compile(r"\blast week\b"), 7.0),
    # "earlier this week", "twice this week": a few days ("I've got my granddaughter this week" is no illness's)
    (re.compile(r"\b(?:earlier|since the start of|since the beginning of|all|twice|three times|a few times|several times"
                r"|every day|most days|on and off) this week\b"), A_FEW_DAYS),
]
# how long one episode lasts, not how long the problem has: "stiff in the morning for maybe 20 minutes"
EPISODE_BEFORE = re.compile(
    r"\b(?:in (?:the )?mornings?|first thing|at night|each time|every time|when it happens|it lasts|they last|lasting)\b[^.]*$"
)
# ... or told after it: "stiff for 10 min when I get up then it eases off"
EPISODE_AFTER = re.compile(
    r"^\s*(?:when (?:i|he|she|they|you) (?:first )?(?:get|gets|got|wake|wakes|woke|stand|stands) up|in the mornings?"
    r"|first thing|each time|every time|then (?:it|they) (?:ease|eases|go|goes|wear|wears|settle|settles))\b"
)
# a count (of things) just before "a minute" / "a day": a rate, not how long ("smoked 20 a day")
RATE_BEFORE = re.compile(r"\b\d+(?:\.\d+)?(?: (?:[a-z]+ )?[a-z]+s)?\s*$")
# a past event told just before a time, with the least time that is the event's age rather than this problem's:
# "COPD diagnosed 5 years ago", "tetanus booster 2 years ago" (28 days or more); "had my aortic valve replaced 2 years
# ago" (a year or more: "had my stitches removed 5 days ago" may be this problem's)
PAST_EVENT_BEFORE: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"\b(?:diagnos(?:ed|is)|booster|jab|jabs|vaccine|vaccinated|vaccination)\b[^.,;]*$"), 28),
    (re.compile(r"\b(?:replaced|replacement|operation|op|surgery|fitted|put in|removed|taken out|transplant|bypass"
                r"|stent)\b[^.,;]*$"), 365),
]
# the time something takes, not how long the problem has lasted: "it takes me 2 hours to drop off"
TIME_TAKEN_BEFORE = re.compile(r"\b(?:takes?|took|taking|taken)(?: (?:me|him|her|them|us|you|about|around|over|nearly"
                               r"|almost|up to|at least|well|a good))*\s*$")
AGE_EVENT_BEFORE = re.compile(r"\b(?:turned (?:\d+|\w+)|birthday|was born|were born)\s*$")
QTY_VALUES = {
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 4,
    "one or two": 2, "two or three": 3, "a number of": 3, "a good few": 4, "a few more": 3,
    "the last few": 3, "the past few": 3, "a": 1, "an": 1,
}


def _time_taken(text: str, start: int, end: int) -> bool:
    """The time told at text[start:end] is how long something takes ("takes me 2 hours to drop off")."""
    return bool(TIME_TAKEN_BEFORE.search(text[max(0, start - 30) : start]) and re.match(r"^\s*to\b", text[end:]))


def quantity(q: str) -> float | None:
    """A count told in words or digits ("a few" 3, "a couple of" 2, "12"); None when it is not one."""
    if q in QTY_VALUES:
        return float(QTY_VALUES[q])
    return parse_number(q)


def find_duration(
    nt: NText, today: _dt.date | None = None, ages: Sequence[tuple[int, int]] = ()
) -> tuple[float, tuple[int, int]] | None:
    """Earliest stated duration in days, with its token span; a number read as an age (`ages`,
    token spans) is never a duration ("my daughter (19 months)")."""
    found = find_durations(nt, today, ages)
    return found[0] if found else None


def find_durations(
    nt: NText, today: _dt.date | None = None, ages: Sequence[tuple[int, int]] = ()
) -> list[tuple[float, tuple[int, int]]]:
    """Every stated duration in days with its token span, in the order told."""
    today = today or _dt.date.today()
    text = nt.text
    cands: list[tuple[int, float, int, int]] = []
    for m in DURATION_RX.finditer(text):
        n = quantity(m.group("q"))
        if n is None or n <= 0:
            continue
        unit = m.group("u")
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(r"\b(?:every|each|per|times|in|after|at)\s*$", before) and not re.search(
            r"\b(?:in|for) the (?:last|past)\s*$", before
        ):
            continue
        if re.search(
            r"\b(?:i am|im|he is|she is|they are|is|aged|age|turned|turns|my|our|his|her|a|the)\s*$", before
        ) and not text[m.end():].startswith(" ago"):
            if not re.search(r"\b(?:for|since|past|last|over)\b", before):
                continue  # "she's 7 months", "my 2 week old": an age
        if (
            unit in ("night", "nights")
            and not re.search(r"\b(?:for|past|last|over)\s*$", before)
            and not text[m.end():].startswith(" ago")
        ):
            continue
        if m.group("q") in ("a", "an") and RATE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "30 breaths a minute", "5 wet nappies a day": a rate
        after = text[m.end() : m.end() + 20]
        if re.match(r"^ (?:later|time|from now|s time)", after):
            continue
        if unit.startswith("w") and 4 <= n <= 42 and not before.strip() and re.match(r"^\s*(?:[.,!:;]|and\b|with\b)", after):
            continue  # "28 weeks. Baby quiet today": how far along the pregnancy is
        if re.search(r"\b(?:due|another)\s*(?:for|in)?\s*$", before):
            continue  # "repeat not due for 3 weeks": a time to come
        if FIRST_IN_RX.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "first leg day in about a year on Monday": the time since the last one, not this problem's
        if any(n * DUR_UNITS[unit] >= least and event.search(text[max(0, m.start() - 40) : m.start()])
               for event, least in PAST_EVENT_BEFORE):
            continue  # "diagnosed with asthma 2 years ago. For the past 5 days ...": 5 days
        if _time_taken(text, m.start(), m.end()):
            continue  # "takes me 2 hours to drop off": how long something takes
        if HABIT_RX.search(text[max(0, m.start() - 60) : m.start()]):
            continue  # "a route he's driven for 20 years": how long a habit has lasted
        if n * DUR_UNITS[unit] < 1 and (EPISODE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                                        or EPISODE_AFTER.match(text[m.end() : m.end() + 30])):
            continue  # "stiff in the morning for 20 minutes, for a year now": one episode
        if (
            unit.startswith("year")
            and n >= 10
            and not re.match(r"^ ago|^ now", after)
            and not re.search(r"\b(?:for|over|past|last)\s*$", before)
        ):
            continue  # "34 years" is more likely an age than a duration
        t0, t1 = nt.tok_span(m)
        if any(a0 < t1 and t0 < a1 for a0, a1 in ages):
            continue
        cands.append((m.start(), n * DUR_UNITS[unit], t0, t1))
    for m in NOUNIT_FORTNIGHT.finditer(text):
        t0, t1 = nt.tok_span(m)
        cands.append((m.start(), 14.0, t0, t1))
    for m in BARE_PLURAL_RX.finditer(text):
        t0, t1 = nt.tok_span(m)
        if any(c[0] <= m.start() + 4 < c[0] + 20 for c in cands):
            continue
        cands.append((m.start(), 2.0 * DUR_UNITS[m.group("u")], t0, t1))
    named = TODAY_NAMED_RX.search(text)
    weekday_today = WEEKDAYS.index(named.group("wd")) if named else today.weekday()
    relative: list[tuple[int, float, int, int]] = []
    for rx, value in RELATIVE_DAY:
        for m in rx.finditer(text):
            if AGE_EVENT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                continue  # "turned 5 last week": when the age changed, not when the illness began
            if named and named.start() <= m.start() < named.end():
                continue
            if _time_taken(text, m.start(), m.end()):
                continue
            if value == "weekday" and m.group(0).startswith("on ") and FUTURE_BEFORE_RX.search(
                    text[max(0, m.start() - 60) : m.start()]):
                continue  # "taking the kids to France on the ferry on Saturday": a plan, not when it began
            if value == "weekday":
                wd = WEEKDAY_SHORT[m.group("wd")] if m.group("wd") in WEEKDAY_SHORT else WEEKDAYS.index(m.group("wd"))
                days = (weekday_today - wd) % 7 or 7
                v = float(days)
            elif value == "weekend":
                days = (today.weekday() - 5) % 7  # since Saturday
                v = float(days or 7) if today.weekday() not in (5, 6) else float(max(days, 1))
            elif value == "christmas":
                xmas = _dt.date(today.year, 12, 25)
                if xmas > today:
                    xmas = _dt.date(today.year - 1, 12, 25)
                v = float((today - xmas).days)
            elif value == "month":  # "since March": from the middle of the last such month
                month = MONTHS.index(m.group("mon")) + 1
                year = today.year if month < today.month else today.year - 1
                v = float(max((today - _dt.date(year, month, 15)).days, 1))
            else:
                v = float(value)
            t0, t1 = nt.tok_span(m)
            relative.append((m.start(), v, t0, t1))
    # a relative phrase overlapping a unit phrase ("about an hour ago") counts once
    merged = list(cands)
    for r in relative:
        if not any(c[0] <= r[0] < c[0] + 25 and abs(c[0] - r[0]) < 25 and c[2] <= r[2] < c[3] for c in cands):
            merged.append(r)
    merged.sort(key=lambda c: (c[0], -c[3]))
    # the writer's own count of the days comes first, whatever else is told
    counted = [(float(m.group("n")), nt.tok_span(m)) for m in DAY_COUNT_RX.finditer(text) if int(m.group("n")) > 0]
    return counted + [(round(value, 4), (t0, t1)) for _start, value, t0, t1 in merged]
