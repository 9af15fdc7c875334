"""The language of a message the lexicon cannot read, when it is confidently not English.

langid ships its model inside the package (nothing is downloaded). Short English with typos can
look like Italian or Spanish to it, so a Latin-script message counts as another language only when
few of its words are English ones the bot knows, langid is sure, and the language is one of the
communities' (LATIN_LANGUAGES); text in another script always counts. A red flag read in the
message keeps it English.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
MIN_PROBABILITY = 0.95
MAX_ENGLISH_SHARE = 0.4
# In Latin script, only languages of north Kent's communities that text-speak English is never
# mistaken for (langid takes "chst pn rdiatn 2 arm" for German, "ma dad cant breeve" for Spanish).
LATIN_LANGUAGES = frozenset({"pl", "ro", "lt", "lv", "sk", "cs", "hu"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


class LanguageDetector:
    def __init__(self, english_words: frozenset[str]):
        self.english_words = english_words

    def warm(self) -> None:
        """Load the model now (about 2 s) rather than at a patient's turn."""
        _identifier()

    def detect(self, text: str) -> str | None:
        """An ISO 639-1 code when the text is confidently in a language other than English."""
        # Latin words of one or two letters say little ("da" of "DA12 1AA"); other scripts split finely
        words = [w for w in WORD.findall(text.lower()) if len(w) > 2 or not LATIN.match(w)]
        if len(words) < 2:
            return None
        latin = sum(1 for w in words if LATIN.match(w))
        if latin == len(words):
            english = sum(1 for w in words if w in self.english_words)
            if english / len(words) >= MAX_ENGLISH_SHARE:
                return None
        code, probability = _identifier().classify(text)
        if code == "en" or (latin == len(words) and (probability < MIN_PROBABILITY or code not in LATIN_LANGUAGES)):
            return None
        return code
