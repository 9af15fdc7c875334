"""English words (WordNet 3.0, as spaCy's lookup tables ship it in spacy-lookups-data): a real word
is never taken for a misspelling of another ("crisps" is not "crisis", "armrest" is not "arrest"),
only for another form of itself ("curtains" may be read as "curtain")."""
from __future__ import annotations

from functools import lru_cache

from spacy.lookups import load_lookups
from spacy.strings import get_string_id

AUXILIARIES = {"be", "have", "do"}
_VOWELS = set("aeiou")  # their tables list present forms too ("was": "is", "had": "has")


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
        verb = get_string_id("verb")
        self._verb_forms: dict[str, set[str]] = {}
        for form, verb_lemmas in self._exc.get(verb, {}).items():
            for lemma in verb_lemmas:
                self._verb_forms.setdefault(lemma, set()).add(form)
        self._verb = verb

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
        return frozenset(found or self._y_adjective_stems(word))

    def _y_adjective_stems(self, word: str) -> set[str]:
        """An everyday adjective in -y made from a noun or verb, spelled as English makes them: a
        doubled consonant ("flappy" of "flap"), two consonants ("crampy" of "cramp") or a silent e
        ("pukey" of "puke"). After a vowel and one consonant it is more likely a misspelling ("flopy",
        "reely")."""
        if len(word) < 5 or not word.endswith("y"):
            return set()
        stem = word[:-1]
        if stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            stem = stem[:-1]
        elif stem[-1] in _VOWELS and stem[-1] != "e" or stem[-1] not in _VOWELS and stem[-2] in _VOWELS:
            return set()
        return {stem} if any(stem in self._index[pos] for pos in self._index) else set()

    def irregular_forms(self, word: str) -> frozenset[str]:
        """The real past forms of an irregular verb that `word` gives a regular -ed ending
        ("stinged": "stung"; "falled": "fell", "fallen"); empty for any other word, a real
        regular past ("swallowed") or one the tables also list as a word ("burned", "lied")."""
        if not word.endswith("ed") or any(word in words for words in self._index.values()):
            return frozenset()
        if any(word in table for table in self._exc.values()):
            return frozenset()
        verbs = {stem for old, new in self._rules[self._verb] if word.endswith(old)
                 and (stem := word[: len(word) - len(old)] + new) in self._index[self._verb]}
        if len(verbs) != 1:
            return frozenset()
        return frozenset(f for f in self._verb_forms.get(verbs.pop(), ()) if not f.endswith("ing"))

    def other_pasts(self, word: str) -> frozenset[str]:
        """When `word` is an irregular verb's past form, that verb's other past forms ("threw":
        "thrown"; "fallen": "fell"), so a phrase told in one past reads in the other; else empty."""
        verbs = [v for v in self._exc.get(self._verb, {}).get(word, ()) if v not in AUXILIARIES]
        forms = {form for verb in verbs for form in self._verb_forms.get(verb, ()) if not form.endswith("ing")}
        return frozenset(forms - {word}) if not word.endswith("ing") else frozenset()

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
