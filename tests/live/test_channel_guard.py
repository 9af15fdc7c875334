"""The guarded channels over the real servers: any body, any message, any pace gets a kind, non-empty
reply; a red flag survives a broken character; only the allowed sites reach socket.io."""
import json
import urllib.error
import urllib.request

import pytest
from rest_api import new_sender, post, say, texts

from bot.settings import settings


@pytest.mark.parametrize("message", ["", "   ", 7, ["chest pain"], None, "\u0000", "\ud800"])
def test_unreadable_messages_get_a_reply_not_silence(live_stack, message):
    status, replies = say(live_stack, new_sender(), message)
    assert status == 200 and "type what the problem is" in texts(replies)


@pytest.mark.parametrize("body", [b'["chest pain"]', b"not json", b'{"message": "hi", "sender": "default"}'])
def test_malformed_requests_are_refused_with_safe_words(live_stack, body):
    status, replies = post(live_stack, body)
    assert status == 400 and "999" in texts(replies)


def test_no_sender_starts_a_private_conversation(live_stack):
    first = post(live_stack, json.dumps({"message": "I have toothache"}).encode())[1]
    second = post(live_stack, json.dumps({"message": "I have toothache"}).encode())[1]
    assert first[0]["recipient_id"] != second[0]["recipient_id"] != "default"


def test_a_long_message_gets_a_kind_reply_and_the_conversation_goes_on(live_stack):
    sender = new_sender()
    status, replies = say(live_stack, sender, "my head hurts " * (settings().max_message_chars // 10))
    assert status == 200 and "main problem" in texts(replies)
    status, replies = say(live_stack, sender, "my lips are going blue and I can't breathe")
    assert any((m.get("custom") or {}).get("disposition") == "call_999" for m in replies)


def test_a_red_flag_beside_half_an_emoji_is_still_read(live_stack):
    body = b'{"sender": "' + new_sender().encode() + b'", "message": "my lips are going blue \\ud83d"}'
    status, replies = post(live_stack, body)
    assert status == 200 and any((m.get("custom") or {}).get("disposition") == "call_999" for m in replies)


def test_too_fast_gets_asked_to_slow_down(live_stack):
    sender, statuses = new_sender(), []
    for _ in range(settings().rate_limit + 1):
        status, replies = say(live_stack, sender, "hello")
        statuses.append(status)
    assert statuses[-1] == 429 and "wait a moment" in texts(replies) and set(statuses[:-1]) == {200}


@pytest.mark.parametrize("origin, accepted", [("http://evil.example", False), (None, True)])
def test_socketio_accepts_only_the_allowed_sites(live_stack, origin, accepted):
    import socketio

    client = socketio.Client(reconnection=False)
    try:
        client.connect(live_stack.rasa_url, headers={"Origin": origin or live_stack.web_url},
                       transports=["polling"], wait_timeout=10)
        connected = True
    except socketio.exceptions.ConnectionError:
        connected = False
    finally:
        client.disconnect()
    assert connected is accepted


@pytest.mark.parametrize("origin, allowed", [("http://evil.example", None), (None, True)])
def test_socketio_answers_a_browser_with_one_cors_header(live_stack, origin, allowed):
    """Rasa's --cors writes the CORS headers, engine.io none: two values make a browser refuse."""
    req = urllib.request.Request(live_stack.rasa_url + "/socket.io/?EIO=4&transport=polling",
                                 headers={"Origin": origin or live_stack.web_url})
    with urllib.request.urlopen(req, timeout=10) as resp:
        values = resp.headers.get_all("Access-Control-Allow-Origin") or []
    assert values == ([live_stack.web_url] if allowed else [])


@pytest.mark.parametrize("metadata", [True, 7, ["x"], "text"])
def test_metadata_that_is_not_an_object_is_dropped_not_a_fault(live_stack, metadata):
    body = json.dumps({"sender": new_sender(), "message": "I have toothache", "metadata": metadata}).encode()
    status, replies = post(live_stack, body)
    assert status == 200 and "went wrong" not in texts(replies) and texts(replies).strip()
