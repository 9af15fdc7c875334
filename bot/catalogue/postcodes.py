"""Find and normalise a UK postcode (full, sector or outward code) in free text.

Parsing is about shape only: whether the district exists, and whether it is in the
catalogue's area, is decided by :mod:`bot.catalogue.locate`. Nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
# Full postcode: outward, optional space or hyphen, inward (digit + two letters).
_FULL_RE = re.compile(rf"(?<![A-Z0-9])({_OUTWARD})[ \t-]*([0-9][A-Z]{{2}})(?![A-Z0-9])")
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
    full = _FULL_RE.findall(upper)
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


def _prefer(found, known, key):
    if known is not None:
        for item in found:
            if known(key(item)):
                return item
    return found[0]
