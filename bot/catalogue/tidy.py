"""Make ALL-CAPS register text readable: names, addresses and phone numbers."""

from __future__ import annotations

import re

# Register abbreviations expanded when title-casing (keys are upper case, no trailing dot).
_EXPAND = {
    "CTR": "Centre",
    "H/CTR": "Health Centre",
    "MED": "Medical",
    "PRACT": "Practice",
    "CL": "Close",
    "DR": "Dr",
    "MR": "Mr",
    "MRS": "Mrs",
    "MS": "Ms",
    "ST": "St",
    "RD": "Rd",
    "LTD": "Ltd",
    "PLC": "plc",
}
_KEEP_UPPER = {"NHS", "GP", "UK", "BMI", "UTC", "PCN", "A&E"}
_LOWER_INSIDE = {"and", "at", "of", "on", "upon", "by", "to", "with"}
_VOWELS = set("AEIOUY")


def title_case(text: str) -> str:
    """Title-case register text that is ALL CAPS; leave mixed-case text alone.

    "DR CJ SHIMMINS & PARTNERS" -> "Dr CJ Shimmins & Partners",
    "HORSMAN'S PLACE SURGERY" -> "Horsman's Place Surgery",
    "DARTFORD WEST H/CTR" -> "Dartford West Health Centre".
    """
    text = re.sub(r"\s+", " ", (text or "").strip())
    if not text or any(c.islower() for c in text):
        return text
    # "MED.PRACTICE" -> "MED. PRACTICE" so each part is a word.
    text = re.sub(r"\.(?=[A-Z])", ". ", text)
    words = text.split(" ")
    return " ".join(_word(w, first=(i == 0)) for i, w in enumerate(words))


def _word(word: str, first: bool) -> str:
    match = re.fullmatch(r"([(\[\"']*)(.*?)([.,;:)\]\"']*)", word)
    assert match is not None  # every part of the pattern is optional and words hold no newlines
    lead, core, tail = match.groups()
    if not core:
        return word
    bare = core.upper()
    if bare in _EXPAND:
        # A dot after an expanded abbreviation is dropped ("CTR." -> "Centre").
        return lead + _EXPAND[bare] + tail.replace(".", "", 1)
    if bare in _KEEP_UPPER or any(c.isdigit() for c in core):
        return lead + core + tail
    letters = re.sub(r"[^A-Z]", "", bare)
    if letters and len(letters) <= 3 and not (set(letters) & _VOWELS) and "'" not in core:
        return lead + core + tail  # initials such as "CJ", "NB", "S & S"
    if not first and core.lower() in _LOWER_INSIDE:
        return lead + core.lower() + tail
    return lead + "-".join(_capitalise(part) for part in core.split("-")) + tail


def _capitalise(part: str) -> str:
    if not part:
        return part
    if "/" in part:
        return "/".join(_capitalise(p) for p in part.split("/"))
    pieces = part.split("'")
    head = pieces[0]
    if head.upper().startswith("MC") and len(head) > 3:
        head = "Mc" + head[2:].capitalize()
    else:
        head = head.capitalize()
    rest = [p.lower() if len(p) <= 1 else p.capitalize() for p in pieces[1:]]
    return "'".join([head, *rest])


def format_address(lines: list[str], drop: tuple[str, ...] = ()) -> str:
    """Join register address lines, title-cased, without blanks, repeats or the service's own name."""
    seen = {_key(d) for d in drop if d}
    out: list[str] = []
    for line in lines:
        line = title_case(line or "")
        if not line or _key(line) in seen:
            continue
        seen.add(_key(line))
        out.append(line)
    return ", ".join(out)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def format_phone(text: str | None) -> str | None:
    """Format a UK phone number the usual way ("01474533674" -> "01474 533674"); None if unusable."""
    digits = re.sub(r"\D", "", text or "")
    if digits.startswith("44") and len(digits) == 12:
        digits = "0" + digits[2:]
    if digits in {"111", "999", "119"}:
        return digits
    if len(digits) != 11 or not digits.startswith("0"):
        # Some numbers (e.g. 0800 plus six digits) are ten digits long.
        if len(digits) == 10 and digits.startswith(("0800", "0500")):
            return f"{digits[:4]} {digits[4:]}"
        return None
    if digits.startswith("02"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if digits.startswith(("011", "03", "08", "09")) or digits[3] == "1":
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:5]} {digits[5:]}"
