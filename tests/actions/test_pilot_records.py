"""Pilot records through the real action adapter: exactly one record per disposition (advice said
again is not a new decision), the right rule ids, no personal data, a broken database never stops
the advice, and the optional feedback question after the advice."""
import logging
from dataclasses import fields
from datetime import datetime

import pytest

from actions.in_process import ActionConversation
from bot import assembly
from bot.records.record import PilotRecord
from bot.records.reference import normalise

WEBSITE = "https://find-help.example.nhs.uk"  # the site origin the conftest's pilot knows as the website
ALL_TIME = (datetime(2000, 1, 1), datetime(2100, 1, 1))

# One conversation for every disposition of the contract: opening, then answers by requested slot
# (anything else is answered "no").
PATHS = {
    "call_999": ("my lips are going blue", {}),
    "emergency_department": ("throwing up blood", {"age": "52", "sex": "male", "postcode": "DA11"}),
    "urgent_treatment_centre": ("Went over on my ankle playing football about an hour ago, heard a crack, it's massively "
                                "swollen and I can't put any weight on it at all", {"age": "19", "postcode": "DA10"}),
    "nhs_111": ("asdf qwerty", {}),  # nothing readable, twice: the safe answer
    "mental_health_crisis": ("My son hasn't slept properly for about 4 nights, he's hearing voices and is convinced the "
                             "neighbours are spying on him through the TV. He hasn't hurt himself or anyone else and "
                             "isn't threatening to, but this isn't like him at all and I'm really worried.",
                             {"age": "19", "sex": "male"}),
    "gp_urgent": ("It burns when I pee and I'm going loads more than usual, even in the night.",
                  {"age": "52", "sex": "male", "postcode": "DA1", "duration": "3 days"}),
    "emergency_dental": ("bare pain in my back tooth, been throbbing for 2 days and now my gum is proper swollen and "
                         "there's a nasty taste. face isnt swollen and i can breathe and swallow fine",
                         {"age": "31", "postcode": "DA11"}),
    "midwife": ("I'm 32 weeks pregnant and the baby has been moving a lot less than normal since this morning. "
                "No bleeding and no pain.", {"age": "29", "postcode": "DA2"}),
    "optometrist": ("Over the last week straight lines look wavy in my left eye, door frames look bent, and there's a "
                    "blurry patch in the middle when I try to read. It isn't painful or red.",
                    {"age": "77", "sex": "male", "postcode": "DA12"}),
    "gp_routine": ("found a lump in my boob", {"age": "41", "sex": "female", "postcode": "DA11", "duration": "a week"}),
    "dentist": ("my filling fell out, no pain", {"age": "40", "postcode": "DA11"}),
    "sexual_health": ("Had unprotected sex with someone new about 10 days ago and now there's a white discharge from "
                      "my penis and it stings when I pee", {"age": "26", "postcode": "DA12", "duration": "4 days"}),
    "community_service": ("Since my second baby I leak a bit of wee when I cough, sneeze or go on the trampoline with "
                          "the kids. It's been like this for over a year. No pain or burning, no blood.",
                          {"age": "38", "sex": "female", "postcode": "DA4", "duration": "over a year"}),
    "talking_therapies": ("Been feeling really low and flat for about 2 months, can't be bothered with anything and not "
                          "sleeping well. I'm not having any thoughts of hurting myself, I just want some help to feel "
                          "like me again.", {"age": "28", "sex": "female", "postcode": "DA10", "duration": "2 months"}),
    "pharmacy": ("I've had a really sore throat for two days", {"age": "40", "postcode": "DA11 0DG"}),
    "self_care": ("got the runs and been chucking up since last night after a dodgy kebab lol. keeping water down now, "
                  "weeing fine, no blood", {"age": "25", "sex": "male", "postcode": "DA11"}),
}


class Patient(ActionConversation):
    """A conversation through ActionRespond, with the tracker carried between turns as Rasa would."""

    def __init__(self, input_channel="rest", origin=None):
        super().__init__("pilot", input_channel, origin)

    @property
    def advice(self):
        return next((m["custom"] for m in self.messages if "disposition" in (m.get("custom") or {})), None)

    @property
    def reference(self):
        return next((m["custom"]["reference"] for m in self.messages if "summary" in (m.get("custom") or {})), None)

    def until_advice(self, opening, facts, turns=12):
        self.say(opening)
        for _ in range(turns):
            if self.advice:
                return self.advice
            slot = self.slots.get("requested_slot")
            self.say(facts.get(slot, "no") if slot else opening, intent="inform")
        pytest.fail(f"no advice for {opening!r}")


def records_of(pilot, patient):
    pilot.flush()
    return [r for r in pilot.store.between(*ALL_TIME) if r.conversation_id == patient.sender]


@pytest.mark.parametrize("code", sorted(PATHS))
def test_every_disposition_writes_exactly_one_record_with_its_rule(pilot, code, caplog):
    caplog.set_level(logging.WARNING, logger="bot.records.pilot")
    patient = Patient(origin=WEBSITE)
    opening, facts = PATHS[code]
    advice = patient.until_advice(opening, facts)
    assert advice["disposition"] == code
    reference = patient.reference
    assert normalise(reference) == reference
    patient.say("what was your advice again?")  # the advice again (or the 999 advice again): not a new decision
    patient.say("thank you", intent="thank")
    (record,) = records_of(pilot, patient)
    assert "already stored" not in caplog.text  # each decision was handed over once, not refused as a repeat
    assert (record.reference, record.disposition, record.level, record.rule) == \
        (reference, code, advice["level"], advice["rule"])
    assert record.rule not in record.ruled_out
    assert record.channel == "website" and record.site is None
    assert (record.model_version, record.content_version) == ("bot-test", "content-test")
    expected_findings = sorted(patient.slots["triage_state"]["audit"][0]["findings"])
    assert record.findings == expected_findings


def test_the_rules_ruled_out_and_the_answers_that_mattered_including_not_sure(pilot):
    patient = Patient()
    patient.until_advice("I've got a pain in my chest", {"q_cardiac_chest_pain": "not sure", "age": "58", "sex": "male"})
    (record,) = records_of(pilot, patient)
    assert record.disposition == "call_999" and record.rule == patient.advice["rule"]
    assert record.answers["cardiac_chest_pain"] == "not sure"
    assert record.findings == ["chest_pain"] and record.channel == "rest"

    patient = Patient()
    patient.until_advice("my 18 month old has had a temperature since yesterday", {"postcode": "DA11"})
    (record,) = records_of(pilot, patient)
    assert record.answers == {"confusion": "no", "drowsy": "no"}
    assert record.ruled_out  # the fever rules that the two "no" answers ruled out
    assert record.age_band == "1-4" and record.postcode_district == "DA11"


def test_a_new_decision_and_a_new_start_are_new_records(pilot):
    patient = Patient()
    patient.until_advice("toothache for 2 weeks", {"age": "40", "postcode": "DA11"})
    patient.say("now my lips are going blue")
    assert patient.advice["disposition"] == "call_999"
    patient.say("start again", intent="start_again")
    patient.until_advice("I've had a really sore throat for two days", {"age": "40", "postcode": "DA11"})
    assert [r.disposition for r in records_of(pilot, patient)] == ["dentist", "call_999", "pharmacy"]


PERSONAL = ["Sarah", "Jones", "07700", "900123", "sarah.jones@example.com", "0DG", "DA11 0DG", "1 Acacia Avenue"]


def test_no_personal_data_reaches_the_records_database(pilot, tmp_path):
    patient = Patient(origin="https://www.riverside-surgery.example")
    patient.say("My name is Sarah Jones, call me on 07700 900123 or email sarah.jones@example.com. "
                "I live at 1 Acacia Avenue, DA11 0DG and I've had a really sore throat for two days")
    patient.until_advice("I'm a 34 year old woman", {"age": "34", "sex": "female", "postcode": "DA11 0DG"})
    (record,) = records_of(pilot, patient)
    assert record.postcode_district == "DA11" and record.age_band == "25-34" and record.sex == "female"
    assert (record.channel, record.site) == ("widget", "https://www.riverside-surgery.example")
    stored = (tmp_path / "records.db").read_bytes()
    assert b"DA11" in stored and b"sore_throat" in stored
    for detail in PERSONAL:
        assert detail.encode() not in stored, detail
    # the exact age is not kept, only its band (grepping the file for "34" failed by chance whenever a
    # random conversation id or a time of day held those two digits)
    assert "age" not in {f.name for f in fields(PilotRecord)}


def test_a_broken_database_never_stops_the_advice(pilot, monkeypatch, caplog):
    def broken(record):
        raise RuntimeError("database is locked")
    monkeypatch.setattr(pilot.store, "add", broken)
    patient = Patient()
    with caplog.at_level(logging.ERROR):
        advice = patient.until_advice("I've had a really sore throat for two days", {"age": "40", "postcode": "DA11"})
        pilot.flush()
    assert advice["disposition"] == "pharmacy" and patient.reference
    assert "pilot record" in caplog.text and "database is locked" in caplog.text


def test_no_pilot_at_all_still_gives_the_advice(monkeypatch):
    def broken():
        raise RuntimeError("bad BOT_DATABASE_URL")
    monkeypatch.setattr(assembly, "pilot", broken)
    patient = Patient()
    assert patient.until_advice("my lips are going blue", {})["disposition"] == "call_999"


def feedback_buttons(messages):
    return [b for m in messages for b in m.get("buttons") or [] if b["payload"].startswith("feedback: ")]


def test_feedback_comes_after_the_advice_and_is_kept_with_the_record(pilot):
    patient = Patient()
    patient.until_advice("I've had a really sore throat for two days", {"age": "40", "postcode": "DA11"})
    last = patient.messages[-1]
    assert [b["title"] for b in last["buttons"]] == ["Yes", "No"] and "helpful" in last["text"]
    assert not feedback_buttons(patient.messages[:-1])  # the advice and the summary come first
    state_before = dict(patient.slots)
    went = patient.say("feedback: helpful=yes")
    assert "Where" in went[0]["text"] and "feedback: went=pharmacy" in [b["payload"] for b in went[0]["buttons"]]
    patient.say("feedback: went=nhs_111")
    assert "Thank you" in patient.messages[0]["text"] and "999" in patient.messages[0]["text"]
    assert patient.slots == state_before  # feedback is not a clinical turn
    (record,) = records_of(pilot, patient)
    assert (record.helpful, record.went) == ("yes", "nhs_111") and record.feedback_at


def test_no_feedback_question_after_999_and_a_feedback_payload_then_repeats_the_999_advice(pilot):
    patient = Patient()
    patient.until_advice("my lips are going blue", {})
    assert not feedback_buttons(patient.messages)
    patient.say("feedback: helpful=no")
    assert patient.advice["disposition"] == "call_999"
    (record,) = records_of(pilot, patient)
    assert record.helpful is None


def test_anything_but_an_exact_feedback_button_is_read_as_a_clinical_message(pilot):
    patient = Patient()
    patient.until_advice("I've had a really sore throat for two days", {"age": "40", "postcode": "DA11"})
    patient.say("feedback: helpful=yes but now my lips are going blue")
    assert patient.advice["disposition"] == "call_999"
    assert [r.helpful for r in records_of(pilot, patient)] == [None, None]
