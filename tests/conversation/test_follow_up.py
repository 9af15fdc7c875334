"""After advice: the 999 advice said again, the advice again when asked about, services for a new
postcode or a service asked for, and a mistyped postcode asked once more."""
import pytest

STROKE = "my dad's face has dropped on one side and his speech is slurred"


@pytest.mark.parametrize("follow_up", ["it seems to have gone now", "should I still call 999?", "ok", "thanks"])
def test_after_999_the_999_advice_is_said_again_whatever_comes_next(chat, follow_up):
    chat.say(STROKE)
    assert chat.advice["disposition"] == "call_999"
    chat.say(follow_up, "thank" if follow_up == "thanks" else None)
    assert chat.advice is not None and chat.advice["disposition"] == "call_999"
    assert "even if things seem better" in chat.texts


def test_repeated_advice_is_not_a_second_decision(chat):
    chat.say(STROKE)
    chat.say("it seems to have gone now")
    assert len(chat.state.audit) == 1


def _dentist(chat, postcode="DA11 0DG"):
    chat.say("I've got toothache, I'm 40")
    return chat.answer_until_advice({"postcode": postcode})


@pytest.mark.parametrize("question", ["what should I do again?", "Can you show the services again",
                                      "where do I go?"])
def test_a_question_about_the_advice_gets_it_again(chat, question):
    assert _dentist(chat)["disposition"] == "dentist"
    chat.say(question)
    assert chat.advice is not None and chat.advice["disposition"] == "dentist"
    assert chat.advice["services"]


def test_thanks_after_advice_says_goodbye_without_repeating(chat):
    _dentist(chat)
    chat.say("thanks", "thank")
    assert chat.advice is None and "Take care" in chat.texts


def test_a_new_postcode_after_advice_recomputes_the_services(chat):
    first = _dentist(chat, "DA11 0DG")
    chat.say("sorry, my postcode is actually BR8 7PS")
    again = chat.advice
    assert again is not None and again["disposition"] == "dentist"
    assert again["services"] and again["services"] != first["services"]
    assert chat.state.postcode.startswith("BR8")


def test_a_service_asked_for_after_advice_is_listed(chat):
    _dentist(chat)
    chat.say("where is the nearest pharmacy?")
    lists = [m["custom"] for m in chat.reply.messages if "services" in m.get("custom", {})]
    assert lists and lists[0]["services"] and "disposition" not in lists[0]


def test_a_mistyped_postcode_is_asked_once_more_with_an_example(chat):
    chat.say("I've got toothache, I'm 40")
    chat.say_no_until_asked("postcode")
    chat.say("ZZ9 9ZZ")
    assert chat.advice is None and chat.asked == "postcode"
    assert "\"ZZ9\"" in chat.texts and "DA11 0DG" in chat.texts
    chat.say("DA11 0DG")
    assert chat.advice["disposition"] == "dentist" and chat.advice["services"]


def test_a_postcode_unknown_twice_gets_the_advice_without_local_services(chat):
    chat.say("I've got toothache, I'm 40")
    chat.say_no_until_asked("postcode")
    chat.say("ZZ9 9ZZ")
    chat.say("ZZ9 9ZZ")
    assert chat.advice["disposition"] == "dentist" and "nhs.uk/service-search" in chat.advice["area_note"]


@pytest.mark.parametrize("answer, district", [("Dartford", "DA1"), ("I live in Gravesend", "DA12"), ("margate", "CT9")])
def test_a_town_told_instead_of_the_postcode_gets_its_local_services(chat, answer, district):
    chat.say("I've got toothache, I'm 40")
    chat.say_no_until_asked("postcode")
    chat.say(answer)
    assert chat.state.postcode == district
    assert chat.advice["disposition"] == "dentist" and chat.advice["services"]


def test_a_letter_o_for_zero_in_the_postcode_is_read_as_the_full_postcode(chat):
    chat.say("I've got toothache, I'm 40")
    chat.say_no_until_asked("postcode")
    chat.say("DA11 ODG")
    assert chat.state.postcode == "DA11 0DG" and chat.advice["services"]


def test_a_mental_health_crisis_gets_the_national_lines_without_waiting_for_a_postcode(chat):
    chat.say("I'm 30 and I keep thinking about killing myself")
    advice = chat.answer_until_advice({})
    assert advice["disposition"] == "mental_health_crisis"
    assert "postcode" not in chat.state.asked



def test_a_service_asked_for_with_words_that_do_not_change_the_advice_is_listed(chat):
    """'find me an optician near DA11 0DG' after toothache: 'optician' is also read as an eye
    finding, the triage decides the same (a dentist), so the opticians asked for are listed,
    not the same advice again as a new decision."""
    _dentist(chat)
    decided = len(chat.state.audit)
    chat.say("find me an optician near DA11 0DG")
    lists = [m["custom"] for m in chat.reply.messages if "services" in m.get("custom", {})]
    assert chat.advice is None and lists and "disposition" not in lists[0]
    assert {s["kind"] for s in lists[0]["services"]} == {"optometrist"}
    assert len(chat.state.audit) == decided and chat.state.service_request is None
