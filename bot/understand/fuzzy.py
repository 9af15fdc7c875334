"""Spelling correction of single words against the lexicon's own vocabulary (rapidfuzz).

Precision first:
* only alphabetic words of 4+ letters that are not already known (lexicon words, cue words,
  spaCy stop words, a list of everyday English words) are candidates;
* the first letter must agree, once folded ("flem" may be "phlegm");
* 4-letter words: only a swap of two neighbouring letters ("pian" -> "pain");
* 5-6 letters: one edit (swap, substitution or a missing letter; not an extra letter,
  so "stick" never becomes "sick" and "could" never "cold");
* 7-9 letters: two edits; 10+: three;
* comparison is on a rough phonetic fold (doubled letters collapsed, -tion/-shun, ph/f, ck/k),
  so "infecshun" -> "infection", "diarhea" -> "diarrhea", "nappys" -> "nappies".
"""

from __future__ import annotations

import re
from typing import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from bot.understand.english import EnglishWords

_FOLD_SUBS = [
    (re.compile(r"(?:tion|sion|shun|shon|tian|cian)"), "shn"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"gm$"), "m"),  # "phlegm" as it sounds
    (re.compile(r"ck"), "k"),
    (re.compile(r"ies$"), "ys"),  # "nappys", "babys": a plural told as the singular plus s
    (re.compile(r"([a-z])\1+"), r"\1"),
]


def fold(word: str) -> str:
    for rx, rep in _FOLD_SUBS:
        word = rx.sub(rep, word)
    return word


def load_common_words() -> set[str]:
    from bot.understand.common_words import WORDS

    return set(WORDS)


def _max_edits(n: int) -> int:
    if n <= 4:
        return 1
    if n <= 6:
        return 1
    if n <= 9:
        return 2
    return 3


class FuzzyCorrector:
    """Maps an unknown word to the closest vocabulary word, or returns it unchanged."""

    def __init__(self, vocabulary: Iterable[str], protected: Iterable[str] = (),
                 english: EnglishWords | None = None):
        """`english`, when given, keeps real words from being corrected into other words."""
        vocab = {w for w in vocabulary if w.isalpha()}
        self.vocabulary = frozenset(vocab)
        self.english = english
        self.known: frozenset[str] = frozenset(
            vocab | set(protected) | set(STOP_WORDS) | load_common_words()
        )
        # candidates grouped by first letter; keyed by folded form
        self._by_letter: dict[str, dict[str, list[str]]] = {}
        for w in sorted(vocab):  # sorted, so that ties fall the same way in every run (set order varies)
            if len(w) < 4:
                continue
            folded = fold(w)
            self._by_letter.setdefault(folded[0], {}).setdefault(folded, []).append(w)
        for group in self._by_letter.values():
            for lst in group.values():
                lst.sort(key=lambda w: (len(w), w))
        self._cache: dict[str, str] = {}

    def correct(self, word: str) -> str:
        if len(word) < 4 or not word.isalpha() or word in self.known:
            return word
        hit = self._cache.get(word)
        if hit is None:
            hit = self._irregular_past(word) or self._correct(word)
            if hit != word and self.english is not None:
                lemmas = self.english.lemmas(word)
                own_word = word in lemmas and word not in self.english.lemmas(hit)  # "stranger", not "ketone" (of "ketones")
                if lemmas and (own_word or not self.english.same_word(word, hit)):
                    hit = word  # a real word of its own, or not a form of the suggestion: keep it
            if len(self._cache) < 50_000:
                self._cache[word] = hit
        return hit

    def _irregular_past(self, word: str) -> str | None:
        """A regular ending given to an irregular verb, as learners and children write it
        ("stinged", "falled"): the verb's real past form the lexicon uses, shortest first."""
        if self.english is None:
            return None
        forms = sorted(self.english.irregular_forms(word) & self.vocabulary, key=lambda w: (len(w), w))
        return forms[0] if forms else None

    def _correct(self, word: str) -> str:
        group = self._by_letter.get(fold(word)[0])
        if not group:
            return word
        fw = fold(word)
        if fw in group:  # same after folding: "realy", "vomitting", "diarhea"
            return group[fw][0]
        n = len(word)
        if n == 4:
            for words in group.values():
                for cand in words:
                    if (
                        len(cand) == 4
                        and sorted(cand) == sorted(word)
                        and OSA.distance(cand, word) == 1
                    ):
                        return cand
            # one missing letter from a 5-letter word, same first two letters: "chst" -> "chest"
            hits = [
                cand
                for words in group.values()
                for cand in words
                if len(cand) == 5 and cand[:2] == word[:2] and Levenshtein.distance(cand, word) == 1
            ]
            return hits[0] if len(hits) == 1 else word
        maxd = _max_edits(n)
        results = process.extract(fw, list(group.keys()), scorer=OSA.distance, score_cutoff=maxd, limit=8)
        best: tuple[tuple[float, float], str] | None = None
        for folded, dist, _ in results:
            for cand in group[folded]:
                if len(cand) < 5:
                    continue
                if n <= 6 and len(fw) > len(folded):
                    continue  # an extra letter in a short word: "stick" is not "sick"
                if n <= 6 and dist == 1 and Levenshtein.distance(fw, folded) > 1 and len(fw) != len(folded):
                    continue
                if dist >= 2 and fuzz.ratio(word, cand) < 80:
                    continue  # two edits only for a close overall shape ("palpatations")
                key = (dist, -fuzz.ratio(word, cand))
                if best is None or key < best[0]:
                    best = (key, cand)
        return best[1] if best else word
