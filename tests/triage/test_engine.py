"""The engine's behaviour: red flags first, only questions that matter, cautious when unsure."""
import pytest

from bot.triage import Ask, Case, Decision, Triage


@pytest.fixture(scope="module")
def triage(data_dir):
    return Triage.load(data_dir / "triage")


def test_nothing_known_gives_nothing(triage):
    assert triage.decide(Case()) is None
    assert triage.decide(Case(findings={"chest_pain": False})) is None


def test_red_flag_overrides_a_minor_complaint(triage):
    result = triage.decide(Case(findings={"cold_symptoms": True, "blue_lips": True}, age=2))
    assert isinstance(result, Decision) and result.disposition.code == "call_999"


def test_most_urgent_of_many_symptoms_decides(triage):
    case = Case(findings={"toothache": True, "sore_throat": True, "face_droop": True}, age=70)
    assert triage.decide(case).rule.id == "stroke_fast"


def test_red_flag_question_comes_before_routine_facts(triage):
    result = triage.decide(Case(findings={"chest_pain": True}))
    assert isinstance(result, Ask) and result.question.finding == "cardiac_chest_pain"


def test_unsure_answer_takes_the_cautious_reading(triage):
    case = Case(findings={"chest_pain": True}, declined={"cardiac_chest_pain"})
    assert triage.decide(case).disposition.code == "call_999"


def test_declined_age_takes_the_more_urgent_rule(triage):
    case = Case(findings={"uti_symptoms": True, "fever": False, "loin_pain": False, "confusion": False,
                          "blood_in_urine": False}, sex="female", declined={"age"})
    assert triage.decide(case).disposition.code == "gp_urgent"


def test_pharmacy_uti_needs_every_condition(triage):
    base = dict(findings={"uti_symptoms": True, "fever": False, "loin_pain": False, "confusion": False,
                          "blood_in_urine": False})
    assert triage.decide(Case(**base, age=29, sex="female", pregnant=False)).disposition.code == "pharmacy"
    assert triage.decide(Case(**base, age=29, sex="male")).disposition.code == "gp_urgent"
    asked = triage.decide(Case(**base, age=29, sex="female"))
    assert isinstance(asked, Ask) and asked.question.slot == "pregnant"


def test_pregnancy_not_asked_of_men_children_or_older_women(triage):
    findings = {"uti_symptoms": True, "fever": False, "loin_pain": False, "confusion": False,
                "blood_in_urine": False}
    for case in (Case(findings=dict(findings), sex="male", age=30),
                 Case(findings=dict(findings), sex="female", age=8),
                 Case(findings=dict(findings), sex="female", age=64)):
        result = triage.decide(case)
        assert isinstance(result, Decision), case


def test_findings_imply_sex_and_pregnancy(triage):
    result = triage.decide(Case(findings={"reduced_fetal_movements": True}))
    assert isinstance(result, Decision) and result.disposition.code == "midwife"


def test_implied_findings_trigger_general_rules(triage):
    # cardiac_chest_pain implies chest_pain; asthma_severe implies asthma
    assert triage.decide(Case(findings={"asthma_severe": True})).disposition.code == "call_999"


def test_unmatched_findings_fall_back_to_111(triage):
    result = triage.decide(Case(findings={"eye_symptom": True}))
    assert result.rule.id == "fallback" and result.disposition.code == "nhs_111"


def test_reasons_name_the_rule_and_what_was_said(triage):
    decision = triage.decide(Case(findings={"face_droop": True}))
    reasons = triage.reasons(decision)
    assert "stroke" in reasons[0].lower() and "face drooping" in reasons[1]


def test_reasons_say_when_the_cautious_view_was_taken(triage):
    case = Case(findings={"chest_pain": True}, declined={"cardiac_chest_pain"})
    reasons = triage.reasons(triage.decide(case), case)
    assert any("not sure" in r and "heart attack" in r for r in reasons)


def settle(triage, case):
    """Decide, answering 'no' to every question."""
    for _ in range(60):
        result = triage.decide(case)
        if isinstance(result, Decision):
            return result
        case.note(result.question.finding, False) if result.question.finding else case.declined.add(
            result.question.slot)
    raise AssertionError("no decision")


def test_self_care_only_when_it_accounts_for_everything_said(triage):
    alone = settle(triage, Case(findings={"cold_symptoms": True}, age=40, duration_days=2))
    assert alone.disposition.code == "self_care"
    with_chemo = settle(triage, Case(findings={"cold_symptoms": True, "on_chemotherapy": True}, age=40,
                                     duration_days=2))
    assert with_chemo.disposition.level >= 3 and "on_chemotherapy" in with_chemo.triggers


def test_an_unexplained_red_flag_never_ends_below_the_fallback(triage):
    """Heartburn alone goes to the pharmacist; with a hard bump (a red flag whose rule needs
    pregnancy and pain or bleeding, none of them said) it goes to the fallback, not the pharmacy."""
    heartburn = settle(triage, Case(findings={"heartburn": True}, age=30, sex="female", pregnant=False,
                                    duration_days=2))
    assert heartburn.disposition.code == "pharmacy"
    with_flag = settle(triage, Case(findings={"heartburn": True, "abruption_signs": True}, age=30, sex="female",
                                    pregnant=False, duration_days=2))
    assert with_flag.rule is triage.content.fallback and "abruption_signs" in with_flag.triggers


def test_a_rule_can_account_for_a_red_flag(triage):
    snoring = settle(triage, Case(findings={"sleep_apnoea": True, "breathing_pauses": True}, age=3))
    assert snoring.disposition.code == "gp_routine"


def test_a_problem_of_long_standing_that_no_rule_decides_goes_to_the_gp(triage):
    """eye_symptom alone has no rule: 111 when recent, the GP when it has lasted a month or
    more; a red flag or a pregnancy keeps the 111 fallback whatever the duration."""
    recent = settle(triage, Case(findings={"eye_symptom": True}, age=50, duration_days=3))
    assert recent.rule is triage.content.fallback
    months = settle(triage, Case(findings={"eye_symptom": True}, age=50, duration_days=90))
    assert months.rule.id == "long_standing_fallback" and months.disposition.code == "gp_routine"
    assert months.rule.safety_net and "111" in months.rule.safety_net
    pregnant = settle(triage, Case(findings={"eye_symptom": True}, age=30, sex="female", pregnant=True,
                                   duration_days=90))
    assert pregnant.rule is triage.content.fallback
    flag = next(iter(sorted(triage.content.red_flags)))
    with_flag = triage.fallback(Case(findings={flag: True}, duration_days=90), {flag})
    assert with_flag.rule is triage.content.fallback


def test_nothing_read_for_a_month_still_gets_the_gp_not_silence(triage):
    assert triage.fallback(Case(duration_days=60)).disposition.code == "gp_routine"
    assert triage.fallback(Case(duration_days=None)).rule is triage.content.fallback


def test_a_later_self_care_rule_that_accounts_for_everything_decides(triage):
    # the cold rule comes first but leaves the red eye unexplained; the burst blood vessel's rule
    # accounts for the cough and the red eye, so it decides instead of the 111 fallback
    case = Case(findings={"cough": True, "eye_blood_spot": True, "red_eye": True, "eye_injury": False,
                          "eye_pain_severe": False}, age=43, sex="male", duration_days=1)
    decision = triage.decide(case)
    assert isinstance(decision, Decision) and decision.rule.id == "eye_blood_spot"


def test_a_red_eye_with_a_cough_is_not_left_to_self_care(triage):
    case = Case(findings={"cough": True, "red_eye": True, "eye_pain_severe": False}, age=43, sex="male",
                duration_days=1)
    decision = triage.decide(case)
    assert isinstance(decision, Decision) and decision.disposition.code != "self_care"


def _decide_answering_no(triage, case):
    for _ in range(40):
        result = triage.decide(case)
        if isinstance(result, Decision):
            return result
        case.note(result.question.finding, False)
    raise AssertionError("no decision")


def test_green_brought_up_with_a_chesty_cough_is_vomit_in_a_child_only(triage):
    findings = {"bilious_vomiting": True, "sputum_change": True, "cough": True}
    child = _decide_answering_no(triage, Case(findings=dict(findings), age=3, sex="male", duration_days=1))
    adult = _decide_answering_no(triage, Case(findings=dict(findings), age=45, sex="male", duration_days=1))
    assert child.rule.id == "green_vomit_child" and adult.rule.id != "green_vomit"


def test_moving_less_is_the_baby_in_the_womb_only_in_pregnancy(triage):
    case = dict(findings={"moves_less_than_usual": True}, age=30, sex="female", duration_days=1)
    assert _decide_answering_no(triage, Case(**case, pregnant=True)).disposition.code == "midwife"
    assert _decide_answering_no(triage, Case(**case, pregnant=False)).disposition.code != "midwife"


def test_pharmacy_first_takes_an_insect_bite_from_age_1_only(triage):
    baby = _decide_answering_no(triage, Case(findings={"insect_bite": True}, age=0.9, sex="male", duration_days=2))
    child = _decide_answering_no(triage, Case(findings={"insect_bite": True}, age=5, sex="male", duration_days=2))
    assert child.disposition.code == "pharmacy" and baby.disposition.code != "pharmacy"


def test_a_known_condition_is_background_beside_a_new_complaint(triage):
    """A background rule (a known condition's review) decides only when nothing else is said:
    known angina alone goes to the GP; beside constipation the constipation decides."""
    alone = settle(triage, Case(findings={"angina": True}, age=79))
    assert alone.rule.id == "angina_stable"
    beside = settle(triage, Case(findings={"angina": True, "constipation": True}, age=79, duration_days=4))
    assert beside.rule.id != "angina_stable" and "constipation" in beside.triggers



@pytest.mark.parametrize("condition", ["thyroid", "gout", "kidney_disease"])
def test_a_long_term_condition_named_beside_a_cold_is_background(triage, condition):
    alone = settle(triage, Case(findings={condition: True}, age=60, sex="female", pregnant=False))
    assert alone.rule.id == condition
    beside = settle(triage, Case(findings={condition: True, "cold_symptoms": True}, age=60, sex="female",
                                 pregnant=False, duration_days=3))
    assert beside.rule.id != condition and "cold_symptoms" in beside.triggers


@pytest.mark.parametrize("condition", ["diabetes", "takes_statin", "hypertension", "copd"])
def test_self_care_stands_beside_a_lasting_condition_none_of_whose_rules_holds(triage, condition):
    """A nosebleed that stopped in someone with diabetes or on a statin is still the nosebleed's first aid:
    a lasting condition told as background needs nothing more when none of its rules holds."""
    case = Case(findings={"nosebleed": True, condition: True}, age=77, sex="male", duration_days=0.3)
    decision = settle(triage, case)
    assert decision.rule.id == "nosebleed" and decision.disposition.code == "self_care"
    # a finding that is no lasting condition still keeps self-care off (chemotherapy, above)
    chemo = settle(triage, Case(findings={"nosebleed": True, "on_chemotherapy": True}, age=77, sex="male",
                                duration_days=0.3))
    assert chemo.disposition.level >= 1 and chemo.rule.id != "nosebleed"


def test_a_red_flag_left_by_one_rule_is_decided_only_by_a_rule_that_accounts_for_all_of_it(triage):
    """Hay fever's and daytime sleepiness's rules leave "very sleepy" unexplained; the drowsy-antihistamine
    rule accounts for it and for them, so it decides; when it stands aside (drink taken too), it is
    never a pharmacy."""
    on_piriton = {"hay_fever": True, "drowsy": True, "sedating_antihistamine": True}
    assert settle(triage, Case(findings=on_piriton, age=34)).rule.id == "sedating_antihistamine_drowsy"
    sleepy_all_day = {**on_piriton, "daytime_sleepiness": True}
    assert settle(triage, Case(findings=sleepy_all_day, age=34)).rule.id == "sedating_antihistamine_drowsy"
    with_a_cold_sore = {**on_piriton, "cold_sore": True}  # the cold sore is not the antihistamine's
    assert settle(triage, Case(findings=with_a_cold_sore, age=34)).rule.id == triage.content.fallback.id
    with_drink = settle(triage, Case(findings={**on_piriton, "alcohol_excess": True}, age=34))
    assert with_drink.disposition.level >= triage.content.fallback.disposition.level


def test_the_usual_panic_attacks_that_pass_are_not_999_unless_a_danger_sign_is_said(triage):
    usual = {"severe_breathing_difficulty": True, "breathless": True, "anxiety": True, "attacks_that_pass": True}
    usual_pattern = settle(triage, Case(findings=usual, age=30, duration_days=60))
    assert usual_pattern.rule.id == "panic_attacks_that_pass"  # the panic's own short breath, under 50
    at_55 = settle(triage, Case(findings=usual, age=55, duration_days=60))
    assert 5 > at_55.disposition.level >= triage.content.fallback.disposition.level  # a red flag unexplained
    blue = settle(triage, Case(findings={**usual, "blue_lips": True}, age=30, duration_days=60))
    assert blue.disposition.code == "call_999"
    no_anxiety = {k: v for k, v in usual.items() if k != "anxiety"}
    assert settle(triage, Case(findings=no_anxiety, age=30, duration_days=60)).disposition.code == "call_999"


def test_the_usual_panic_attacks_that_pass_are_not_sent_for_urgent_chest_pain_assessment(triage):
    usual = {"chest_pain": True, "anxiety": True, "attacks_that_pass": True}
    assert settle(triage, Case(findings=usual, age=41, duration_days=200)).rule.id != "chest_pain_other"
    assert settle(triage, Case(findings={"chest_pain": True}, age=41, duration_days=1)).rule.id == "chest_pain_other"


def test_a_teething_baby_pulling_at_the_ears_or_with_a_puffy_gum_is_teething(triage):
    ears = settle(triage, Case(findings={"earache": True, "ear_pulling": True, "teething": True}, age=0.75))
    gum = settle(triage, Case(findings={"dental_abscess": True, "toothache": True, "teething": True}, age=1.2))
    assert ears.rule.id != "earache_baby" and gum.rule.id != "dental_abscess"
    older = settle(triage, Case(findings={"dental_abscess": True, "toothache": True, "teething": True}, age=19))
    assert older.rule.id == "dental_abscess"  # a wisdom tooth's swollen gum



def test_a_rule_reads_the_duration_told_of_its_own_finding(triage):
    """A cold of 3 days beside an ulcer of 4 weeks: the ulcer's rule reads the ulcer's 4 weeks."""
    told_apart = Case(findings={"cold_symptoms": True, "mouth_ulcer": True}, age=50, duration_days=3,
                      finding_durations={"cold_symptoms": 3, "mouth_ulcer": 28})
    assert triage.decide(told_apart).rule.id == "mouth_ulcer_over_3_weeks"
    one_duration = Case(findings={"cold_symptoms": True, "mouth_ulcer": True}, age=50, duration_days=3)
    assert triage.decide(one_duration).rule.id != "mouth_ulcer_over_3_weeks"


def test_finding_durations_survive_the_case_round_trip():
    case = Case(findings={"mouth_ulcer": True}, duration_days=3, finding_durations={"mouth_ulcer": 28.0})
    assert Case.from_dict(case.to_dict()) == case


def test_a_rule_for_pregnancy_alone_leaves_an_everyday_finding_to_self_care(triage):
    """A fall has a rule in pregnancy (the maternity unit); without a pregnancy mentioned that rule
    does not make the fall a reason to leave a sprain's self-care for 111."""
    sprain = settle(triage, Case(findings={"limb_injury": True, "fall_lay": True, "walks_normally": True},
                                 age=30, sex="female", duration_days=1))
    assert sprain.rule.id == "sprain"
    pregnant = settle(triage, Case(findings={"fall_lay": True}, age=30, sex="female", pregnant=True))
    assert pregnant.rule.id == "fall_or_knock_in_pregnancy" and pregnant.disposition.code == "midwife"


def test_a_finding_only_a_pregnancy_rule_reads_leaves_nothing_unexplained_when_none_is_mentioned(triage):
    """"It's already much quieter" of ringing ears is no baby moving less: self-care still decides for a man."""
    ringing = {"ringing_after_loud_noise": True, "tinnitus_described": True, "hearing_problem": True}
    alone = settle(triage, Case(findings=dict(ringing), age=20, sex="male", duration_days=0.5))
    beside = settle(triage, Case(findings={**ringing, "moves_less_than_usual": True}, age=20, sex="male", duration_days=0.5))
    assert alone.disposition.code == "self_care" and beside.rule.id == alone.rule.id
    pregnant = Case(findings={"moves_less_than_usual": True}, age=30, sex="female", pregnant=True)
    assert settle(triage, pregnant).rule.id == "pregnancy_reduced_movements"
