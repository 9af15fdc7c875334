"""Pregnancy and its weeks (bot.understand.pregnancy)."""
import pytest


@pytest.mark.parametrize(
    "text, pregnant, weeks",
    [
        ("I'm 32 weeks pregnant", True, 32.0),
        ("I'm pregnant", True, None),
        ("she is 20 weeks pregnant", True, 20.0),
        ("I'm not pregnant", False, None),
        ("I had my baby 5 weeks ago", False, None),
        ("I might be pregnant", None, None),
        ("I have a cough", None, None),
        # a simile of a swollen tummy is no pregnancy
        ("by teatime the bloating makes me look pregnant", None, None),
        ("my stomach looks about 5 months pregnant by the evening", None, None),
        # pregnancy as a topic is no pregnancy; what is said of the patient decides
        ("I've read this tablet is bad in pregnancy, and I'm not pregnant", False, None),
        ("we're planning a pregnancy next year", None, None),
        # "expecting" is a pregnancy; something expected is not
        ("we're expecting our second and I've got awful heartburn", True, None),
        ("my neck went stiff the next day, which I was expecting", None, None),
        ("I was expecting it to sting but not for this long", None, None),
    ],
)
def test_pregnancy(read, text, pregnant, weeks):
    r = read(text)
    assert r.pregnant is pregnant
    assert r.pregnancy_weeks == weeks


def test_pregnancy_not_for_a_boy(read):
    r = read("I'm pregnant and my son has a rash")
    assert r.pregnant is None and r.subject == "child"


@pytest.mark.parametrize("text,weeks", [("31 weeks. hands and feet itching at night", 31.0), ("28 wks pg, bad headache", 28.0),
                                        ("24 wks and bump feels tight", 24.0),
                                        ("6 weeks, cough that won't go", None)])
def test_a_gestation_opening_the_message_is_a_pregnancy(read, text, weeks):
    assert read(text).pregnancy_weeks == weeks


@pytest.mark.parametrize("text,weeks", [("Probably nothing but, 30 weeks and baby is quieter tonight", 30.0),
                                        ("34 wks, bump has gone quiet", 34.0),
                                        ("he has had a cough for 14 weeks and the baby has it too", None)])
def test_a_gestation_beside_the_baby_in_the_womb_is_a_pregnancy(read, text, weeks):
    reading = read(text)
    assert reading.pregnancy_weeks == weeks
    if weeks is not None:
        assert reading.duration_days is None or reading.duration_days < 1


def test_weeks_with_a_numbered_baby_are_a_pregnancy(read):
    assert read("31 weeks with number two, just the usual backache").pregnancy_weeks == 31.0


def test_a_late_gestation_beside_labours_words_is_a_pregnancy_not_a_duration(read):
    reading = read("waters went an hour ago at 38 wks, no contractions")
    assert reading.pregnancy_weeks == 38.0 and reading.duration_days != 266.0


@pytest.mark.parametrize("text", ["Did a pregnancy test yesterday and it was negative.",
                                  "did a negative pregnancy test this morning"])
def test_a_negative_test_rules_pregnancy_out(read, text):
    reading = read(text)
    assert reading.pregnant is False
    assert "possible_pregnancy" not in reading.present()


def test_a_positive_test_is_a_pregnancy(read):
    reading = read("pregnancy test yesterday was positive, now cramping")
    assert reading.pregnant is True and "possible_pregnancy" in reading.present()


def test_a_partners_weeks_are_her_pregnancy_and_a_babys_weeks_stay_an_age(read):
    """"My girlfriend's 31 weeks ... the baby": the weeks of her pregnancy, not a baby's age; "she's 7 weeks
    ... 38.2" may be a baby's age and stays one."""
    reading = read("my girlfriend's 31 weeks and says the baby has hardly moved today")
    assert reading.pregnant is True and reading.pregnancy_weeks == 31.0 and reading.age_years is None
    reading = read("she's 34 weeks with our second and her ankles have puffed up")
    assert reading.pregnant is True and reading.age_years is None
    reading = read("first baby, she's 7 weeks and felt hot, 38.2 under her arm")
    assert reading.subject == "child" and reading.age_years == 0.13 and reading.pregnant is None


def test_nobody_in_the_household_being_pregnant_is_no_pregnancy(read):
    """"No one in the house is pregnant": a denial with its place between, like "nobody is pregnant"."""
    assert read("I have spots on my tummy and back. no one in the house is pregnant").pregnant is False
    assert read("nobody at home is pregnant, it's just a rash").pregnant is False
    assert read("I have a rash and I'm pregnant, nobody at home knows yet").pregnant is True
