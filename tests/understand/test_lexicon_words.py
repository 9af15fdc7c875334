"""Lexicon hygiene: a term of one everyday word fires on ordinary text ("show me the services",
"boil the kettle", "a bite to eat"), so such words belong in longer terms or `near` patterns."""
from pathlib import Path

from bot.understand import load_lexicon
from bot.understand.common_words import WORDS

ROOT = Path(__file__).resolve().parents[2]
# one-word terms that are everyday words but, in a health message, almost always mean the finding
MEANT = {"anxious", "bloating", "flushes"}


def test_no_term_is_a_single_everyday_word():
    lexicon = load_lexicon(ROOT / "data" / "triage")
    loose = sorted((s.id, t) for s in lexicon.symptoms.values() for t in s.terms
                   if " " not in t.strip() and t.lower() in WORDS and t.lower() not in MEANT)
    assert loose == []


def test_no_lexicon_word_is_a_dropped_g_spelling_of_another():
    """The spelling correction reads "killin" as "killing" only while "killin" is not itself a
    lexicon word: writing the slang form into one finding stops it being read in every other."""
    lexicon = load_lexicon(ROOT / "data" / "triage")
    words = {w for s in lexicon.symptoms.values()
             for phrase in [*s.terms, *(str(t) for pattern in s.near for group in pattern for t in group)]
             for w in phrase.split()}
    dropped = sorted(w for w in words if w.endswith("in") and w + "g" in words and w.lower() not in WORDS)
    assert dropped == []


def test_no_lexicon_word_is_a_regular_ending_on_an_irregular_verb():
    """"stinged" is read as "stung" only while "stinged" is not itself a lexicon word (everyday
    regular pasts such as "spilled" are never corrected)."""
    from bot.understand.english import english_words

    english = english_words()
    lexicon = load_lexicon(ROOT / "data" / "triage")
    words = {w for s in lexicon.symptoms.values()
             for phrase in [*s.terms, *(str(t) for pattern in s.near for group in pattern for t in group)]
             for w in phrase.lower().split()}
    regular_too = {"dived", "leaned", "showed", "smelled", "spilled"}  # real pasts of verbs with a second, irregular one
    assert sorted(w for w in words if english.irregular_forms(w) and w not in WORDS | regular_too) == []
