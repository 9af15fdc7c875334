"""The simulated patient: triage_eval.py's answering policy, and the conversation loop."""
import pytest
from evaluation_fakes import SCENARIO, FakeTransport, ScriptedBot, vignette

from bot.evaluation.patient import answer_for, run_all, run_one

V = {"id": "x", "message": "hi", "facts": {"age": 34, "sex": "female", "postcode": "DA1 2AB"},
     "answers": {"sex": "I'm a woman", "q_rash": "yes, on my legs"}, "expected": ["self_care"], "min_level": 0}


def buttons(*titles, payloads=None):
    payloads = payloads or titles
    return {"text": "?", "buttons": [{"title": t, "payload": p} for t, p in zip(titles, payloads, strict=False)]}


def test_facts_answer_the_requested_slot_as_text():
    assert answer_for(V, "age", []) == "34"
    assert answer_for(V, "postcode", [buttons("Yes", "No")]) == "DA1 2AB"


def test_answers_win_over_facts_and_can_answer_screening_questions():
    assert answer_for(V, "sex", []) == "I'm a woman"
    assert answer_for(V, "q_rash", [buttons("Yes", "No")]) == "yes, on my legs"


def test_no_like_button_payload_when_the_slot_is_not_known():
    assert answer_for(V, "q_fever", [buttons("Yes", "No", payloads=["/affirm", "/deny"])]) == "/deny"
    assert answer_for(V, None, [buttons("Yes", "None of these")]) == "None of these"
    # the first no-like button in message order wins, over all messages
    assert answer_for(V, "q_x", [{"text": "a"}, buttons("Yes", "Not sure"), buttons("No")]) == "Not sure"
    assert answer_for(V, "q_x", [buttons("Yes", "I don't know", "No")]) == "I don't know"
    assert answer_for(V, "q_x", [buttons("Neither", "Both")]) == "Neither"


def test_button_without_payload_answers_with_its_title():
    assert answer_for(V, "q_x", [{"text": "?", "buttons": [{"title": "Yes"}, {"title": "Nope"}]}]) == "Nope"


def test_default_is_no():
    assert answer_for(V, "q_fever", [{"text": "Any fever?"}]) == "no"
    assert answer_for(V, "q_x", [buttons("Yes", "Notably worse", "Nothing changed")]) == "no"  # "no\b" only
    assert answer_for(V, None, []) == "no"
    assert answer_for({"id": "y", "message": "m"}, "age", []) == "no"   # no facts at all


def test_conversation_answers_fact_then_presses_no_and_records_the_advice():
    bot = ScriptedBot()
    r = run_one(FakeTransport(bot), SCENARIO[1], run_id="t")
    assert [t["patient"] for t in r["transcript"]] == ["sore throat", "30", "no-payload"]
    assert [t["requested_slot"] for t in r["transcript"]] == ["age", "q_fever", None]
    assert r["disposition"] == "pharmacy" and r["slot_disposition"] == "pharmacy"
    assert r["level"] == 1 and r["reported_level"] == 1
    assert r["rule"] == "r-pharm" and r["reasons"] == ["because of pharmacy"]
    assert r["services"] == [{"name": "Riverside Pharmacy", "address": "12 High Street, Dartford DA1 1DJ"}]
    assert r["turns"] == 3 and len(r["latencies"]) == 3 and r["error"] is None
    assert r["transcript"][1]["bot"][0]["buttons"][1]["title"] == "No, none of these"
    assert {s for s, _ in bot.received} == {"eval-t-v-ok"}


def test_stops_at_max_turns_without_advice():
    r = run_one(FakeTransport(), SCENARIO[4], max_turns=4)
    assert r["turns"] == 4 and r["disposition"] is None and r["error"] is None
    assert [t["patient"] for t in r["transcript"]] == ["loop me please", "no", "no", "no"]
    assert r["level"] is None and r["services"] == []


def test_advice_through_the_slot_only():
    r = run_one(FakeTransport(), vignette("s", "slot only", ["self_care"], 0))
    assert r["disposition"] == "self_care" and r["rule"] is None and r["services"] == []
    assert r["turns"] == 1


def test_a_bot_fault_is_recorded_as_this_vignettes_error():
    r = run_one(FakeTransport(), vignette("c", "crash now", ["self_care"], 0))
    assert r["error"] == "RuntimeError: scripted crash"
    assert r["disposition"] is None and r["turns"] == 1 and r["transcript"] == []


def test_unreadable_tracker_is_counted_and_the_patient_says_no():
    class Blind(FakeTransport):
        def tracker(self, sender):
            return None

    r = run_one(Blind(), SCENARIO[1])
    assert r["tracker_failures"] == 3
    assert [t["patient"] for t in r["transcript"]][:3] == ["sore throat", "no", "no-payload"]
    assert r["disposition"] == "pharmacy"   # found in the custom payload even without the tracker


@pytest.mark.parametrize("concurrency", [1, 3])
def test_run_all_keeps_vignette_order_and_separate_conversations(concurrency):
    seen = []
    results = run_all(FakeTransport(), SCENARIO, concurrency=concurrency, run_id="r", progress=seen.append)
    assert [r["id"] for r in results] == [v["id"] for v in SCENARIO]
    assert [r["disposition"] for r in results] == ["call_999", "pharmacy", "pharmacy", "call_999", None]
    assert sorted(r["id"] for r in seen) == sorted(v["id"] for v in SCENARIO)
