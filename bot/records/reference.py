"""Reference numbers a patient can read out: 7 characters shown as K7F-3QX9.

Six random characters and a check character, from an alphabet without the characters people
confuse (0/O, 1/I/L). The check is a weighted sum modulo 31 (a prime, the alphabet's size), so
every mistyped character and every swap of two neighbours is caught rather than showing another
patient's case.
"""
from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BODY = 6
_N = len(ALPHABET)  # 31


def _weighted(chars: str) -> int:
    return sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(chars)) % _N


def check_character(body: str) -> str:
    """The character that makes the weighted sum of all seven 0 modulo 31."""
    inverse = pow(BODY + 1, -1, _N)
    return ALPHABET[(-_weighted(body) * inverse) % _N]


def _shown(chars: str) -> str:
    return f"{chars[:3]}-{chars[3:]}"


def new_reference() -> str:
    """A new random reference (31^6, about 890 million)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY))
    return _shown(body + check_character(body))


def normalise(text: str | None) -> str | None:
    """The reference as shown (K7F-3QX9) from what someone typed ("k7f 3qx9"), or None when it
    cannot be one (wrong length, a character not used, or the check does not hold)."""
    chars = re.sub(r"[\s-]", "", (text or "")).upper()
    if len(chars) != BODY + 1 or any(c not in ALPHABET for c in chars) or _weighted(chars):
        return None
    return _shown(chars)
