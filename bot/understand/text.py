"""Tokenising and normalising what patients type.

Each token keeps the character offsets of the original text, and a normalised form
("norm"): lower case, apostrophes and curly quotes removed ("can't"/"cant"/"can not"/
"cannot" -> "cant"), clitics expanded ("she's" -> "she is", "I'm" -> "i am"), letters split
from digits ("6yo" -> "6 yo"), runs of letters shortened ("sooooo" -> "soo").
Norms are what the spaCy matchers see.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc"
_APOS = f"[{APOSTROPHES}]"

TOKEN_RE = re.compile(
    rf"[A-Za-z\u00c0-\u024f]+(?:{_APOS}[A-Za-z]+)*{_APOS}?"  # words, with inner apostrophes
    r"|\d+(?:st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])"  # ordinals, one word: "my 2nd baby", "3rd degree"
    r"|\d+(?:[.,]\d+)?"  # numbers
    r"|\n"
    r"|[^\sA-Za-z\d\u00c0-\u024f]",  # any other single symbol
)

# "she's" -> she + is ; "I'm" -> i + am ...
CLITICS = {"s": "is", "m": "am", "ve": "have", "re": "are", "d": "would", "ll": "will"}
# words that say nothing when set off by commas: "it's, um, still there"
ASIDE_FILLERS = {"well", "um", "umm", "erm", "er", "uh", "like", "ahem"}
# apostrophe-less clitic forms that are unambiguous
SPLIT_FORMS = {
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "hes": ("he", "is"),
    "shes": ("she", "is"),
    "theyre": ("they", "are"),
    "youre": ("you", "are"),
    "whos": ("who", "is"),
    "thats": ("that", "is"),
    "theres": ("there", "is"),
    "whats": ("what", "is"),
    "wheres": ("where", "is"),
    "cannot": ("cant",),
    # text-speak for not knowing, so "idk if this is anything" hedges as "i dont know if" does
    "idk": ("i", "dont", "know"),
    "dunno": ("dont", "know"),
    # text-speak modals: "everyone wud be better off without me"
    "wud": ("would",),
    "cud": ("could",),
    "shud": ("should",),
    "wudnt": ("wouldnt",),
    "cudnt": ("couldnt",),
    "dno": ("dont", "know"),
    # text-speak joiners and pronouns: "clear n stretchy", "u", "r", "thru", "tho"
    "n": ("and",),
    "u": ("you",),
    "r": ("are",),
    "thru": ("through",),
    "tho": ("though",),
    "wiv": ("with",),
    "w": ("with",),  # "a row w my mum": the mum is only with them
    "nite": ("night",),
    "rite": ("right",),  # "pain under my rite ribs"
}
# "can not" -> "cant", "is not" -> "isnt" ...
NOT_MERGE = {
    "can": "cant", "do": "dont", "does": "doesnt", "did": "didnt", "is": "isnt", "are": "arent",
    "was": "wasnt", "were": "werent", "has": "hasnt", "have": "havent", "had": "hadnt",
    "will": "wont", "could": "couldnt", "would": "wouldnt", "should": "shouldnt", "must": "mustnt",
}

# "can't seem to": a hedge on what cannot be done, read as "can't" ("can't seem to get a full breath in")
SEEM_HEDGED = {"cant", "couldnt"}

# what follows a clitic "'s" that makes it "has" ("he's been", "she's not got")
PERFECT_AFTER_HAS = {"been", "got", "had", "gotten"}

SENTENCE_PUNCT = {".", "!", "?", "\n"}


@dataclass(frozen=True, slots=True)
class Tok:
    norm: str
    start: int
    end: int


def _squeeze(word: str) -> str:
    return re.sub(r"([a-z])\1{2,}", r"\1\1", word)


def _is_emoji(symbol: str) -> bool:
    """A pictograph ("\U0001f644", "\u2764"): a symbol from the dingbats onwards, not a letter or punctuation."""
    return len(symbol) == 1 and ord(symbol) >= 0x2600 and unicodedata.category(symbol) == "So"


def tokenize(text: str) -> list[Tok]:
    """Split ``text`` into normalised tokens with original character offsets."""
    raw: list[Tok] = []
    for m in TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        word = m.group()
        if word == "\n" or _is_emoji(word):  # an emoji ends what was being said, as a new line does
            if raw and raw[-1].norm not in SENTENCE_PUNCT:
                raw.append(Tok(".", s, e))
            continue
        if word in "-/" and raw and s == raw[-1].end and e < len(text) and text[e].isalnum():
            continue  # intra-word hyphen or slash: "light-headed", "y/o"
        if word in "\u2013\u2014":
            word = "-"
        low = word.lower()
        if low[0].isalpha():
            parts = re.split(_APOS, low)
            parts = [p for p in parts if p]
            if len(parts) >= 2 and parts[-1] in CLITICS:
                stem = "".join(parts[:-1])
                clitic = parts[-1]
                cut = s + len(word) - len(clitic) - 1
                raw.append(Tok(_squeeze(stem), s, cut))
                raw.append(Tok(CLITICS[clitic], cut, e))
                continue
            low = _squeeze("".join(parts))
            if low in SPLIT_FORMS:
                for piece in SPLIT_FORMS[low]:
                    raw.append(Tok(piece, s, e))
                continue
            raw.append(Tok(low, s, e))
        else:
            raw.append(Tok(low.replace(",", ".") if low[0].isdigit() else "and" if low == "&" else low, s, e))
    # merge "can not" -> "cant" and drop "seem to" after it; drop a filler set off by commas ("still, well, up" -> "still up")
    out: list[Tok] = []
    i = 0
    while i < len(raw):
        t = raw[i]
        if t.norm == "," and i + 2 < len(raw) and raw[i + 1].norm in ASIDE_FILLERS and raw[i + 2].norm == ",":
            i += 3
            continue
        if t.norm == "is" and _perfect_follows(raw, i + 1):
            t = Tok("has", t.start, t.end)  # "he's been", "she's not got": has, not is
        if t.norm in ("seem", "seems") and out and out[-1].norm in SEEM_HEDGED and i + 1 < len(raw) and raw[i + 1].norm == "to":
            i += 2
            continue
        if t.norm in NOT_MERGE and i + 1 < len(raw) and raw[i + 1].norm == "not":
            out.append(Tok(NOT_MERGE[t.norm], t.start, raw[i + 1].end))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _perfect_follows(raw: list[Tok], i: int) -> bool:
    """A past participle of "have" at raw[i], or after a "not" there."""
    if i < len(raw) and raw[i].norm == "not":
        i += 1
    return i < len(raw) and raw[i].norm in PERFECT_AFTER_HAS


def normalise_phrase(phrase: str) -> tuple[str, ...]:
    """Norm words of a lexicon phrase (same rules as the text, no fuzzy correction)."""
    return tuple(t.norm for t in tokenize(str(phrase)) if t.norm not in SENTENCE_PUNCT)


# ---------------------------------------------------------------- numbers
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
DECADES = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fourties": 40,
    "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "a", "an", "half"}

_num_words = sorted(list(UNITS) + list(TENS), key=len, reverse=True)
# a number as it appears in normalised text (tokens joined by single spaces)
NUM = (
    r"(?:\d+(?:\.\d+)?(?: and a half)?"
    rf"|(?:{'|'.join(TENS)})(?: (?:{'|'.join(k for k in UNITS if 0 < UNITS[k] < 10)}))?(?: and a half)?"
    rf"|(?:{'|'.join(_num_words)})(?: and a half)?)"
)


def parse_number(s: str) -> float | None:
    s = s.strip()
    half = 0.0
    if s.endswith("and a half"):
        half = 0.5
        s = s[: -len("and a half")].strip()
    if not s:
        return None
    try:
        return float(s) + half
    except ValueError:
        pass
    total = 0
    for w in s.split():
        if w in UNITS:
            total += UNITS[w]
        elif w in TENS:
            total += TENS[w]
        elif w in ("a", "an", "one"):
            total += 1
        else:
            return None
    return float(total) + half


def find_phrases(
    words: list[str], phrases: Iterable[tuple[str, ...]], lo: int = 0, hi: int | None = None
) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each occurrence of any phrase in words[lo:hi]."""
    hi = len(words) if hi is None else hi
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        by_first.setdefault(p[0], []).append(p)
    for i in range(lo, hi):
        for p in by_first.get(words[i], ()):
            j = i + len(p)
            if j <= hi and tuple(words[i:j]) == p:
                yield i, j
