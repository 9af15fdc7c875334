"""Loading and validating the symptom lexicon."""
import shutil
from pathlib import Path

import pytest

from bot.understand import LexiconError, Understander, load_lexicon

ROOT = Path(__file__).resolve().parents[2]


def test_real_lexicon_loads():
    lex = load_lexicon(ROOT / "data" / "triage")
    assert "chest_pain" in lex.symptoms
    assert lex.red_flags
    for sym in lex.symptoms.values():
        for target in sym.implies:
            assert target in lex.symptoms


def _write(tmp_path, body):
    d = tmp_path / "triage"
    (d / "schema").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "triage" / "schema" / "symptoms.schema.json", d / "schema")
    (d / "symptoms.yml").write_text(body)
    return d


def test_bad_yaml_names_file_and_line(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: a\n    label: [unclosed\n")
    with pytest.raises(LexiconError) as exc:
        load_lexicon(d)
    assert "symptoms.yml:" in str(exc.value)


def test_schema_error_names_the_line(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: cough\n    label: cough\n    terms: [cough]\n"
                         "  - id: Bad-Id\n    label: x\n    terms: [x]\n")
    with pytest.raises(LexiconError) as exc:
        load_lexicon(d)
    assert exc.value.line == 6
    assert str(exc.value).startswith(str(d / "symptoms.yml") + ":6:")


def test_unknown_implies_and_duplicates(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: a\n    label: a\n    terms: [a]\n    implies: [zzz]\n")
    with pytest.raises(LexiconError, match="unknown finding 'zzz'"):
        load_lexicon(d)
    d2 = _write(tmp_path / "2", "version: 1\nsymptoms:\n  - id: a\n    label: a\n    terms: [a]\n"
                                "  - id: a\n    label: a\n    terms: [b]\n")
    with pytest.raises(LexiconError, match="duplicate"):
        load_lexicon(d2)


def test_missing_file(tmp_path):
    with pytest.raises(LexiconError):
        Understander.load(tmp_path)


def test_small_lexicon_works(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: cough\n    label: cough\n    terms: [cough, coughing]\n"
                         "  - id: sore_throat\n    label: sore throat\n    near:\n      - [[throat], [sore, hurts]]\n")
    u = Understander.load(d)
    r = u.read("my throat hurts and I'm not coughing")
    assert r.present() == {"sore_throat"} and r.absent() == {"cough"}


FAINT = "  - id: faint\n    label: faint\n    terms: [blacked out]\n    near:\n      - [[went over], [out cold]]\n"


def test_a_word_group_may_name_another_finding_read_in_the_same_sentence(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n" + FAINT
               + "  - id: faint_exercising\n    label: x\n    near:\n      - [[{finding: faint}], [exercise bike, running]]\n")
    u = Understander.load(d)
    assert "faint_exercising" in u.read("on his exercise bike he went over, out cold").present()  # faint's near match
    assert "faint_exercising" in u.read("blacked out while running").present()  # faint's term
    assert "faint_exercising" not in u.read("I went running. Then I blacked out at home").present()


def test_a_named_finding_must_exist_and_not_name_another(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: a\n    label: a\n    near: [[[{finding: zzz}], [b]]]\n")
    with pytest.raises(LexiconError, match="unknown finding 'zzz'"):
        load_lexicon(d)
    d2 = _write(tmp_path / "2", "version: 1\nsymptoms:\n" + FAINT
                + "  - id: b\n    label: b\n    near: [[[{finding: faint}], [x]]]\n"
                + "  - id: c\n    label: c\n    near: [[[{finding: b}], [y]]]\n")
    with pytest.raises(LexiconError, match="itself names a finding"):
        load_lexicon(d2)


def test_an_ongoing_condition_told_in_the_past_is_still_the_patients(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n"
                         "  - id: heart\n    label: heart\n    ongoing: true\n    terms: [had a stent]\n"
                         "  - id: rash\n    label: rash\n    terms: [rash]\n")
    r = Understander.load(d).read("he had a stent put in a few years ago, and a rash a few years ago")
    assert r.context_of("heart") == "affirmed" and r.context_of("rash") == "historical"


def test_a_word_group_reads_a_phrasal_verb_in_its_other_past(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n"
                         "  - id: green\n    label: green\n    near:\n      - [[threw up], [green]]\n"
                         "  - id: sunken\n    label: sunken\n    near:\n      - [[eyes], [gone in]]\n")
    u = Understander.load(d)
    assert "green" in u.read("he has thrown up and it was green").present()
    assert "sunken" not in u.read("a bit of metal went in my eyes").present()  # "gone in" is a state, "went in" an event


def test_phrasings_extend_a_finding_defined_in_another_file(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: cough\n    label: cough\n    terms: [cough]\n")
    (d / "symptoms").mkdir()
    (d / "symptoms" / "chest.yml").write_text(
        "version: 1\nphrasings:\n  - id: cough\n    terms: [hacking away]\n    near: [[[chest], [rattly]]]\n")
    cough = load_lexicon(d).symptoms["cough"]
    assert cough.terms == ("cough", "hacking away")
    assert cough.near == ((("chest",), ("rattly",)),)
    assert "cough" in {f.symptom for f in Understander(load_lexicon(d)).read("been hacking away all night").findings}


def test_phrasings_for_an_unknown_finding_name_the_line(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n  - id: cough\n    label: cough\n    terms: [cough]\n")
    (d / "symptoms").mkdir()
    (d / "symptoms" / "chest.yml").write_text("version: 1\nphrasings:\n  - id: wheeze\n    terms: [whistly]\n")
    with pytest.raises(LexiconError, match="unknown finding 'wheeze'") as exc:
        load_lexicon(d)
    assert exc.value.line == 3


def test_a_near_match_made_only_of_other_findings_terms_keeps_those_terms(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n"
                         "  - id: drug\n    label: drug\n    terms: [cocaine]\n"
                         "  - id: paranoia\n    label: paranoia\n    terms: [paranoid]\n"
                         "  - id: drug_psychosis\n    label: both\n    near: [[[cocaine], [paranoid]]]\n")
    found = {f.symptom for f in Understander(load_lexicon(d)).read("he took cocaine and is paranoid").findings}
    assert {"drug", "paranoia"} <= found


def test_a_near_match_does_not_join_words_inside_and_outside_brackets(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n"
                         "  - id: pill_bleed\n    label: bleeding on the pill\n    near: [[[the pill], [bleeding]]]\n")
    u = Understander(load_lexicon(d))
    assert "pill_bleed" not in u.read("period pain (she is on the pill), bleeding a normal amount").present()
    assert "pill_bleed" in u.read("she is on the pill and bleeding between periods").present()


def test_a_finding_said_of_it_is_what_it_refers_back_to_or_nothing(read):
    eye = {f.symptom for f in read("my left eye is sore and watering, now it's gone really red").findings if f.present}
    alone = {f.symptom for f in read("it's gone really red").findings if f.present}
    assert "red_eye" in eye and "red_it" not in eye and alone == set()


def test_it_refers_back_to_a_thing_said_to_be_fine_before(read):
    """"The wound was fine, but ... it's leaking pus": the wound denied earlier is still what "it" is."""
    found = read("the wound was fine but since yesterday it is leaking yellow gunk that smells").present()
    assert "infected_wound_signs" in found and "sputum_change" not in found


def test_apart_breaks_a_near_match_only_as_apart_from(read):
    """"Ten minutes apart" is a time between doses; "apart from" opens an exception."""
    spray = {f.symptom for f in read("used the spray twice ten minutes apart and the pain is still there").findings if f.present}
    assert "angina_not_relieved" in spray


@pytest.mark.parametrize("text, upset_only", [
    ("a harsh noise when he breathes in when he cries, and he is quiet when calm", True),
    ("a harsh noise when he breathes in, but only when he cries", True),  # "but only" restricts, it does not contrast
    ("a harsh noise when he breathes in, worse when he cries", False),  # there at rest too
])
def test_a_noise_breathing_in_only_when_crying_is_told_apart(read, text, upset_only):
    found = read(text).present()
    assert "stridor" in found and ("stridor_when_upset" in found) == upset_only


def test_the_word_after_a_near_match_voids_it_past_an_article(read):
    """"bitten by a horsefly": the insect, not a person, is the biter."""
    found = read("my lad got bitten by a horsefly at the campsite").present()
    assert "insect_bite" in found and "animal_bite" not in found


def test_even_though_does_not_break_a_near_match(read):
    """"Still bleeding even though we've been pressing hard": one thing told with a concession."""
    assert "severe_bleeding" in read("the cut is still bleeding even though we've been pressing hard on it").present()


def test_a_near_pattern_may_have_its_own_span(tmp_path):
    d = _write(tmp_path, "version: 1\nsymptoms:\n"
                         "  - id: spread\n    label: spread\n    near:\n"
                         "      - [[jaw], [ache]]\n"
                         "      - within: 20\n        groups: [[pain], [into my jaw]]\n")
    spread = load_lexicon(d).symptoms["spread"]
    assert spread.near_windows == (None, 20)
    u = Understander.load(d)
    assert "spread" in u.read("a pain in the middle of my chest at work and now it has gone into my jaw").present()
    # the first pattern keeps the default span
    assert "spread" in u.read("my jaw has started to ache").present()
    assert "spread" not in u.read("my jaw was fine this morning when I went out to the shops in town now I ache").present()


def test_a_near_pattern_may_span_two_sentences(tmp_path):
    """What happened told in one sentence and what it did in the next: only a pattern that says so."""
    d = _write(tmp_path, "version: 1\nsymptoms:\n"
                         "  - id: frozen\n    label: frozen\n    near:\n"
                         "      - [[snow], [fingers hard]]\n"
                         "      - within: 20\n        sentences: 2\n        groups: [[frost], [toes hard]]\n")
    u = Understander.load(d)
    assert "frozen" in u.read("I was out in the frost all night. Now my toes hard and numb.").present()
    assert "frozen" not in u.read("I was out in the snow all night. Now my fingers hard and numb.").present()
    assert "frozen" in u.read("out in the snow all night and my fingers hard and numb").present()
    # no further than the next sentence
    assert "frozen" not in u.read("There was frost. It was late. My toes hard.").present()
