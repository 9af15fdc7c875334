"""Numbers patients quote are read as findings, with the thresholds of data/triage/measurements.yml."""
import pytest

from bot.understand.measurements import Measurements
from bot.understand.text import tokenize


@pytest.fixture(scope="module")
def measurements(data_dir):
    return Measurements.load(data_dir / "triage" / "measurements.yml")


def read(measurements, text):
    return {(r.measure, f) for r in measurements.find([t.norm for t in tokenize(text)]) for f in r.present}


@pytest.mark.parametrize("text,expected", [
    ("temp of 39.5C", {("temperature", "fever"), ("temperature", "temperature_39_or_more")}),
    # the device named after the number, joined by "on" or "according to"
    ("about 140 on my fitbit", {("pulse", "pulse_very_fast"), ("pulse", "pulse_fast")}),
    ("she is 92 according to the oximeter", {("oxygen", "low_oxygen"), ("oxygen", "very_low_oxygen")}),
    ("checked under her arm, it says 38.3", {("temperature", "fever")}),  # where it was taken names it
    # a range: the higher end counts
    ("pulse has been between 128 and 140 all day", {("pulse", "pulse_very_fast"), ("pulse", "pulse_fast")}),
    # a range told with a dash (gone once normalised): the higher end counts, where a pair falls (164/98)
    ("my watch says my pulse is 44-48 all day", {("pulse", "pulse_slow"), ("pulse", "pulse_reading_normal")}),
    ("temp 37.8-38.4 since last night", {("temperature", "fever")}),
    ("ear thermometer says 35.6", {("temperature", "temperature_low")}),  # under 36: a sepsis sign
    ("blood ketones are 1.9", {("ketones", "ketones_raised")}),  # sick-day rules: 3.0 or more is DKA
    ("ketones 3.4 on the meter", {("ketones", "dka_signs")}),
    ("INR was 8.4 at the clinic", {("inr", "inr_problem")}),
    ("her machine is saying 2.1", {("blood_sugar", "hypo"), ("blood_sugar", "blood_sugar_problem")}),
    ("her machine is saying 164/98", {("blood_pressure", "high_bp")}),  # a pair is a blood pressure
    ("her temperature is 40.2", {("temperature", "fever"), ("temperature", "temperature_39_or_more"),
                                   ("temperature", "temperature_very_high")}),
    ("it said 102F", {("temperature", "fever")}),  # 38.9C
    ("thermometer says 34.2", {("temperature", "hypothermia")}),
    ("sats 92% on the finger monitor", {("oxygen", "very_low_oxygen"), ("oxygen", "low_oxygen")}),
    ("oxygen level 94", {("oxygen", "low_oxygen")}),
    ("bp 185/100", {("blood_pressure", "very_high_bp")}),
    ("blood pressure 150 over 95", {("blood_pressure", "high_bp")}),
    ("bp is 130/125", {("blood_pressure", "very_high_bp")}),
    ("blood pressure 82/50", {("blood_pressure", "low_bp")}),
    ("pulse 140bpm", {("pulse", "pulse_very_fast"), ("pulse", "pulse_fast")}),
    ("resting heart rate 124", {("pulse", "pulse_fast")}),
    ("heart rate is 35", {("pulse", "pulse_very_slow")}),
    ("sugar is 2.5", {("blood_sugar", "hypo"), ("blood_sugar", "blood_sugar_problem")}),
    ("bm 24 mmol", {("blood_sugar", "high_blood_sugar"), ("blood_sugar", "blood_sugar_problem")}),
    ("glucose 450", {("blood_sugar", "high_blood_sugar"), ("blood_sugar", "blood_sugar_problem")}),
    ("checked my sugar after tea, 12.4", {("blood_sugar", "blood_sugar_a_little_high")}),
    # a pair in a blood pressure's range needs no cue
    ("three goes ten minutes apart: 186/117, 184/119", {("blood_pressure", "very_high_bp")}),
    ("did it at the chemist on my lunch break, it came out 152 over 94", {("blood_pressure", "high_bp")}),
    # a reading in the healthy range is a finding too: the question "is that ok?" gets an answer
    ("pulse 72", {("pulse", "pulse_reading_normal")}),
    ("bp 120/80", {("blood_pressure", "bp_reading_normal")}),
    # a decimal in a temperature's range needs no cue; a count may follow the tablets it counts
    ("took it twice under the arm and then again and got 38.4 both times", {("temperature", "fever")}),
    ("she got into her nan's pills last night, about 20 we think", {("tablets", "overdose")}),
])
def test_readings_give_findings(measurements, text, expected):
    assert read(measurements, text) == expected


@pytest.mark.parametrize("text", [
    "I check my pulse about 50 times a day",  # how often, not a pulse of 50
    "I've needed paracetamol 15+ days a month",  # an open bound goes with its number: how often, not a count
])
def test_a_count_of_times_is_not_a_reading(measurements, text):
    assert read(measurements, text) == set()


@pytest.mark.parametrize("text", [
    "she is 39 and has a temperature", "bit of a temp, I'm 40", "90% sure it's nothing",
    "sats 98", "temp 37.1", "sugar 6.5", "my 40 year old son",
    "scored 10/10 in the quiz", "the appointment is on 12/10", "my sugar has been fine for 2 weeks",
    "we won 3 over 2 at the weekend", "every 24 hr", "lost 3 stone by the summer",
    "his bmi is 38.5", "she weighs 38.2 kilos", "took my tablets as usual at about 9 o clock",
    "took 2 paracetamol, maybe 10 minutes ago",
])
def test_other_numbers_give_no_finding(measurements, text):
    assert read(measurements, text) == set()


def test_the_last_reading_of_a_measure_counts(measurements):
    assert read(measurements, "temp was 36.9 this morning but temp now 39.4") == {("temperature", "fever"),
                                                                                ("temperature", "temperature_39_or_more")}


def test_a_reading_taken_again_follows_its_cue_after_then(measurements):
    assert read(measurements, "pulse 96, then 131 when she checked again") == {
        ("pulse", "pulse_very_fast"), ("pulse", "pulse_fast")}


def test_a_healthy_reading_does_not_cancel_an_earlier_raised_one(measurements):
    assert read(measurements, "his bp has been 150/96 most mornings, mine is 121/77") == {("blood_pressure", "high_bp")}
    assert read(measurements, "bp was 119/75 last week and 158/97 today") == {("blood_pressure", "high_bp")}


def test_each_number_belongs_to_its_nearest_cue(measurements):
    assert read(measurements, "heart rate 92 and sats 88 percent") == {
        ("pulse", "pulse_reading_normal"), ("oxygen", "very_low_oxygen"), ("oxygen", "low_oxygen")}


def test_a_normal_temperature_rules_fever_out(understander):
    fever = {f.symptom: f for f in understander.read("her temp is 36.8 and she is eating").findings}["fever"]
    assert fever.context == "negated" and not fever.present


@pytest.mark.parametrize("text", ["temp normal on my thermometer", "her temperature's back to normal now",
                                  "my temp was 39 last night, temp normal today", "temperature was fine this morning"])
def test_a_normal_temperature_told_in_words_rules_fever_out(understander, text):
    assert "fever" not in understander.read(text).present()


@pytest.mark.parametrize("text", ["temp higher than normal", "temp not normal for her", "temp normal yesterday, 38.9 now"])
def test_only_linking_words_join_a_temperature_to_normal(understander, text):
    assert "fever" in understander.read(text).present()


def test_a_normal_reading_later_in_the_sentence_rules_out_the_bare_word(understander):
    """"checked her temp 3 times today and it's 36.9-37.2": the number decides, not the word "temp"."""
    assert "fever" not in understander.read("I've checked her temp 3 times today and it's 36.9-37.2").present()
    assert "fever" in understander.read("she has had a temp since Monday. today it's 37.0").present()


def test_a_reading_is_about_the_person_described(understander):
    reading = understander.read("my dad's pulse is 145 and he's burning up")
    present = {f.symptom for f in reading.findings if f.present}
    assert {"pulse_very_fast", "fever"} <= present and reading.subject == "other"


@pytest.mark.parametrize("text,expected", [
    ("she is breathing 28 in one minute", {("breathing_rate", "breathing_rate_fast")}),
    ("resp rate 30", {("breathing_rate", "breathing_rate_fast")}),
    ("counted 18 breaths a minute", set()),
    ("I counted 30 breaths a minute", {("breathing_rate", "breathing_rate_fast")}),  # its unit over the pulse's cue
    ("breathing problems for 30 years", set()),  # a time, not a rate
])
def test_a_breathing_rate_is_read(measurements, text, expected):
    assert read(measurements, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("the redness is 15cm across", {("size_cm", "size_10cm_or_more"), ("size_cm", "size_5cm_or_more"),
                                    ("size_cm", "size_2cm_or_more")}),
    ("a lump about 6 cm", {("size_cm", "size_5cm_or_more"), ("size_cm", "size_2cm_or_more")}),
    ("swelling about 2 inches", {("size_inches", "size_5cm_or_more"), ("size_inches", "size_2cm_or_more")}),
    ("a 2cm cut", {("size_cm", "size_2cm_or_more")}),
    ("a 1cm cut", set()),
    ("15 minutes later", set()),  # no unit: no size
])
def test_a_size_is_read_by_its_unit(measurements, text, expected):
    assert read(measurements, text) == expected


def test_every_size_counts_not_only_the_last(measurements):
    """"A 12cm red patch round a 1cm bite": the larger size still counts (a temperature keeps only its last)."""
    assert ("size_cm", "size_10cm_or_more") in read(measurements, "a 12cm red patch round a 1cm bite")


@pytest.mark.parametrize("text,expected", [
    ("her pulse is only about 40", ("pulse", "pulse_very_slow")),
    ("his heart rate is around 125", ("pulse", "pulse_fast")),
    ("temp is roughly 39", ("temperature", "temperature_39_or_more")),
])
def test_a_hedged_reading_keeps_its_cue(measurements, text, expected):
    """"About", "around" and "roughly" also cue a count of tablets, which needs its unit; without the unit the
    earlier cue (pulse, temperature) holds."""
    assert expected in read(measurements, text)


def test_a_pulse_of_40_is_very_slow(measurements):
    """40 beats a minute or fewer scores 3 in NEWS2."""
    assert ("pulse", "pulse_very_slow") in read(measurements, "pulse 40")
    assert ("pulse", "pulse_very_slow") not in read(measurements, "pulse 52")


def test_a_count_told_as_of_them_is_tablets_only_after_a_medicine(measurements):
    """"20 of them" points back: tablets after "her sleeping pills", not after "mozzie bites"."""
    assert ("tablets", "overdose") in read(measurements, "she found her sleeping pills and took about 20 of them")
    assert ("tablets", "overdose") not in read(measurements, "covered in mozzie bites , maybe 20 of them")
    assert ("tablets", "overdose") in read(measurements, "i am on propranolol and took about 20 of them")


def test_a_reading_told_of_the_device_named_the_sentence_before(measurements):
    """"Bought a finger oximeter. It reads 90%": the device's reading; a percentage with no device is none."""
    assert ("oxygen", "very_low_oxygen") in read(measurements, "we bought a finger oximeter last week . it reads 90 % now")
    assert ("oxygen", "very_low_oxygen") not in read(measurements, "we bought a finger oximeter last week . i am 90 % sure")
    assert not read(measurements, "my phone battery reads 90 %")
