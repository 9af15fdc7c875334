"""The dialogue in-process: questions, answers, red flags at any turn, advice and its payload."""
import pytest

LEVELS = {"call_999": 5, "emergency_department": 4, "urgent_treatment_centre": 3, "nhs_111": 3,
          "mental_health_crisis": 3, "gp_urgent": 3, "emergency_dental": 3, "midwife": 3,
          "optometrist": 2, "gp_routine": 2, "dentist": 2, "sexual_health": 2, "community_service": 1,
          "talking_therapies": 1, "pharmacy": 1, "self_care": 0}



def test_greeting_invites_the_problem_and_mentions_999(chat):
    chat.say("hello", "greet")
    assert "999" in chat.texts and chat.advice is None and chat.asked is None


def test_red_flag_goes_straight_to_999_without_asking_postcode(chat):
    chat.say("my dad's face has dropped on one side and his speech is slurred")
    assert chat.advice["disposition"] == "call_999" and chat.advice["level"] == 5
    assert chat.advice["services"] == [] and chat.reply.slots["disposition"] == "call_999"


def test_red_flag_at_a_later_turn_overrides_the_question(chat):
    chat.say("my son has a cough and a runny nose")
    assert chat.asked is not None and chat.advice is None
    chat.say("by the way his lips are going blue")
    assert chat.advice["disposition"] == "call_999"


def test_age_answer_in_words_and_correction(chat):
    chat.say("my daughter has a sore throat")
    assert chat.asked == "age"
    chat.say("she's six")
    assert chat.state.case.age == 6
    chat.say("actually she's 4")
    assert chat.state.case.age == 4


def test_unreadable_answer_is_asked_once_more_then_taken_as_unknown(chat):
    chat.say("my daughter has a sore throat")
    assert chat.asked == "age"
    chat.say("purple monkey dishwasher")
    assert chat.asked == "age" and "didn't catch" in chat.texts
    chat.say("purple monkey dishwasher")
    assert chat.asked != "age" and "age" in chat.state.case.declined


def test_non_urgent_advice_waits_for_postcode_and_lists_local_services(chat):
    chat.say("I've got toothache, I'm 40")
    advice = chat.answer_until_advice({"postcode": "DA11 0DG"})
    assert advice["disposition"] == "dentist"
    assert advice["services"] and all(s["name"] and s["address"] for s in advice["services"])
    assert "postcode" in chat.state.asked


@pytest.mark.parametrize("postcode, area", [("CT1 3RX", "Canterbury and Coastal"), ("ME12 3LT", "Swale"),
                                           ("TN9 1", "West Kent"), ("CT9 1LB", "Thanet")])
def test_anywhere_in_kent_and_medway_the_advice_lists_local_services_with_their_area(chat, postcode, area):
    chat.say("I've got toothache, I'm 40")
    advice = chat.answer_until_advice({"postcode": postcode})
    assert advice["disposition"] == "dentist" and "area_note" not in advice
    assert advice["services"] and all(s["kind"] == "dentist" for s in advice["services"])
    assert advice["services"][0]["area"] == area  # the nearest dentist is in the patient's own area


@pytest.mark.parametrize("postcode", ["SE1 7EH", "BN1 1AA"])  # London, Brighton
def test_outside_kent_and_medway_the_advice_is_area_independent(chat, postcode):
    chat.say("I've got toothache, I'm 40")
    advice = chat.answer_until_advice({"postcode": postcode})
    assert advice["services"] == [] and "nhs.uk/service-search" in advice["area_note"]


def test_unknown_postcode_gets_area_independent_advice(chat):
    chat.say("I've got toothache, I'm 40")
    advice = chat.answer_until_advice({"postcode": "ZZ99 9ZZ"})
    assert advice["services"] == [] and "nhs.uk/service-search" in advice["area_note"]


def test_skipping_postcode_still_gives_advice(chat):
    chat.say("I'm 30 and I've got hay fever")
    advice = chat.answer_until_advice({"postcode": "Skip"})
    assert advice["disposition"] == "pharmacy" and "area_note" not in advice


def test_every_advice_carries_the_contract_payload_and_safety_net(chat):
    chat.say("I've had cystitis for 3 days, I'm a 35 year old woman, not pregnant")
    advice = chat.answer_until_advice({"postcode": "DA1"})
    assert LEVELS[advice["disposition"]] == advice["level"]
    assert advice["safety_net"] and advice["reasons"] and advice["rule"]
    assert "111" in advice["safety_net"] or "999" in advice["safety_net"]


def test_nonsense_twice_gives_111_with_safety_net(chat):
    chat.say("asdfgh qwerty")
    assert chat.advice is None and "didn't quite understand" in chat.texts
    chat.say("zxcvb plmok")
    assert chat.advice["disposition"] == "nhs_111" and "999" in chat.advice["safety_net"]


@pytest.mark.parametrize("text,intent,expected", [
    ("what's the weather like", "out_of_scope", "only help with health"),
    ("you're f***ing useless", "abuse", "help you get the right care"),
    ("are you a real person", "bot_challenge", "computer program"),
])
def test_off_topic_messages_get_a_kind_reply(chat, text, intent, expected):
    chat.say(text, intent)
    assert expected in chat.texts and chat.advice is None


def test_start_again_resets_everything(chat):
    chat.say("my daughter has a sore throat")
    chat.say("start again")
    assert chat.reply.restarted and chat.state.case.present() == set() and chat.asked is None


def test_new_red_flag_after_advice_escalates(chat):
    chat.say("I'm 30 and I've got hay fever")
    chat.answer_until_advice({"postcode": "DA1"})
    chat.say("now my throat is closing and my lips are swelling")
    assert chat.advice["disposition"] == "call_999"


def test_asking_for_a_service_directly(chat):
    chat.say("where is the nearest pharmacy", "ask_service")
    assert chat.asked == "postcode"
    chat.say("DA12 1AA")
    services = [m["custom"]["services"] for m in chat.reply.messages if "custom" in m]
    assert services and all(s["kind"] == "pharmacy" for s in services[0])


def test_a_question_is_never_asked_twice(chat):
    chat.say("I've got a headache")
    seen = []
    for _ in range(15):
        if chat.advice:
            break
        assert chat.asked not in seen
        seen.append(chat.asked)
        chat.say({"age": "37", "postcode": "DA1"}.get(chat.asked, "not sure"))
    assert chat.advice is not None


def test_an_age_in_months_is_not_also_taken_as_the_duration(chat):
    """'9 months' answering the age question is the age; it must not also set a 270-day duration
    (which would skip the duration question and trigger rules such as 'fever for 5 days')."""
    chat.say("my baby has a temperature")
    chat.say_no_until_asked("age")
    chat.say("9 months")
    assert chat.state.case.age == pytest.approx(0.75)
    assert chat.state.case.duration_days is None


def test_a_duration_answer_is_not_also_taken_as_the_age(chat):
    chat.say("I've had a cough, I'm 40")
    chat.say_no_until_asked("duration")
    chat.say("3 weeks")
    assert chat.state.case.duration_days == 21 and chat.state.case.age == 40


def test_a_long_conversation_keeps_its_state_small_and_its_advice(chat):
    from bot.conversation.respond import AUDIT_KEPT

    chat.say("my dad's face is drooping and his speech is slurred")
    for symptom in ["I've got a cough as well", "my back hurts too", "I feel a bit sick", "my knee is sore"] * 5:
        chat.say(symptom)
        assert chat.advice["disposition"] == "call_999"  # every new symptom: the 999 advice again
    assert len(chat.state.audit) == AUDIT_KEPT and chat.state.audit[-1]["disposition"] == "call_999"
    audit = list(chat.state.audit)
    chat.say("thanks", "thank")  # after 999 advice, whatever is said: the 999 advice again, not a new decision
    assert chat.advice["disposition"] == "call_999" and chat.state.audit == audit


def test_a_cold_gets_care_advice_and_its_nhs_page(chat):
    chat.say("I've got a cold")
    chat.say("DA1 2AB")
    advice = chat.advice
    assert advice["disposition"] == "self_care" and advice["rule"] == "cold_or_flu"
    care = advice["care"]
    assert care["condition"] == "Common cold" and care["nhs_page"] == "https://www.nhs.uk/conditions/common-cold/"
    assert care["do"] and care["buy"] and care["get_help"]
    # text-only channels get the same advice: each heading, every item, and the page
    for words in ["What you can do:", "What you can buy:", "Get help if:", *care["do"], *care["get_help"],
                  "NHS website: Common cold: https://www.nhs.uk/conditions/common-cold/"]:
        assert words in chat.texts, words
    # asked about again, the advice (with its care) is repeated
    chat.say("what should I do?")
    assert chat.advice["care"] == care


def test_advice_for_a_professional_has_no_care_field(chat):
    chat.say("my dad's face has dropped on one side and his speech is slurred")
    assert chat.advice["disposition"] == "call_999" and "care" not in chat.advice


def test_a_problem_told_with_its_own_duration_is_judged_on_it(chat):
    """A sore throat of a few days beside a mouth ulcer of a month: the ulcer's month decides."""
    chat.say("I'm 47. Scratchy throat the past few days. Also an ulcer inside my cheek that has been there "
             "for a month and won't heal")
    advice = chat.answer_until_advice({"postcode": "DA1 2AB"})
    assert advice["rule"] == "mouth_ulcer_over_3_weeks"
