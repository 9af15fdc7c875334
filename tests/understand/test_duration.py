"""How long the problem has lasted (bot.understand.duration)."""
import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 22)  # as in conftest.py: a Sunday


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
        ("a Year 8 girl in food tech", None),  # a school year, not how long
        ("3 times a day", None),
        ("I counted 30 breaths a minute", None),  # a rate
        ("smoked 20 a day, a cough for the past 2 months", 60.0),  # a bare count before "a day" is a rate
        ("5 wet nappies a day, coughing for 3 days", 3.0),
        ("28 weeks. Normally she kicks after my tea", None),  # how far along a pregnancy is
        ("34 wks and he's been quiet", None),
        ("6 weeks of back pain", 42.0),
        ("my repeat is not due for 3 weeks", None),  # a time to come
        ("a route he has driven for 20 years", None),  # a habit, not the problem
        ("I've had this pain for 3 years", 1095.0),
        ("sore throat since Sat", 1.0),  # the short forms people type
        ("been ill since weds", 4.0),
        ("she turned 5 last week, sore throat since Saturday", 1.0),  # when the age changed is not the onset
        ("lost the pregnancy at 11 weeks, a fortnight ago", 14.0),  # how far along it was, then when
        ("grazed both knees. Had a tetanus jab a few years ago so that's fine", None),  # when a past event was
        ("I had a rash last year and now a cough for 3 days", 3.0),
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


def test_since_a_month_counts_from_the_middle_of_the_last_such_month(understander):
    december = dt.date(2026, 12, 1)
    assert understander.read("not slept properly since about March", today=december).duration_days == 261.0
    assert understander.read("this rash since november", today=december).duration_days == 16.0
    assert understander.read("knee pain since December", today=december).duration_days == 351.0  # last December


@pytest.mark.parametrize("text, days", [
    ("rash since Monday, today is Friday", 4.0),
    ("its thursday today and the cough started on tuesday", 2.0),
    ("sore throat since Monday, it's Friday night now", 6.0),  # a time of day, not the writer's today
])
def test_a_weekday_counts_back_from_the_writers_named_today(understander, text, days):
    sunday = dt.date(2026, 11, 29)
    assert understander.read(text, today=sunday).duration_days == days


def test_how_far_along_a_second_pregnancy_is_not_a_duration(understander):
    reading = understander.read("32 weeks with my 2nd, pain across my bump for about an hour")
    assert reading.duration_days == pytest.approx(1 / 24, abs=1e-3)


@pytest.mark.parametrize("text, days", [
    ("sick since about midnight", 0.5),
    ("since around teatime", 0.15),
    ("since roughly 2am", 0.3),
    ("since about breakfast", 0.3),
])
def test_a_time_of_day_hedged_or_by_the_clock_is_a_duration(read, text, days):
    assert read(text).duration_days == pytest.approx(days)


def test_how_long_one_episode_lasts_is_not_how_long_the_problem_has(read):
    reading = read("knees stiff in the morning for maybe 20 minutes, then better. This is more than 1 year")
    assert reading.duration_days == 365.0


def test_findings_told_with_different_durations_keep_their_own(read):
    """"A cough for a couple of days ... a mole that has changed over 3 months": each finding
    keeps the duration told in its own sentence; the message's duration is the first told."""
    r = read("I've had a cough for a couple of days, nothing much. What bothers me more is a mole on my arm "
             "that has got bigger over the last 3 months.")
    assert r.duration_days == 2
    assert r.finding_durations.get("cough") == 2
    assert r.finding_durations.get("mole_change") == 90


def test_one_duration_for_everything_is_not_split(read):
    assert read("cough and a runny nose for 3 days").finding_durations == {}


def test_a_duration_in_the_typists_aside_or_a_mixed_sentence_is_not_a_findings_own(read):
    """A sentence the typist sets aside ("for another day"), or one that tells two durations, gives
    no finding a duration of its own."""
    aside = read("Sore throat since yesterday. My knee has ached for months but that's for another day.")
    assert "joint_pain" not in aside.finding_durations
    mixed = read("tummy ache since this morning, had IBS for years. also a cough for 3 days")
    assert "ibs" not in mixed.finding_durations


def test_when_a_lasting_condition_was_diagnosed_is_not_how_long_this_has_lasted(read):
    """"Asthma diagnosed 4 years ago ... worse since Monday": the diagnosis dates the condition."""
    assert read("I was diagnosed with emphysema about 3 years ago and I'm no worse").duration_days is None
    assert read("diagnosed with asthma 4 years ago, chest tight for 2 days").duration_days == 2
    assert read("I was diagnosed with shingles 2 days ago").duration_days == 2  # a short one still counts


def test_when_a_jab_was_had_is_not_how_long_this_has_lasted(read):
    """"Tetanus booster 3 years ago": the jab is dated, not the cut told beside it."""
    assert read("cut my shin on a rake, I had a tetanus booster 3 years ago").duration_days is None
    assert read("my flu jab was 2 months ago and I've had a cough for 5 days").duration_days == 5


def test_a_time_told_of_a_trip_is_not_how_long_this_has_lasted(read):
    """"Back from Kenya 2 weeks ago, hot and shivery since yesterday": the trip is dated, not the illness; a time in
    another clause still counts."""
    assert read("back from a trip to Kenya 2 weeks ago, hot and shivery since yesterday").duration_days == 1
    assert read("just back from 3 months working in Spain and my knee is swollen").duration_days is None
    assert read("flew back from Spain, had diarrhoea for 3 days").duration_days == 3


def test_how_long_a_habit_has_gone_on_is_not_how_long_this_has(read):
    """"I've been doing night shifts the last 3 weeks ... headache since Monday": the habit's length
    is not the headache's."""
    assert read("I've been doing a lot of overtime (weekends too) the last couple of months. "
                "For about a week my hands have been numb").duration_days == 7


def test_the_writers_own_count_of_the_days_comes_first(read):
    """"since last Friday so today is day 5": the writer's count is how long it has lasted; a day of a
    course of tablets is not."""
    assert read("she has had a fever since Monday, so today is day 4 of it").duration_days == 4
    assert read("it is day 3 of the antibiotics and the cough is the same").duration_days != 3


def test_how_long_morning_stiffness_lasts_is_one_episode(read):
    """"Stiff first thing for about 20 mins ... for over a year": the 20 minutes is each morning's."""
    assert read("my hips are stiff first thing for about 15 minutes, it has been like this for over a year"
                ).duration_days == 365


def test_an_episode_told_after_its_length_is_one_episode(read):
    """"Stiff for 10 minutes when I get up": how long each morning's stiffness lasts, not how long the problem has."""
    assert read("my back is stiff for 10 minutes when I get up, then it eases off").duration_days is None
    assert read("my back has been stiff for 10 minutes and it's getting worse").duration_days is not None



def test_a_habits_years_are_not_the_illnesss(read):
    """"Smoked for 40 yrs", "been a nurse for 20 years": how long a habit or a job has lasted, not the illness."""
    assert read("he smoked for 40 years and has had a cough for 3 weeks").duration_days == 21.0
    assert read("I've been a nurse for 20 years and I have a rash").duration_days is None
    assert read("I've been a bit unwell for 3 days").duration_days == 3.0


def test_an_operation_years_ago_is_not_how_long_this_has_lasted(read):
    """"Had my knee replaced 3 years ago. For the last 4 days a fever": 4 days; an operation weeks ago still counts."""
    assert read("Had my knee replaced 3 years ago. For the last 4 days I've had a fever").duration_days == 4
    assert read("I had a hip replacement operation 2 weeks ago and now my calf is swollen").duration_days == 14


def test_how_long_something_takes_is_not_how_long_the_problem_has(read):
    """"Takes him an hour to settle ... for 3 weeks": 3 weeks; "for 2 hours" still counts."""
    assert read("it takes him about an hour to settle at night, it's been like this 3 weeks").duration_days == 21.0
    assert read("it took me 40 minutes to get my breath back and the cough has been going 5 days").duration_days == 5.0
    assert read("my chest has been tight for 2 hours").duration_days == round(2 / 24, 4)
