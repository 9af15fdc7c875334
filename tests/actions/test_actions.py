"""action_respond with rasa-sdk trackers: the adapter passes turns to the conversation and back."""
import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions
from actions.actions import ActionRespond
from bot import assembly


def tracker(text, slots=None, intent="describe_symptoms", entities=None):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or []}
    return Tracker("patient-1", slots or {}, message, [], False, None, {}, "action_listen")


def run(tracker_):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRespond().run(dispatcher, tracker_, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}, events


def test_a_question_sets_requested_slot_and_state():
    messages, slots, _ = run(tracker("my daughter has a sore throat"))
    assert slots["requested_slot"] == "age" and messages[0]["text"]
    assert slots["triage_state"]["case"]["findings"]["sore_throat"] is True


def test_state_carries_over_and_advice_sends_custom_payload():
    _, slots, _ = run(tracker("I've got a blocked nose and pain in my cheeks"))
    for answer in ("34", "DA11", "3 days"):  # how long: sinus symptoms past 3 weeks are the GP's
        messages, slots, _ = run(tracker(answer, slots, intent="inform"))
        if slots["disposition"]:
            break
    custom = [m["custom"] for m in messages if m.get("custom")]
    assert custom and custom[0]["disposition"] == slots["disposition"] == "pharmacy"
    assert custom[0]["level"] == 1 and custom[0]["services"]


def test_entities_from_the_nlu_component_are_used():
    reading = assembly.understander().read("my lips are going blue")
    messages, slots, _ = run(tracker("(text the component already read)", entities=reading.to_entities()))
    assert slots["disposition"] == "call_999"


def test_buttons_reach_the_dispatcher():
    messages, _, _ = run(tracker("I have chest pain"))
    assert [b["title"] for b in messages[0]["buttons"]][:2] == ["Yes", "No"]


def test_start_again_resets_all_slots():
    _, slots, _ = run(tracker("my daughter has a sore throat"))
    _, _, events = run(tracker("start again", slots, intent="start_again"))
    assert events[0]["event"] == "reset_slots"


def test_a_fault_still_gives_safe_advice(monkeypatch):
    def broken():
        raise RuntimeError("boom")
    monkeypatch.setattr(actions.assembly, "conversation", broken)
    messages, slots, _ = run(tracker("chest pain"))
    assert "999" in messages[0]["text"] and "111" in messages[0]["text"]
    assert slots == {"requested_slot": None}
