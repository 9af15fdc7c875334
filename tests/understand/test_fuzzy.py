"""Spelling correction (rapidfuzz) and normalisation."""
import pytest

from bot.understand.fuzzy import FuzzyCorrector, fold
from bot.understand.text import normalise_phrase, tokenize


@pytest.mark.parametrize(
    "text, sid",
    [
        ("chset pian", "chest_pain"),
        ("cant breth", "severe_breathing_difficulty"),
        ("temprature of 39", "fever"),
        ("realy bad hedache", "headache"),
        ("ear infecshun", "earache"),
        ("it dosent fade when I press a glass on the rash", "non_blanching_rash"),
        ("diarhea for 3 days", "diarrhoea"),
        ("vomitting", "vomiting"),
        ("hes having a siezure", "seizure"),
        ("swolen lips and tounge", "face_swelling_allergy"),
        ("my chst is tight", "chest_pain"),
        ("coughing up blood in my flem", "coughing_blood"),  # "ph" said as "f": folded first letters agree
    ],
)
def test_misspellings(read, text, sid):
    assert sid in read(text).present()


def test_misspelt_cue_words(read):
    r = read("my daugter has a rash")
    assert r.sex == "female" and r.subject == "child"


@pytest.mark.parametrize(
    "text, absent_sid",
    [
        ("I could do with some advice", "cold_symptoms"),
        ("he got a stick in his hand", "nausea"),
        ("I need to fix my diet", "seizure"),
        ("but it is ok", "wound"),
        ("the couch is comfy", "cough"),
        ("I tied a string round it", "insect_bite"),
        ("our newborn isn't feeding well", "generally_unwell"),
        ("it hurts when I press the flappy bit in front of my ear", "drowsy"),
    ],
)
def test_no_false_corrections(read, text, absent_sid):
    assert absent_sid not in read(text).present()


def test_corrector_rules():
    fc = FuzzyCorrector(["chest", "pain", "breath", "sick", "cold", "temperature", "diarrhea"])
    assert fc.correct("chset") == "chest"
    assert fc.correct("pian") == "pain"
    assert fc.correct("breth") == "breath"
    assert fc.correct("temprature") == "temperature"
    assert fc.correct("stick") == "stick"  # common word, and an extra letter in a short word
    assert fc.correct("could") == "could"  # stop word
    assert fc.correct("fit") == "fit"  # too short
    assert fc.correct("xyzzy") == "xyzzy"


def test_an_everyday_y_adjective_of_an_english_word_is_a_word():
    from bot.understand.english import english_words

    english = english_words()
    assert english.lemmas("flappy") == {"flap"} and english.lemmas("crampy") == {"cramp"}
    assert english.lemmas("pukey") == {"puke"}
    assert english.lemmas("flopy") == english.lemmas("reely") == frozenset()  # misspellings
    fc = FuzzyCorrector(["floppy", "flap"], english=english)
    assert fc.correct("flappy") == "flappy"
    assert fc.correct("flopy") == "floppy"


def test_fold():
    assert fold("infecshun") == fold("infection")
    assert fold("diarhea") == fold("diarrhea")


def test_apostrophes_and_contractions():
    assert normalise_phrase("can't breathe") == ("cant", "breathe")
    assert normalise_phrase("cant breathe") == ("cant", "breathe")
    assert normalise_phrase("can not breathe") == ("cant", "breathe")
    assert normalise_phrase("cannot breathe") == ("cant", "breathe")
    assert normalise_phrase("can\u2019t breathe") == ("cant", "breathe")
    assert normalise_phrase("she's 6") == ("she", "is", "6")
    assert normalise_phrase("I'm fine") == ("i", "am", "fine")
    assert normalise_phrase("6yo") == ("6", "yo")
    assert normalise_phrase("light-headed") == ("light", "headed")
    assert normalise_phrase("idk if") == ("i", "dont", "know", "if")
    assert normalise_phrase("everyone wud be better off") == ("everyone", "would", "be", "better", "off")


def test_a_hedge_in_text_speak_does_not_make_what_follows_hypothetical(read):
    assert "excessive_thirst" in read("idk if this is anything but im constantly thirsty").present()


def test_offsets_point_into_the_original_text():
    text = "My chest can\u2019t   take it"
    for t in tokenize(text):
        assert text[t.start:t.end]


def test_finding_spans_are_original_text(read):
    text = "Honestly my ticker\u2019s RACING"
    f = read(text).finding("palpitations")
    assert text[f.start:f.end] == f.text == "ticker\u2019s RACING"


def test_curly_quotes_and_case(read):
    assert "severe_breathing_difficulty" in read("I CAN\u2019T BREATHE").present()


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("sliced my finger chopping onions", "severe_breathing_difficulty"),  # chopping ~ choking
        ("my ear feels muffled", "confusion"),  # muffled ~ muddled
        ("regular contractions every 5 minutes", "contraception_routine"),  # contractions ~ contraception
        ("the machine keeps bleeping", "severe_bleeding"),  # bleeping ~ bleeding
        ("sharp shooting pain in my leg", "pregnancy_bleeding"),  # shooting ~ spotting
        ("my face is dropping", "face_swelling"),
    ],
)
def test_everyday_words_are_not_corrected_into_symptoms(read, text, wrong):
    """Real words close to a lexicon word (common_words.py) must not become that word."""
    assert wrong not in read(text).present()


@pytest.fixture(scope="module")
def corrector():
    from bot import assembly

    return assembly.understander().corrector


@pytest.mark.parametrize("word", ["crisps", "armrest", "scaffold", "situations", "route", "tastes", "pens",
                                  "hunting", "shallow", "grumbling", "underwater", "engaged", "blink", "scabbed"])
def test_real_english_words_are_never_corrected_into_other_words(corrector, word):
    assert corrector.correct(word) == word


@pytest.mark.parametrize("typo, word", [("temprature", "temperature"), ("infecshun", "infection"),
                                        ("hedache", "headache"), ("breathin", "breathing")])
def test_misspellings_that_are_not_words_are_still_corrected(corrector, typo, word):
    assert corrector.correct(typo) == word


def test_a_real_word_may_become_another_form_of_itself():
    from bot.understand.english import english_words

    words = english_words()
    assert words.same_word("curtains", "curtain") and words.same_word("achy", "aches")
    assert not words.same_word("sleeps", "sleepy") and not words.same_word("crisps", "crisis")
    assert words.lemmas("qwzx") == frozenset()


def test_a_regular_ending_on_an_irregular_verb_is_read_as_its_past():
    from bot.understand.english import english_words

    words = english_words()
    assert words.irregular_forms("stinged") == {"stung"}
    assert words.irregular_forms("falled") == {"fell", "fallen"}
    # a real regular past, or one the tables list as a word, is left alone
    assert words.irregular_forms("swallowed") == frozenset()
    assert words.irregular_forms("burned") == frozenset()
    assert words.irregular_forms("lied") == frozenset()


@pytest.mark.parametrize("text, sid", [("I was stinged by a wasp", "insect_bite"),
                                       ("the dog bited my son on the hand", "animal_bite")])
def test_regularised_pasts_are_read(read, text, sid):
    assert sid in read(text).present()


def test_a_real_word_of_its_own_is_kept_but_a_form_of_a_known_word_is_not(understander):
    """'stranger' is a word of its own, not the comparative of 'strange'; 'ketone' is a form of
    the lexicon's 'ketones' and is still read as it."""
    corrector = understander.corrector
    assert corrector.correct("stranger") == "stranger"
    assert corrector.correct("ketone") == corrector.correct("ketones")


def test_a_plural_typed_as_the_singular_plus_s(read):
    """"babys", "nappys": -ies told as -ys is the same word."""
    assert "dehydration" in {f.symptom for f in read("fewer wet nappys than usual").findings if f.present}


def test_text_speak_joiners_and_pronouns_are_their_words():
    """"clear n stretchy", "r u ok", "cough & cold", "thru the night": the words they stand for."""
    assert [t.norm for t in tokenize("clear n stretchy & thru the nite r u ok tho")] == [
        "clear", "and", "stretchy", "and", "through", "the", "night", "are", "you", "ok", "though"]


def test_an_ordinal_in_figures_is_one_word():
    """"2nd", "3RD", "18th": one word, as a lexicon term writes it; a decimal stays a number."""
    assert [t.norm for t in tokenize("my 2nd baby, 3RD time, 18th, 2.5")] == [
        "my", "2nd", "baby", ",", "3rd", "time", ",", "18th", ",", "2.5"]
