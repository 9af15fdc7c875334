"""Negation and context (ConText-style rules over negspacy cues)."""
import pytest


def ctx(reading, sid):
    f = reading.finding(sid)
    return f.context if f else None


@pytest.mark.parametrize(
    "text, sid",
    [
        ("no chest pain", "chest_pain"),
        ("I'm not short of breath", "breathless"),
        ("she isn't wheezing", "wheeze"),
        ("he hasn't been sick", "vomiting"),
        ("I haven't got a temperature", "fever"),
        ("a cough without any temperature", "fever"),
        ("patient denies chest pain", "chest_pain"),
        ("No blood and I'm not short of breath", "breathless"),
        ("never had a seizure", "seizure"),
        ("I don\u2019t feel sick", "nausea"),
    ],
)
def test_negated(read, text, sid):
    r = read(text)
    assert ctx(r, sid) == "negated"
    assert sid in r.absent() and sid not in r.present()


def test_list_after_one_no(read):
    r = read("No stiff neck, no rash, no problems with my eyesight")
    assert {"stiff_neck", "rash", "eye_symptom"} <= r.absent()
    r = read("no fever, cough or sore throat")
    assert {"fever", "cough", "sore_throat"} <= r.absent()


@pytest.mark.parametrize(
    "text, negated, affirmed",
    [
        ("no fever but he has a rash", "fever", "rash"),
        ("no cough however I do have a sore throat", "cough", "sore_throat"),
        ("not dizzy although I have a headache", "dizzy", "headache"),
        ("no chest pain, just a cough", "chest_pain", "cough"),
        ("no rash and his neck is stiff", "rash", "stiff_neck"),
    ],
)
def test_termination(read, text, negated, affirmed):
    r = read(text)
    assert negated in r.absent()
    assert affirmed in r.present()


@pytest.mark.parametrize(
    "text, sid",
    [
        ("I can't breathe", "severe_breathing_difficulty"),
        ("my inhaler isn't helping", "asthma_severe"),
        ("the rash doesn't go away when I press a glass on it", "non_blanching_rash"),
        ("no better after 3 days, still a sore throat", "sore_throat"),
        ("not only a cough, I've got chest pain too", "chest_pain"),
        ("she's not drinking and not weeing", "dehydration"),
        ("he is not breathing", "unconscious"),
        ("it is not going away, my headache", "headache"),
    ],
)
def test_pseudo_negations_are_symptoms(read, text, sid):
    assert sid in read(text).present()


def test_cue_inside_a_symptom_does_not_negate_the_next_one(read):
    r = read("the rash doesn't fade under a glass and she has a temperature")
    assert {"non_blanching_rash", "fever"} <= r.present()


def test_blanching_rash_is_not_non_blanching(read):
    r = read("the rash fades when I press a glass on it")
    assert "rash" in r.present()
    assert "non_blanching_rash" not in r.present()


def test_a_denied_amount_between_the_parts_qualifies_the_amount(read):
    r = read("13 weeks pregnant, some blood, not loads, a bit in my knickers")
    assert "pregnancy_bleeding" in r.present()
    assert "severe_bleeding" not in r.present()
    assert "severe_bleeding" not in read("there was blood, not loads").present()


def test_not_even_repeats_the_findings_own_denial(read):
    assert "swallow_saliva_difficulty" in read("he refuses to swallow a thing, not even his spit").present()
    assert "drooling" in read("no drooling, not even with a sore throat").absent()


def test_did_not_come_on_suddenly(read):
    r = read("it didn't come on suddenly, it's a mild headache")
    assert r.present() == {"headache"}


@pytest.mark.parametrize(
    "text, sid",
    [
        ("I had a rash last year", "rash"),
        ("history of gallstones", "gallstone_pain"),
        ("I used to get heartburn", "heartburn"),
        ("the cough went away", "cough"),
        ("I had chest pain years ago", "chest_pain"),
    ],
)
def test_historical(read, text, sid):
    r = read(text)
    assert ctx(r, sid) == "historical"
    assert sid not in r.present()


def test_over_the_last_year_is_a_duration_not_history(read):
    """'over the last year' says how long it has lasted; 'last year' alone is in the past."""
    assert "hearing_problem" in read("his hearing has got worse over the last year").present()
    assert "cough" in read("I've had a cough on and off for the past year").present()
    assert "rash" not in read("I had a rash last year").present()
    # "since ... last year": when something still going on began
    assert "cough" in read("a cough since starting the new tablets last year").present()
    assert "ibd" in read("crohns since 2019, flaring up now").present()


@pytest.mark.parametrize(
    "text, sid",
    [
        ("if I get chest pain what should I do", "chest_pain"),
        ("what should I do if he has a seizure", "seizure"),
        ("should I worry about a stiff neck", "stiff_neck"),
        ("in case she gets a fever, how much calpol can I give", "fever"),
    ],
)
def test_hypothetical(read, text, sid):
    r = read(text)
    assert ctx(r, sid) == "hypothetical"
    assert sid not in r.present()


@pytest.mark.parametrize("text, sid, present", [
    ("what are the signs of a chest infection", "chest_infection", False),
    ("I've got all the signs of a urine infection", "uti_symptoms", True),
    ("she's showing signs of a chest infection", "chest_infection", True),
])
def test_signs_of_is_hypothetical_unless_someone_has_them(read, text, sid, present):
    assert (sid in read(text).present()) is present


def test_i_suppose_opens_an_aside_not_a_hypothetical(read):
    """"I suppose I should mention ..." tells what happened; "suppose I took ..." asks what if."""
    assert "overdose" in read("I suppose I should mention I took 20 paracetamol last night").present()
    assert "overdose" not in read("suppose I took 20 paracetamol, what would happen").present()


@pytest.mark.parametrize("text, sid", [
    ("I asked her about wanting to die and she said no", "suicidal_thoughts"),
    ("I checked his temperature, it's normal", "fever"),
])
def test_what_was_asked_about_is_denied_by_the_answer_in_the_next_clause(read, text, sid):
    assert ctx(read(text), sid) == "negated"


def test_an_answer_denies_only_what_was_asked_about(read):
    assert "chest_pain" in read("she has chest pain and she said no to the ambulance").present()


def test_missing_safety_kit_denies_nothing_that_follows(read):
    assert "head_injury" in read("fell off my bike, no helmet, whacked my head on the kerb").present()


def test_the_rest_ends_a_denial(read):
    assert "blisters" in read("they don't hurt at all, the rest is red and blistered").present()


def test_if_scope_stops_at_the_main_clause(read):
    assert "severe_breathing_difficulty" in read("if I lie down I can't breathe").present()
    assert "chest_pain" in read("it feels as if I have chest pain").present()


def test_other_person(read):
    r = read("my dad had a heart attack, I have chest pain since Monday")
    assert ctx(r, "cardiac_chest_pain") == "other_person"
    assert "chest_pain" in r.present()
    assert r.subject == "self"
    r = read("my mum has asthma and I've got a bad cough")
    assert ctx(r, "asthma") == "other_person"
    assert r.present() == {"cough"}
    r = read("family history of heart problems, I get palpitations")
    assert "palpitations" in r.present()


def test_symptoms_of_the_person_typed_about_are_affirmed(read):
    r = read("my dad has crushing chest pain")
    assert "cardiac_chest_pain" in r.present()
    assert r.subject == "other"


def test_one_finding_per_id_affirmed_wins(read):
    r = read("no headache yesterday but today I have a headache")
    assert [f.symptom for f in r.findings].count("headache") == 1
    assert "headache" in r.present()


def test_negating_a_general_finding_rules_out_the_specific_ones(read):
    r = read("no chest pain")
    assert "cardiac_chest_pain" in r.absent()
    r = read("no crushing chest pain")
    assert "cardiac_chest_pain" in r.absent()
    assert "chest_pain" not in r.present()


@pytest.mark.parametrize(
    "text, sid",
    [
        ("my baby boy has a temperature and now he is really floppy", "drowsy"),
        ("my teenage daughter has been vomiting and now we cant wake her properly", "unconscious"),
        ("my toddler son has a rash and now he is floppy", "drowsy"),
    ],
)
def test_baby_boy_is_one_person(read, text, sid):
    """'baby boy', 'teenage daughter': one patient, so a later red flag about 'him/her' is the
    patient's, not someone else's."""
    r = read(text)
    assert ctx(r, sid) == "affirmed" and r.subject == "child"


def test_mums_without_apostrophe_is_the_patient(read):
    """"my mums 88 ... she's confused": mum is the patient, so her confusion is hers."""
    r = read("my mums 88 and has a really high temp, she's breathing fast and is confused today")
    assert ctx(r, "confusion") == "affirmed" and ctx(r, "fever") == "affirmed"
    assert r.subject == "other" and r.age_years == 88


def test_cutting_the_grass_is_not_a_cut(read):
    r = read("sneezing and itchy eyes every time I cut the grass")
    assert "wound" not in r.present() and "hay_fever" in r.present()
    assert "wound" in read("I cut my finger on a tin").present()


def test_cold_hands_are_not_a_cold(read):
    """Cold hands and feet (a sign of poor circulation with a fever) are read, and are not a cold."""
    r = read("she has a temperature and her hands and feet are cold")
    assert "cold_extremities" in r.present() and "cold_symptoms" not in r.present()
    assert "cold_symptoms" not in read("the room is cold").present()


@pytest.mark.parametrize("text, sid", [
    ("was drilling without safety glasses and a bit of metal flew into my eye", "eye_penetrating_injury"),
    ("went out without a coat and now I've got a bad cough", "cough"),
])
def test_without_reaches_only_the_next_few_words(read, text, sid):
    assert ctx(read(text), sid) == "affirmed"


@pytest.mark.parametrize("text, sid", [("without warning I got chest pain", "chest_pain"),
                                       ("can't get up without help and my knee is really swollen", "limb_injury")])
def test_without_warning_or_help_is_not_a_negation(read, text, sid):
    f = read(text).finding(sid)
    assert f is not None and f.context != "negated"


def test_without_still_denies_what_follows_it(read):
    assert ctx(read("a rash without any pain or swelling"), "rash") == "affirmed"
    assert ctx(read("headache without being sick"), "vomiting") == "negated"


def test_and_then_a_verb_starts_a_new_clause_that_a_negation_does_not_reach(read):
    assert ctx(read("he hasn't slept for three nights and is saying odd things"), "confusion") == "affirmed"


@pytest.mark.parametrize("text, sid", [("she had a temperature and has gone floppy", "fever"),
                                       ("he is on olanzapine and has gone stiff", "takes_antipsychotic")])
def test_gone_plus_a_new_state_is_not_a_sign_that_something_is_over(read, text, sid):
    assert ctx(read(text), sid) == "affirmed"


def test_gone_away_still_means_over(read):
    assert ctx(read("the rash on his legs has gone away now"), "rash") == "historical"


def test_a_hedged_denial_does_not_deny_what_comes_after_more_like(read):
    r = read("not a chest pain exactly, more a heavy ache spreading into my jaw and left arm")
    assert "cardiac_chest_pain" in r.present()


def test_a_near_match_does_not_reach_back_over_a_denial_in_an_earlier_clause(read):
    r = read("no burning or stinging, no blood, no fever, my wee doesn't smell")
    assert "blood_in_urine" not in r.present()
    assert "blood_in_urine" in read("there's blood, and my wee is red").present()


def test_a_denial_with_its_own_subject_does_not_reach_back(read):
    r = read("she had the baby 10 days ago and the first week was fine")
    assert "postnatal" in r.present()


def test_a_reading_is_not_denied_by_a_denial_before_it(read):
    r = read("can't keep anything down, not even water, blood ketones are 3.4")
    assert "dka_signs" in r.present()


def test_and_the_bump_feels_starts_a_clause_of_its_own(read):
    r = read("the pain is constant, not coming and going, and the bump feels rock hard")
    assert "abruption_signs" in r.present()


@pytest.mark.parametrize("text,finding", [
    ("apart from a dull headache he's fine", "headache"),
    ("other than a sore throat she seems ok", "sore_throat"),
])
def test_what_is_named_as_the_exception_is_not_denied_by_the_rest_being_fine(read, text, finding):
    assert finding in {f.symptom for f in read(text).findings if f.present}


def test_nobody_denies_a_blow_but_not_what_nobody_can_do(read):
    assert "eye_injury" in {f.symptom for f in read("nobody hit her eye, it's just sticky").findings if f.context == "negated"}
    assert "unconscious" not in {f.symptom for f in read("nobody can wake him").findings if f.context == "negated"}


def test_not_remembering_a_collapse_does_not_deny_what_follows(read):
    assert "unconscious" in read("I don't actually remember falling, a man said I was out cold for a few seconds").present()


@pytest.mark.parametrize("text, sid", [("I've not felt dizzy or sick", "dizzy"), ("I have not felt dizzy", "dizzy")])
def test_not_felt_negates_what_follows(read, text, sid):
    assert ctx(read(text), sid) == "negated"


def test_not_felt_the_baby_move_is_still_reduced_movements(read):
    assert "reduced_fetal_movements" in read("I've not felt the baby moving since this morning").present()


@pytest.mark.parametrize("text, finding", [
    ("she doesn't see the point and everyone would be better off without her", "suicidal_lay"),
    ("he hasn't been sleeping and everything hurts in his chest", "chest_pain"),
])
def test_a_negation_ends_where_a_new_subject_starts_after_and(read, text, finding):
    """"Doesn't see the point ... and everyone would be better off without him": the denial is of the
    first clause only; an indefinite subject (everyone, everything, nobody) starts a clause of its own."""
    assert finding in read(text).present()


@pytest.mark.parametrize("text, finding", [
    ("didn't switch the power off first, got a nasty shock off the socket", "electric_shock"),
    ("hasn't had a temperature, has been coughing all night", "cough"),
])
def test_a_negation_ends_at_a_comma_before_a_verb_of_its_own(read, text, finding):
    """", got a shock": a comma then a verb starts a predicate of its own, which the denial before
    it does not reach."""
    assert finding in read(text).present()


def test_a_comma_closing_a_who_aside_keeps_its_subject(read):
    """"her brother, who is 2 weeks old, has spots": the verb after the aside is the brother's."""
    r = read("my eldest has chickenpox and her little brother, who is 3 weeks old, has spots coming up")
    assert r.subject == "child" and r.age_years is not None and r.age_years < 0.1


def test_a_comparison_with_a_past_time_is_not_past(read):
    """"bigger than last summer": a change told against then is now, not history."""
    assert "mole_change" in read("the mole on my arm looks bigger than last summer").present()


def test_if_she_moves_tells_when_it_hurts_not_a_what_if(read):
    """"it hurts all over her tummy if she moves or coughs": pain now, on moving, not a hypothetical."""
    assert "pain_on_movement" in read("his tummy hurts all over if he moves or coughs").present()


def test_a_lasting_condition_told_as_history_is_still_the_patients(read):
    """"History of asthma": asthma is lasting (marked ongoing), so it stays the patient's, not a past illness."""
    assert ctx(read("history of asthma, now a bad chest infection"), "asthma") == "affirmed"


@pytest.mark.parametrize("text, finding", [
    ("I don't sleep, and sometimes I think everyone would be better off without me", "suicidal_thoughts"),
    ("he hasn't eaten and then maybe he has a temperature", "fever"),
])
def test_a_negation_ends_at_a_joiner_whose_clause_opens_with_an_adverb(read, text, finding):
    """", and sometimes I think ...": a clause of its own after "and" and an adverb, out of the denial's reach."""
    assert finding in read(text).present()


def test_a_denial_ends_at_a_comma_before_walking(read):
    """"No pain in my hip or wrist, walking about fine": the walking is told, not denied."""
    assert "walks_normally" in read("tripped on the step. no pain in my hip or wrist, walking about fine").present()
