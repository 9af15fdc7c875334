"""bot.action_runner: an action call run in this process, answered as the action server would."""
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from rasa.utils.endpoints import ClientResponseError

from bot.action_runner import run_action


def in_worker(call):
    """As Rasa runs it: on a worker thread, away from any running event loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run_action, call).result()


def test_an_unknown_action_is_a_404_like_the_action_server():
    with pytest.raises(ClientResponseError) as raised:
        in_worker({"next_action": "action_that_does_not_exist", "tracker": {}, "domain": {}})
    assert raised.value.status == 404
    assert json.loads(raised.value.text)["action_name"] == "action_that_does_not_exist"


def test_a_call_without_an_action_returns_nothing():
    assert in_worker({"tracker": {}}) is None
