"""The checks before Rasa reads a message: conversation ids, message text, pace."""
import pytest

from bot.channels.guard import Guard, Refusal, clean, origin_allowed
from bot.settings import Settings


@pytest.fixture
def guard():
    now = [0.0]
    g = Guard.from_settings(Settings.from_env({"BOT_RATE_LIMIT": "3", "BOT_MAX_MESSAGE_CHARS": "50",
                                               "BOT_NEW_CONVERSATIONS": "2"}))
    g.clock = lambda: now[0]
    g.now = now
    return g


def test_a_missing_sender_gets_a_new_random_conversation(guard):
    first, second = guard.sender(None), guard.sender("")
    assert len(first) == 32 and first != second


@pytest.mark.parametrize("sender", ["default", "bob", 42, ["x"], "a" * 200, "eval run 1 with spaces"])
def test_guessable_or_malformed_senders_are_refused_kindly(guard, sender):
    refusal = guard.sender(sender)
    assert isinstance(refusal, Refusal) and refusal.status == 400 and "999" in refusal.text


def test_the_evaluators_and_the_widgets_senders_are_accepted(guard):
    for sender in ("eval-1a2b3c4d-r19a-001", "9f86d081884c7d659a2feaa0c55ad015"):
        assert guard.sender(sender) == sender


@pytest.mark.parametrize("message", [None, "", "   \n", 12, ["chest pain"], {"text": "hi"}, "\x00", "\ud800"])
def test_no_readable_text_gets_a_prompt_not_silence(guard, message):
    refusal = guard.message(message)
    assert isinstance(refusal, Refusal) and refusal.status == 200 and refusal.text.strip()


def test_a_message_over_the_cap_gets_a_kind_reply(guard):
    assert guard.message("x" * 50) == "x" * 50
    refusal = guard.message("x" * 51)
    assert isinstance(refusal, Refusal) and "main problem" in refusal.text


def test_half_an_emoji_or_a_control_character_does_not_hide_the_words():
    assert clean("lips going blue \ud83d") == "lips going blue  "
    assert clean("chest\x00pain\nsince\tnoon") == "chest pain\nsince\tnoon"


def test_pace_is_limited_per_conversation_over_a_sliding_minute(guard):
    assert [guard.allow("conversation-a") for _ in range(3)] == [None, None, None]
    assert guard.allow("conversation-a").status == 429
    assert guard.allow("conversation-b") is None
    guard.now[0] = 61.0
    assert guard.allow("conversation-a") is None


@pytest.mark.parametrize("value, kept", [({"lang": "en"}, {"lang": "en"}), (True, None), (7, None), (["x"], None)])
def test_only_object_metadata_reaches_rasa(guard, value, kept):
    assert guard.metadata(value) == kept


def test_new_conversations_from_one_address_are_limited_but_not_from_loopback(guard):
    assert guard.allow("conversation-1", "203.0.113.9") is None
    assert guard.allow("conversation-2", "203.0.113.9") is None
    assert guard.allow("conversation-3", "203.0.113.9").status == 429
    assert guard.allow("conversation-1", "203.0.113.9") is None  # an existing conversation goes on
    assert guard.allow("conversation-4", "198.51.100.7") is None
    assert all(guard.allow(f"local-{i}", "127.0.0.1") is None for i in range(10))
    guard.now[0] = 61.0
    assert guard.allow("conversation-3", "203.0.113.9") is None


def test_the_browsers_origin_is_put_in_the_metadata_and_a_client_cannot_write_it(guard):
    assert guard.metadata({"lang": "en", "origin": "https://spoof.example"}, "https://site.example") == \
        {"lang": "en", "origin": "https://site.example"}
    assert guard.metadata({"origin": "https://spoof.example"}) is None
    assert guard.metadata(None, "null") is None  # a sandboxed page or a file has no origin to tell


@pytest.mark.parametrize("origin, allowed, ok", [
    ("https://site.example", ("https://site.example",), True),
    ("https://evil.example", ("https://site.example",), False),
    ("https://evil.example", ("*",), True),
    ("http://localhost:5005", (), True),  # no list: the server's own site only
    ("http://localhost:8080", (), False),
    (None, ("https://site.example",), True),  # not a web page (no Origin header)
])
def test_a_socket_is_accepted_only_from_an_allowed_site(origin, allowed, ok):
    assert origin_allowed(origin, allowed, "http://localhost:5005") is ok
