"""Conversations through the real Rasa REST channel and HTTP API, as clients and pilots use them."""
import json
import urllib.error
import urllib.request
import uuid

import pytest


class Client:
    def __init__(self, stack):
        self.stack = stack
        self.sender = "test-" + uuid.uuid4().hex[:10]

    def say(self, text):
        body = json.dumps({"sender": self.sender, "message": text}).encode()
        req = urllib.request.Request(self.stack.rasa_url + "/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read())

    def slots(self):
        url = f"{self.stack.rasa_url}/conversations/{self.sender}/tracker?token={self.stack.token}"
        with urllib.request.urlopen(url, timeout=30) as resp:
            return json.loads(resp.read())["slots"]


def advice_in(messages):
    return next((m["custom"] for m in messages if isinstance(m.get("custom"), dict)
                 and m["custom"].get("disposition")), None)


@pytest.fixture
def client(live_stack):
    return Client(live_stack)


@pytest.mark.parametrize("postcode, area", [("DA11 0DG", "Dartford, Gravesham and Swanley"),
                                           ("CT20 1JY", "South Kent Coast")])  # Gravesend, Folkestone
def test_full_conversation_reaches_local_advice(client, postcode, area):
    replies = client.say("I've had a really sore throat for two days")
    assert client.slots()["requested_slot"] == "age" and replies[0]["text"]
    answers = {"age": "40", "postcode": postcode}
    for _ in range(8):
        slot = client.slots()["requested_slot"]
        replies = client.say(answers.get(slot, "No"))
        if advice_in(replies):
            break
    advice = advice_in(replies)
    assert advice["disposition"] == "pharmacy" and advice["level"] == 1
    assert advice["services"] and all(s["kind"] == "pharmacy" for s in advice["services"])
    assert advice["services"][0]["area"] == area  # each service says the area that lists it
    slots = client.slots()
    assert slots["disposition"] == "pharmacy" and slots["requested_slot"] is None
    outward = postcode.split()[0]
    assert slots["age"] == 40 and slots["postcode"] == outward  # stored redacted to the outward code


def test_closed_questions_offer_buttons_and_red_flag_at_any_turn(client):
    client.say("my 2 year old has a temperature")
    for _ in range(4):
        if client.slots()["requested_slot"] and client.slots()["requested_slot"].startswith("q_"):
            break
        client.say({"age": "2", "duration": "since yesterday"}.get(client.slots()["requested_slot"], "no"))
    replies = client.say("no but he's gone all floppy and his lips look blue")
    assert advice_in(replies)["disposition"] == "call_999"
    assert client.slots()["disposition"] == "call_999"


def test_buttons_are_sent_for_yes_no_questions(client):
    replies = client.say("I have chest pain")
    titles = [b["title"] for m in replies for b in m.get("buttons", [])]
    assert {"Yes", "No"} <= set(titles)


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_message_is_ignored_without_error(client, text):
    assert client.say(text) == [] or all("text" in m for m in client.say(text))


@pytest.mark.parametrize("text", ["🙂🙂🙂", "<script>alert(1)</script>", "x" * 5000,
                                  "asdkjh qwpoeiru zmxncb", "what's the weather tomorrow"])
def test_bad_input_gets_a_reply_and_never_an_error(client, text):
    replies = client.say(text)
    assert replies and all("text" in m or "custom" in m for m in replies)


def test_start_again_clears_the_conversation(client):
    client.say("my daughter has a sore throat")
    replies = client.say("start again")
    assert any("start again" in m.get("text", "").lower() for m in replies)
    assert client.slots()["requested_slot"] is None


def test_http_api_needs_the_token(client):
    client.say("hello")
    url = f"{client.stack.rasa_url}/conversations/{client.sender}/tracker"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url, timeout=30)
    assert err.value.code == 401


@pytest.mark.parametrize("opening,answer_yes_to", [
    ("I've got a pain in my chest", "q_cardiac_chest_pain"),
    ("asdf qwerty", "q_emergency_signs"),
])
def test_yes_to_a_screening_question_escalates_to_999(client, opening, answer_yes_to):
    client.say(opening)
    replies = []
    for _ in range(8):
        slot = client.slots()["requested_slot"]
        replies = client.say("Yes" if slot == answer_yes_to else {"age": "58", "sex": "male"}.get(slot, "No"))
        if advice_in(replies):
            break
    assert advice_in(replies)["disposition"] == "call_999"
    assert client.slots()["disposition"] == "call_999"
