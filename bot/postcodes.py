"""UK postcodes, for the whole project: finding one in free text, reading an answer, normalising.

Parsing is about shape (and, in free text, a known postcode area): whether the district exists,
and whether it is in the catalogue's area, is decided by :mod:`bot.catalogue.locate`. Nothing here
raises.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
# Full postcode: outward, optional space or hyphen, inward (digit + two letters; a letter O typed
# for the zero is read as the zero: "DA11 ODG" is DA11 0DG).
_FULL_RE = re.compile(rf"(?<![A-Z0-9])({_OUTWARD})[ \t-]*([0-9O][A-Z]{{2}})(?![A-Z0-9])")
# Sector: outward code, a space, one digit ("TN15 6").
_SECTOR_RE = re.compile(rf"(?<![A-Z0-9])({_OUTWARD})[ \t]+([0-9])(?![A-Z0-9])")
_OUTWARD_RE = re.compile(rf"(?<![A-Z0-9])({_OUTWARD})(?![A-Z0-9])")

EMPTY = "empty"
MALFORMED = "malformed"
PARSED = "parsed"


@dataclass(frozen=True)
class ParsedPostcode:
    """What was found in the text: ``status`` is ``parsed``, ``empty`` or ``malformed``.

    ``postcode`` ("DA1 2AB") and ``sector`` ("DA1 2") are None when the text only
    gave an outward code; ``outward`` ("DA1") is set whenever status is ``parsed``.
    ``candidates`` lists every outward code seen, in order (the caller may prefer a known one).
    """

    text: str
    status: str
    outward: str | None = None
    sector: str | None = None
    postcode: str | None = None
    candidates: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == PARSED


def normalise_postcode(text: str) -> str | None:
    """Return ``"DA1 2AB"`` for a string that is exactly one full postcode, else None."""
    match = _FULL_RE.fullmatch((text or "").strip().upper())
    return f"{match.group(1)} {match.group(2)}" if match else None


def outward_of(postcode: str) -> str:
    """Outward code of a normalised full postcode or sector ("DA1 2AB" -> "DA1")."""
    return postcode.split()[0]


def sector_of(postcode: str) -> str:
    """Sector of a normalised full postcode ("DA1 2AB" -> "DA1 2")."""
    outward, inward = postcode.split()
    return f"{outward} {inward[0]}"


def parse_postcode(text: str | None, known=None) -> ParsedPostcode:
    """Find the most likely postcode in ``text``.

    A full postcode wins over a sector, which wins over a bare outward code. When
    several bare outward codes appear ("my son is 2 and we live in DA11"), the first
    one for which ``known(outward)`` is true wins (``known`` is optional).
    """
    raw = text if isinstance(text, str) else ("" if text is None else str(text))
    upper = raw.upper().strip()
    if not upper:
        return ParsedPostcode(raw, EMPTY)
    full = [(outward, _inward(inward)) for outward, inward in _FULL_RE.findall(upper)]
    if full:
        candidates = tuple(o for o, _ in full)
        outward, inward = _prefer(full, known, key=lambda pair: pair[0])
        return ParsedPostcode(
            raw, PARSED, outward, f"{outward} {inward[0]}", f"{outward} {inward}", candidates
        )
    sectors = _SECTOR_RE.findall(upper)
    if sectors:
        outward, digit = _prefer(sectors, known, key=lambda pair: pair[0])
        return ParsedPostcode(raw, PARSED, outward, f"{outward} {digit}", None, tuple(o for o, _ in sectors))
    outwards = _OUTWARD_RE.findall(upper)
    if outwards:
        outward = _prefer(outwards, known, key=lambda o: o)
        return ParsedPostcode(raw, PARSED, outward, None, None, tuple(outwards))
    return ParsedPostcode(raw, MALFORMED)


def _inward(inward: str) -> str:
    """The inward code with a letter O in the digit's place read as zero."""
    return "0" + inward[1:] if inward[0] == "O" else inward


def _prefer(found, known, key):
    if known is not None:
        for item in found:
            if known(key(item)):
                return item
    return found[0]


# ---------------------------------------------------------------- in a patient's message
POSTCODE_AREAS = set(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
    E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL
    LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN
    SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split()
)
FULL_POSTCODE_RX = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\s*([0-9Oo][A-Za-z]{2})(?![A-Za-z0-9])")
OUTWARD_RX = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?![A-Za-z0-9])")
LOCATION_CUE_RX = re.compile(
    r"(?:\b(?:in|near|at|around|to|for|by|postcode|post code|live|living|area|from|based|nr|postcode is|my postcode)\b[\s:,]*)$",
    re.I,
)
NOT_POSTCODES = {
    "CO2", "NO2", "SO2", "B12", "B6", "B1", "B3", "D3", "E1", "A1", "M1", "M25", "M20", "M2", "M4", "M6", "H1", "T4", "T3",
    "S1", "N95", "FFP2", "FFP3", "W1", "MK2", "PO2", "HA1", "CA1", "CA125", "TS2",
}


def _valid_outward(outward: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})([0-9][A-Z0-9]?)", outward)
    return m is not None and m.group(1) in POSTCODE_AREAS


def find_postcode(text: str, strict: bool = True) -> tuple[str, tuple[int, int]] | None:
    """A UK postcode (or an outward code) in a patient's message, normalised, with its span;
    ``strict`` keeps only known postcode areas, and a bare outward code only where it looks meant."""
    for m in FULL_POSTCODE_RX.finditer(text):
        outward, inward = m.group(1).upper(), _inward(m.group(2).upper())
        if (strict or inward != m.group(2).upper()) and not _valid_outward(outward):
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
            letters_match = re.match(r"[A-Z]+", outward)
            assert letters_match is not None  # ``outward`` was fully matched as [A-Z]{1,2}[0-9]... above
            letters = letters_match.group()
            if not cue:
                if len(letters) < 2 or not raw.isupper() or outward in NOT_POSTCODES:
                    continue
                # "DA11" alone or at the end is fine; "ME1" inside a sentence only in capitals
        return outward, m.span()
    return None
