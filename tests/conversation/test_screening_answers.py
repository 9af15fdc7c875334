"""Answering 'yes' to a screening question never lowers the advice, and 'yes' to a red-flag
question gives emergency advice: the questions are wired to the rules that need them."""
import pytest

from bot import assembly

FACTS = {"age": "45", "sex": "female", "pregnant": "no", "duration": "2 days", "postcode": "DA11"}
OPENINGS = [
    "I've got a pain in my chest", "really bad headache", "my 2 year old has a high temperature",
    "my tummy hurts", "I feel dizzy", "my baby is not feeding", "I've cut my hand",
    "I feel really low", "my leg is swollen", "I'm being sick", "I've hurt my back",
    "I have a rash", "my eye is red and sore", "I'm 30 weeks pregnant and have a headache",
    "burning when I wee", "my dad is confused", "I fell over and hit my head", "I'm short of breath",
]


def play(chat, opening, yes_to=None):
    """(first screening question asked, final advice) answering facts, and 'no' except to yes_to."""
    chat.say(opening)
    first = None
    for _ in range(12):
        if chat.advice:
            return first, chat.advice
        slot = chat.asked
        if slot and slot.startswith("q_") and first is None:
            first = slot
        chat.say("yes" if slot == yes_to else FACTS.get(slot, "no"))
    pytest.fail(f"no advice for {opening!r}")


@pytest.mark.parametrize("opening", OPENINGS)
def test_yes_to_the_first_screening_question_never_lowers_the_advice(new_chat, opening):
    question, advice_no = play(new_chat(), opening)
    if question is None:
        pytest.skip("no screening question for this opening")
    _, advice_yes = play(new_chat(), opening, yes_to=question)
    assert advice_yes["level"] >= advice_no["level"], (question, advice_no, advice_yes)
    finding = question[2:]
    if finding in assembly.understander().lexicon.red_flags:
        assert advice_yes["level"] >= 4, (question, advice_yes)
