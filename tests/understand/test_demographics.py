"""Age, sex, subject, pregnancy, duration, postcode and service requests in free text."""
import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 22)  # as in conftest.py: a Sunday


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
        ("my dad is 80 and confused", 80.0),
        ("my grandson's 9, he's hurt his wrist", 9.0),
        ("She is 2, not 3", 2.0),
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
    ],
)
def test_not_an_age(read, text):
    assert read(text).age_years is None


@pytest.mark.parametrize(
    "text, sex",
    [
        ("my son has a rash", "male"),
        ("my husband has chest pain", "male"),
        ("my dad fell", "male"),
        ("he has a cough", "male"),
        ("my daughter has a rash", "female"),
        ("my wife is being sick", "female"),
        ("my mum is confused", "female"),
        ("her lips are blue", "female"),
        ("I'm pregnant and bleeding", "female"),
        ("my period is late and I have tummy pain", "female"),
        ("pain in my testicle", "male"),
        ("discharge from my penis", "male"),
        ("I'm a woman with a headache", "female"),
        ("I'm 45, male, chest pain", "male"),
        ("my 7 month old has a cough and is off her milk", "female"),
        ("I have a cough", None),
    ],
)
def test_sex(read, text, sex):
    assert read(text).sex == sex


def test_sex_is_the_patients_not_the_typists(read):
    assert read("I'm a woman and my son has a rash").sex == "male"
    assert read("I'm 30 weeks pregnant and my son has a cough").sex == "male"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("my 3 year old has a rash", "child"),
        ("my son has a rash", "child"),
        ("the little one has the runs", "child"),
        ("my son is 17 and has a cough", "other"),
        ("my dad has a cough", "other"),
        ("my neighbour has collapsed", "other"),
        ("I'm asking for my husband, he has a cough", "other"),
        ("I have a cough", "self"),
        ("I think I've got flu", "self"),
        ("I think my son has flu", "child"),
        ("toothache", None),
    ],
)
def test_subject(read, text, subject):
    assert read(text).subject == subject


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
    ],
)
def test_pregnancy(read, text, pregnant, weeks):
    r = read(text)
    assert r.pregnant is pregnant
    assert r.pregnancy_weeks == weeks


def test_pregnancy_not_for_a_boy(read):
    r = read("I'm pregnant and my son has a rash")
    assert r.pregnant is None and r.subject == "child"


@pytest.mark.parametrize(
    "text, days",
    [
        ("cough for 2 days", 2.0),
        ("headache since yesterday", 1.0),
        ("since Monday", 6.0),  # TODAY is a Sunday
        ("since Saturday", 1.0),
        ("for a fortnight", 14.0),
        ("for over a year", 365.0),
        ("for 4 weeks", 28.0),
        ("for a couple of months", 60.0),
        ("about an hour ago", 1 / 24),
        ("started 10 mins ago", 10 / 1440),
        ("since this morning", 0.3),
        ("since last night", 0.5),
        ("earache for 2 days and last night gunk came out", 2.0),
        ("Had a headache since yesterday after a really stressful week at work", 1.0),
        ("I have a cough", None),
        ("a 2 week old baby", None),
        ("3 times a day", None),
    ],
)
def test_duration(read, text, days):
    got = read(text).duration_days
    if days is None:
        assert got is None
    else:
        assert got == pytest.approx(days, rel=0.01)


def test_duration_today_is_injectable(understander):
    thursday = dt.date(2026, 11, 26)
    assert understander.read("since Monday", today=thursday).duration_days == 3.0
    assert understander.read("since Monday", today=TODAY).duration_days == 6.0


@pytest.mark.parametrize(
    "text, postcode",
    [
        ("I live in DA1 2AB", "DA1 2AB"),
        ("postcode da12ab", "DA1 2AB"),
        ("I'm in DA11", "DA11"),
        ("near me1 4bb please", "ME1 4BB"),
        ("nearest pharmacy to br8", "BR8"),
        ("I take vitamin B12", None),
        ("I have a cough", None),
    ],
)
def test_postcode(read, text, postcode):
    assert read(text).postcode == postcode


@pytest.mark.parametrize(
    "text, service",
    [
        ("where is the nearest pharmacy open now", "pharmacy"),
        ("is there a chemist open near me", "pharmacy"),
        ("I need an emergency dentist", "dentist"),
        ("how do I register with a GP", "gp_practice"),
        ("where is the nearest A&E", "emergency_department"),
        ("find me a walk in centre", "urgent_treatment_centre"),
        ("I need an eye test, where is an optician", "optometrist"),
        ("where's the sexual health clinic", "sexual_health"),
        ("number for the maternity unit", "maternity"),
        ("how do I contact the crisis team", "mental_health_crisis"),
        ("can I refer myself for talking therapies", "talking_therapies"),
        ("how do I see a podiatrist", "community_service"),
        ("pharmacy", "pharmacy"),
        ("my GP said to rest", None),
        ("should I go to A&E?", None),
        ("I have a cough", None),
    ],
)
def test_service_request(read, text, service):
    assert read(text).service_request == service
