"""English words (WordNet 3.0, as spaCy's lookup tables ship it in spacy-lookups-data): a real word
is never taken for a misspelling of another ("crisps" is not "crisis", "armrest" is not "arrest"),
only for another form of itself ("curtains" may be read as "curtain")."""
from __future__ import annotations

from functools import lru_cache

from spacy.lookups import load_lookups


class EnglishWords:
    """The lemmas of an English word form, found as spaCy's rule lemmatizer finds them, for every
    part of speech at once: the exceptions table, then each suffix rule whose result is a lemma."""

    def __init__(self) -> None:
        lookups = load_lookups("en", ["lemma_index", "lemma_exc", "lemma_rules"])
        index = lookups.get_table("lemma_index")
        self._index = {pos: frozenset(w for w in words if "_" not in w) for pos, words in index.items()}
        self._exc = {pos: dict(table) for pos, table in lookups.get_table("lemma_exc").items()}
        rules = lookups.get_table("lemma_rules")
        self._rules = {pos: [(old, new) for old, new in rules.get(pos, []) if old] for pos in self._index}

    def lemmas(self, word: str) -> frozenset[str]:
        """Every lemma `word` can be a form of; empty when it is not an English word."""
        found: set[str] = set()
        for pos, lemmas in self._index.items():
            if word in lemmas:
                found.add(word)
            found.update(self._exc.get(pos, {}).get(word, ()))
            for old, new in self._rules[pos]:
                if word.endswith(old) and (stem := word[: len(word) - len(old)] + new) in lemmas:
                    found.add(stem)
        return frozenset(found)


    def same_word(self, word: str, other: str) -> bool:
        """True when `word` is a form of `other` ("curtains", "curtain"), or its adjective in -y
        ("achy" of "aches", "itchy" of "itching"; not the reverse: "sleeps" is not "sleepy")."""
        lemmas, others = self.lemmas(word), self.lemmas(other)
        if lemmas & others:
            return True
        return any(word in (lemma + "y", lemma[:-1] + "y", lemma + lemma[-1:] + "y") for lemma in others)


@lru_cache(maxsize=1)
def english_words() -> EnglishWords:
    """The one shared instance (the tables take a moment to load)."""
    return EnglishWords()
