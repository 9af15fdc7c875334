"""The patient's sex (bot.understand.sex) and who the patient is."""
import pytest


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
