"""Ages in patients' messages (bot.understand.age), and whose age it is."""
import pytest


@pytest.mark.parametrize(
    "text, age",
    [
        ("my 6 yr old has earache", 6.0),
        ("6yo with a cough", 6.0),
        ("she's six and has a rash", 6.0),
        ("my son is 18 months and has a temperature", 1.5),
        ("my 7 months old has a cough", 0.58),
        ("my baby is 7 months old", 0.58),
        ("I'm 34 and have a headache", 34.0),
        ("34 year old with chest pain", 34.0),
        ("I'm in my mid-forties", 45.0),
        ("a man in his 70s with a cough", 75.0),
        ("I'm in my 70s", 75.0),
        ("our newborn has a rash", 0.05),
        ("2 week old baby with a temperature", 0.04),
        ("my babby is 6 wiks, temprachur 38.3", 0.12),  # a phonetic spelling of weeks
        ("my dad is 80 and confused", 80.0),
        ("my grandson's 9, he's hurt his wrist", 9.0),
        ("She is 2, not 3", 2.0),
        # a full stop after the age ends the sentence; it is not a decimal point
        ("My nephew is 7. He has been sick twice", 7.0),
        ("im 52. chesty cough for a week", 52.0),
        ("he is 3.5 and coughing", 3.5),
        ("my little girl of 18 months has a rash", 1.5),
        # "turned" after a word or two: "only turned", "has just turned", "she's just turned"
        ("my son has only just turned 2 and has a rash", 2.0),
        ("she's just turned 4, spots round her mouth", 4.0),
    ],
)
def test_age(read, text, age):
    assert read(text).age_years == pytest.approx(age, abs=0.01)


def test_age_prefers_the_patient(read):
    assert read("I'm 34 and my son is 6, he has tonsillitis").age_years == 6.0
    assert read("my son (he's 6) has a rash, I'm 34").age_years == 6.0


def test_age_correction(read):
    assert read("my daughter's 5, sorry, she's 4, and she has a rash").age_years == 4.0
    assert read("he is 9, actually he's 10").age_years == 10.0


@pytest.mark.parametrize(
    "text",
    [
        "I'm 32 weeks pregnant",
        "took 30 paracetamol",
        "temperature of 39",
        "pain is 8 out of 10",
        "for 2 days",
        "his temperature is 38. 5 tonight",
        "I'm 3 days late for my period",
        "she is 2 weeks overdue",
        "he's 38.9 and says it hurts",
    ],
)
def test_not_an_age(read, text):
    assert read(text).age_years is None


@pytest.mark.parametrize("text,age,duration", [
    ("My daughter (19 months) had the remote on the rug with her", 1.58, None),
    ("one of our little ones (5 months) has had a cough since yesterday", 0.42, 1.0),
    ("my son, 3 years, has had a fever for 2 days", 3.0, 2.0),
    ("My daughter have 2 years and she cry when I touch her arm", 2.0, None),
])
def test_an_age_set_apart_is_never_a_duration(read, text, age, duration):
    reading = read(text)
    assert reading.age_years == age and reading.duration_days == duration


@pytest.mark.parametrize("text,age", [("10mo had diarrhoea since yesterday", 0.83), ("my 8mo has a rash", 0.67)])
def test_months_written_short_are_an_age(read, text, age):
    assert read(text).age_years == age


@pytest.mark.parametrize("text", ["my wife is 3 weeks into a new job and has had chest pain since lunch",
                                  "she is 6 weeks post op and the wound is red"])
def test_weeks_into_or_after_something_are_no_age(read, text):
    assert read(text).age_years is None


def test_under_an_age_is_just_under_it(read):
    """"She's under 1": a bound, read just under it."""
    assert read("the pharmacist said she's under 1 so he can't help").age_years < 1
