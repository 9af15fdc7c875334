"""bot.action_runner: an action call run in this process, answered as the action server would."""
import json

import pytest
from rasa.utils.endpoints import ClientResponseError

from bot.action_runner import run_action


def test_an_unknown_action_is_a_404_like_the_action_server():
    with pytest.raises(ClientResponseError) as raised:
        run_action({"next_action": "action_that_does_not_exist", "tracker": {}, "domain": {}})
    assert raised.value.status == 404
    assert json.loads(raised.value.text)["action_name"] == "action_that_does_not_exist"


def test_a_call_without_an_action_returns_nothing():
    assert run_action({"tracker": {}}) is None
