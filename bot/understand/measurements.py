"""Numbers patients quote (temperature, oxygen saturation, pulse, blood pressure, blood sugar),
read as findings with the thresholds in data/triage/measurements.yml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.datafiles import load_yaml
from bot.understand.cues import load_cues, phrase_list, phrase_products, word_set
from bot.understand.text import SENTENCE_PUNCT, find_phrases, normalise_phrase

_CUES = load_cues("measurement")
NOT_A_READING_AFTER = word_set(_CUES, "not_a_reading_after")
OPEN_BOUNDS = word_set(_CUES, "open_bounds")
NUMBER = re.compile(r"^(\d{1,3}(?:\.\d+)?)(c|f|%|bpm)?$")
OVER = word_set(_CUES, "pair_joiners")
BP_SYSTOLIC, BP_DIASTOLIC = (70, 260), (30, 160)  # the ranges a pair with no cue must fall in to be read as one
RANGE = word_set(_CUES, "range_joiners")
BELOW: frozenset[tuple[str, ...]] = frozenset(
    phrase_list(_CUES, "bounds") + [tuple(p.split()) for p in phrase_products(_CUES, "bound_products")])
BREAKS = word_set(_CUES, "cue_breaks")
# how far before and after a unit-only reading a word may make it the air's
AMBIENT_BEFORE, AMBIENT_AFTER = 5, 3
SAID_FINE = word_set(_CUES, "said_fine")
AFTER_LINKS = word_set(_CUES, "after_links")
AFTER_FILLERS = word_set(_CUES, "after_fillers")
READING_BACK = word_set(_CUES, "reading_back")
READING_BACK_BEFORE, READING_BACK_REACH = 4, 25  # the verb's distance before the number; the cue's, in words


@dataclass(frozen=True)
class Measure:
    name: str
    cues: tuple[tuple[str, ...], ...]
    units: tuple[tuple[str, ...], ...]
    window: int
    low: float
    high: float
    bands: tuple[dict, ...]
    convert: dict | None = None
    pair: bool = False
    unit_needs_cue: bool = False
    needs_unit: bool = False
    unit_before: int = 0  # the unit may also come this many words before the number ("tablets, maybe 20")
    bare_decimal: tuple[float, float] | None = None  # a decimal in this range needs no cue ("it's 39.6")
    bare_not_after: frozenset[str] = frozenset()  # ... unless one of these words is just before it ("BMI 39.5")
    said_normal: "SaidNormal | None" = None  # a normal reading told in words ("temp normal", "temperature was fine")
    each: bool = False  # every reading counts, not only the last (sizes: "a 2cm cut, the redness 12cm")
    # units that point back ("20 of them"): a unit only after one of `units_back_to` ("her sleeping pills ...
    # about 20 of them"), not "mozzie bites, maybe 20 of them"
    units_back: tuple[tuple[str, ...], ...] = ()
    units_back_to: tuple[tuple[str, ...], ...] = ()
    # a reading with only its unit, one of these words near it, is the air's ("warehouse hit 33 degrees today")
    ambient: frozenset[str] = frozenset()

    def band(self, value: float, second: float | None) -> dict | None:
        for band in self.bands:
            if "diastolic_min" in band:
                if second is not None and second >= band["diastolic_min"]:
                    return band
            elif value >= band["min"]:
                return band
        return None


@dataclass(frozen=True)
class SaidNormal:
    """A cue, then only linking words, then a word that says the reading was normal: read as `value`."""

    cues: tuple[tuple[str, ...], ...]
    links: frozenset[str]
    words: frozenset[str]
    value: float

    @classmethod
    def from_spec(cls, spec: dict | None) -> "SaidNormal | None":
        if not spec:
            return None
        return cls(tuple(p for p in (normalise_phrase(c) for c in spec["cues"]) if p), frozenset(spec["links"]),
                   frozenset(spec["words"]), float(spec["value"]))


@dataclass(frozen=True)
class Measurement:
    """One reading: token span [start, end), the value, and what it says."""

    measure: str
    value: float
    start: int
    end: int
    present: tuple[str, ...]
    absent: tuple[str, ...]
    healthy: bool = False  # in the healthy range: does not cancel an earlier raised reading


class Measurements:
    def __init__(self, measures: list[Measure]):
        self.measures = measures
        self._every = frozenset(m.name for m in measures if m.each)  # measures whose every reading counts

    @classmethod
    def load(cls, path: Path | str) -> "Measurements":
        data = load_yaml(Path(path))
        measures = []
        for m in data["measures"]:
            measures.append(Measure(
                name=m["name"],
                cues=tuple(p for p in (normalise_phrase(c) for c in m["cues"]) if p),
                units=tuple(tuple(u.lower().split()) for u in m.get("units", ())),
                window=int(m.get("window", 4)),
                low=float(m["range"][0]), high=float(m["range"][1]),
                bands=tuple(m["bands"]), convert=m.get("convert"), pair=bool(m.get("pair")),
                unit_needs_cue=bool(m.get("unit_needs_cue")), needs_unit=bool(m.get("needs_unit")),
                unit_before=int(m.get("unit_before", 0)),
                bare_decimal=tuple(m["bare_decimal"]["range"]) if "bare_decimal" in m else None,
                bare_not_after=frozenset(m["bare_decimal"]["not_after"]) if "bare_decimal" in m else frozenset(),
                said_normal=SaidNormal.from_spec(m.get("said_normal")), each=bool(m.get("each")),
                units_back=tuple(tuple(u.lower().split()) for u in m.get("units_back", ())),
                units_back_to=tuple(tuple(u.lower().split()) for u in m.get("units_back_to", ())),
                ambient=frozenset(m.get("ambient", ()))))
        return cls(measures)

    def findings(self) -> set[str]:
        return {f for m in self.measures for b in m.bands for f in [*b["findings"], *b.get("absent", ())]}

    def find(self, words: list[str]) -> list[Measurement]:
        """The last reading of each measure in `words` (normalised tokens), except that a healthy one does
        not replace an earlier raised one; every reading of a measure marked `each`."""
        cues = sorted((e, s, m) for m in self.measures for s, e in find_phrases(words, m.cues))
        readings = self._said_normal(words)
        i = 0
        while i < len(words):
            hit = NUMBER.match(words[i])
            if not hit:
                i += 1
                continue
            reading = self._reading(words, i, hit, cues)
            if reading is not None:
                readings.append(reading)
                i = reading.end
            else:
                i += 1
        last: dict[str, Measurement] = {}
        kept = []
        for reading in sorted(readings, key=lambda r: r.start):
            if reading.measure in self._every:
                kept.append(reading)
                continue
            earlier = last.get(reading.measure)
            if not (reading.healthy and earlier is not None and earlier.present and not earlier.healthy):
                last[reading.measure] = reading  # "mostly 150/96 ... mine's 122/78": the raised one counts
        return sorted([*last.values(), *kept], key=lambda r: r.start)

    def _said_normal(self, words: list[str]) -> list[Measurement]:
        """Normal readings told in words: "temp normal on my thermometer", "temperature's back to normal"
        (not "temp higher than normal": only linking words may come between)."""
        out = []
        for m in self.measures:
            said = m.said_normal
            if said is None:
                continue
            for start, end in find_phrases(words, said.cues):
                j = end
                while j < len(words) and words[j] in said.links:
                    j += 1
                if j < len(words) and words[j] in said.words:
                    band = m.band(said.value, None)
                    if band is not None:
                        out.append(Measurement(m.name, said.value, start, j + 1, tuple(band["findings"]),
                                               tuple(band.get("absent", ())), bool(band.get("healthy"))))
        return out

    def _reading(self, words: list[str], i: int, hit: re.Match, cues) -> Measurement | None:
        first = i
        ranged = i + 2 < len(words) and (words[i + 1] in RANGE or (words[i + 1] == "and" and words[i - 1:i] == ["between"]))
        upper = NUMBER.match(words[i + 2]) if ranged else None
        if upper and float(upper.group(1)) > float(hit.group(1)):
            i, hit = i + 2, upper
        elif i + 1 < len(words) and (dashed := NUMBER.match(words[i + 1])) and float(dashed.group(1)) > float(hit.group(1)):
            i, hit = i + 1, dashed  # "44-48" (the dash is gone): a range, its top counts; a pair falls (164/98)
        value = float(hit.group(1))
        if words[i + 1 : i + 2] and words[i + 1] in OPEN_BOUNDS:
            i += 1  # "20+ tablets", "20+ days a month": the bound goes with its number
        if i + 1 < len(words) and words[i + 1] in NOT_A_READING_AFTER:
            return None  # "15 mins apart", "20+ days a month": a time, not a reading
        if any(first >= n and tuple(words[first - n:first]) in BELOW for n in (1, 2, 3)):
            value -= 0.01  # a bound, not a reading: just under it
        unit_end, unit_measure = self._unit(words, i, hit.group(2))
        cue = self._cue(words, first, cues)
        if unit_measure is None and cue is not None:
            unit_measure = self._unit_before(words, cue[0])
        if cue is not None and cue[1].needs_unit and unit_measure is not cue[1]:
            # "pulse is about 40": "about" cues a count of tablets only with its unit; an earlier cue may hold
            cue = self._cue(words, first, [c for c in cues if c[2] is not cue[1]]) or cue
        if cue is None or cue[1].needs_unit and unit_measure is not cue[1]:  # "about 140 on my fitbit"
            cue = self._cue_after(words, i + 1, cues) or cue
        if cue is None and unit_measure is not None and unit_measure.unit_needs_cue:
            cue = self._cue_back(words, first, cues, unit_measure)
        measure = cue[1] if cue else None
        side_by_side = NUMBER.match(words[i + 1]) if i + 1 < len(words) else None
        if side_by_side is None and measure is None and i + 2 < len(words) and words[i + 1] == "over":
            side_by_side = NUMBER.match(words[i + 2])  # "146 over 92"
        if side_by_side and (measure is not None and not measure.pair or measure is None and self._looks_like_bp(
                value, float(side_by_side.group(1)))):
            # two numbers side by side ("164/98" once the slash is gone) are a blood pressure
            measure = next((m for m in self.measures if m.pair), measure)
        if unit_measure is not None and (measure is None or measure.pair or unit_measure is measure
                                         or not unit_measure.unit_needs_cue):  # "I counted 30 breaths a minute"
            if unit_measure.unit_needs_cue and measure is not unit_measure:
                return None
            measure = unit_measure
        if measure is None and unit_measure is None and not side_by_side and "." in hit.group(1):
            measure = self._bare_decimal(words, first, value)
        if measure is None or (measure.needs_unit and unit_measure is not measure):
            return None
        second, end = None, max(i + 1, unit_end)
        if cue is None and measure.ambient & set(words[max(0, first - AMBIENT_BEFORE) : end + AMBIENT_AFTER]):
            return None  # "the warehouse hit 33 degrees today": the air's temperature, not the body's
        if measure.pair:
            j = i + 1 + (i + 1 < len(words) and words[i + 1] in OVER)
            nxt = NUMBER.match(words[j]) if j < len(words) else None
            if nxt is None:
                return None
            second, end = float(nxt.group(1)), max(j + 1, self._unit(words, j, None)[0])
        if measure.convert and value > measure.convert["above"]:
            value = value * measure.convert["scale"] + measure.convert["shift"]
        raw = float(hit.group(1))
        if not (measure.low <= raw <= measure.high):
            return None
        band = measure.band(value, second)
        if band is None:
            return None
        start = cue[0] if cue else first
        return Measurement(measure.name, value, start, end, tuple(band["findings"]), tuple(band.get("absent", ())),
                           bool(band.get("healthy")))

    @staticmethod
    def _cue_after(words: list[str], j: int, cues) -> tuple[int, Measure] | None:
        """A cue just after the number, joined to it by "on", "according to", "from" or "by" ("140 on my
        fitbit"); the reading's span still starts at the number."""
        if j >= len(words) or words[j] not in AFTER_LINKS:
            return None
        k = j + 1
        while k < len(words) and words[k] in AFTER_FILLERS:
            k += 1
        found = next((m for _, start, m in cues if start == k), None)
        return (j - 1, found) if found else None

    @staticmethod
    def _cue_back(words: list[str], i: int, cues, measure: Measure) -> tuple[int, Measure] | None:
        """The unit's own cue told earlier, across a sentence end, when a reading verb just before the number
        points back to it ("The GP gave him a pulse oximeter. It's been saying 91 or 92%")."""
        if not READING_BACK & set(words[max(0, i - READING_BACK_BEFORE) : i]):
            return None
        found = [(start, m) for end, start, m in cues if m is measure and 0 < i - end <= READING_BACK_REACH]
        return found[-1] if found else None

    def _bare_decimal(self, words: list[str], i: int, value: float) -> Measure | None:
        """The measure a decimal with no cue or unit can only be ("it's 39.6"), unless a word just
        before names another quantity ("BMI 39.5", "weighs 38.2")."""
        before = words[max(0, i - 3) : i]
        return next((m for m in self.measures if m.bare_decimal and m.bare_decimal[0] <= value <= m.bare_decimal[1]
                     and not any(w in m.bare_not_after for w in before)), None)

    @staticmethod
    def _looks_like_bp(first: float, second: float) -> bool:
        """A pair with no cue that can only be a blood pressure ("186/117, 182/119"): not a date or a score."""
        return BP_SYSTOLIC[0] <= first <= BP_SYSTOLIC[1] and BP_DIASTOLIC[0] <= second < first

    def _unit(self, words: list[str], i: int, glued: str | None) -> tuple[int, Measure | None]:
        if glued:
            glued = {"c": "c", "f": "f", "%": "%", "bpm": "bpm"}[glued]
        for m in self.measures:
            for unit in m.units:
                if glued and unit == (glued,):
                    return i + 1, m
                if tuple(words[i + 1 : i + 1 + len(unit)]) == unit:
                    return i + 1 + len(unit), m
            for unit in m.units_back:
                if tuple(words[i + 1 : i + 1 + len(unit)]) == unit and any(find_phrases(words, m.units_back_to, 0, i)):
                    return i + 1 + len(unit), m
        return i + 1, None

    def _unit_before(self, words: list[str], cue_start: int) -> Measure | None:
        """A unit told before the number's cue, in the same sentence ("took paracetamol last night, maybe 20")."""
        for m in self.measures:
            if not m.unit_before:
                continue
            for k in range(cue_start - 1, max(-1, cue_start - 1 - m.unit_before), -1):
                if words[k] in SENTENCE_PUNCT:
                    break
                if any(tuple(words[k - len(u) + 1 : k + 1]) == u for u in m.units if k - len(u) + 1 >= 0):
                    return m
        return None

    @staticmethod
    def _cue(words: list[str], i: int, cues) -> tuple[int, Measure] | None:
        """The nearest cue before word i within its window, with no number or sentence end between, except
        an earlier reading the number follows with "then" ("pulse 118, then 124 on the second go")."""
        best = None
        for end, start, m in cues:
            if end > i or i - end >= m.window:
                continue
            between = words[end:i]
            then_again = between[-1:] == ["then"] and all(NUMBER.match(w) or w in (",", "then") for w in between)
            if not then_again and any(NUMBER.match(w) or w in SENTENCE_PUNCT or w in BREAKS for w in between):
                continue
            if any(w in SAID_FINE and nxt == "," for w, nxt in zip(between, between[1:], strict=False)):
                continue  # "breathing normal, 29 and no heart probs": the measure told fine in words, then an age
            if best is None or end > best[0]:
                best = (end, start, m)
        return (best[1], best[2]) if best else None
