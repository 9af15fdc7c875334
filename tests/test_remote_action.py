"""Rasa's check of the action server's reply, compiled once, accepts and refuses what Rasa's own does."""
import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction

import bot.channels  # noqa: F401 - installs the compiled check, as the Rasa server does
from bot.remote_action import validate_action_result

GOOD = {"events": [{"event": "slot", "name": "triage_state", "value": {"x": 1}}],
        "responses": [{"text": "hello", "buttons": []}]}
BAD = [{"events": [{"event": "slot"}], "responses": []}, {"events": "nope"}, {"responses": ["text"]},
       {"events": [{"event": "no_such_event"}]}]


def test_rasa_uses_the_compiled_check():
    assert RemoteAction._validate_action_result is validate_action_result


def test_a_valid_reply_passes():
    assert validate_action_result(None, GOOD) is True


@pytest.mark.parametrize("reply", BAD)
def test_an_invalid_reply_fails_with_rasas_own_error(reply):
    with pytest.raises(ValidationError) as rasa_error:
        validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(ValidationError) as ours:
        validate_action_result(None, reply)
    assert ours.value.message.startswith(rasa_error.value.message)
    assert "Failed to validate Action server response" in ours.value.message
