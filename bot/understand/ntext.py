"""Normalised text for the pattern readers: the words joined by single spaces, with a map back to
token indices (and through the tokens to the original characters)."""
from __future__ import annotations

import bisect
import re

from bot.understand.text import Tok, tokenize


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
