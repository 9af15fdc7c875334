"""'What you told us': every new advice ends with a plain-words summary and a reference number."""
import re

from bot.records.reference import normalise

REFERENCE = re.compile(r"\b[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}\b")


def summary_of(chat):
    texts = [m["text"] for m in chat.reply.messages if m.get("text", "").startswith("What you told us")]
    payloads = [m["custom"] for m in chat.reply.messages if "summary" in m.get("custom", {})]
    return (texts[0] if texts else None), (payloads[0] if payloads else None)


def advise(chat, opening, facts):
    chat.say(opening)
    return chat.answer_until_advice(facts)


def test_the_summary_follows_the_advice_with_the_reference_in_the_audit_entry(chat):
    advise(chat, "I've had a really sore throat for two days", {"age": "40", "postcode": "DA11 0DG"})
    text, custom = summary_of(chat)
    kinds = ["disposition" if "disposition" in m.get("custom", {}) else "summary" if "summary" in m.get("custom", {})
             else "text" for m in chat.reply.messages]
    assert kinds.index("disposition") < kinds.index("summary")  # after the advice, never before it
    reference = chat.state.audit[-1]["reference"]
    assert normalise(reference) == reference and custom["reference"] == reference == custom["summary"]["reference"]
    assert "disposition" not in custom  # no consumer of the contract's advice payload takes it for advice
    assert REFERENCE.findall(text) == [reference, reference]
    s = custom["summary"]
    assert s["age"] == "40" and s["main_problem"] == ["sore throat"] and s["duration"] == "2 days"
    assert s["advice"]["disposition"] == "pharmacy" and s["advice"]["timeframe"]
    assert s["services"] and all(x["name"] for x in s["services"])
    assert text == "\n".join(s["lines"])
    for words in ("About: you, aged 40", "Main problem: sore throat for 2 days", "My advice: Speak to a community pharmacist",
                  "When:", "Services: "):
        assert words in text


def test_yes_no_and_not_sure_are_all_said(chat):
    advise(chat, "I've got a pain in my chest", {"q_cardiac_chest_pain": "not sure", "age": "58", "sex": "male"})
    text, custom = summary_of(chat)
    assert chat.advice["disposition"] == "call_999"
    assert custom["summary"]["not_sure"] == ["chest pain that could be a heart attack"]
    assert "You were not sure about: chest pain that could be a heart attack" in text
    assert "When: now" in text


def test_a_child_is_described_as_the_child_with_an_age_in_months(chat):
    advise(chat, "my 18 month old has had a temperature since yesterday", {"postcode": "DA11"})
    text, custom = summary_of(chat)
    assert "About: your child, aged 18 months" in text
    assert custom["summary"]["said_no"]  # the red-flag questions answered no
    assert "You said no to: " in text


def test_advice_said_again_is_not_a_new_decision_and_gets_no_new_summary(chat):
    advise(chat, "toothache for 2 weeks", {"age": "40", "postcode": "skip"})
    first = chat.state.audit[-1]["reference"]
    chat.say("what was your advice again?")
    assert chat.advice and summary_of(chat) == (None, None)
    assert len(chat.state.audit) == 1 and chat.state.audit[-1]["reference"] == first


def test_a_new_decision_gets_a_new_reference(chat):
    advise(chat, "toothache for 2 weeks", {"age": "40", "postcode": "DA11"})
    first = chat.state.audit[-1]["reference"]
    chat.say("now my lips are going blue")
    assert chat.advice["disposition"] == "call_999"
    assert len(chat.state.audit) == 2 and chat.state.audit[-1]["reference"] != first
    assert summary_of(chat)[1]["reference"] == chat.state.audit[-1]["reference"]


def test_the_main_problems_own_duration_when_the_message_told_it_apart(chat):
    """Prostate trouble for years, then no wee since last night: the retention is less than a day old."""
    advise(chat, "he has had prostate trouble for years. since last night he hasn't passed a single drop",
           {"age": "74", "sex": "male", "postcode": "DA11"})
    _text, custom = summary_of(chat)
    assert chat.advice["disposition"] == "emergency_department"
    assert custom["summary"]["duration"] == "less than a day"
