"""BOT_ACTIONS=in-process: Rasa runs the custom actions itself; no action server is started, and a
conversation reaches the same advice as with one."""
import pytest
from rest_api import new_sender, say, texts

from bot.serve import Stack, free_port


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    logs = tmp_path_factory.mktemp("in-process-stack")
    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(), token="test-token",
                  tracker_db=logs / "rasa.db", log_dir=logs, actions_in_process=True)
    stack.start(web=False, timeout=240)
    yield stack
    stack.stop()


def test_no_action_server_is_started(stack):
    assert set(stack.procs) == {"rasa"}


def test_an_emergency_gets_999_advice(stack):
    status, replies = say(stack, new_sender("inproc"), "crushing chest pain going down my left arm and I'm sweating")
    assert status == 200 and "999" in texts(replies)
    assert any((m.get("custom") or {}).get("disposition") == "call_999" for m in replies)


def test_a_conversation_answers_a_question_and_reaches_advice(stack):
    sender = new_sender("inproc")
    _, first = say(stack, sender, "I've had a sore throat for three days")
    assert first and "went wrong" not in texts(first)
    for answer in ("34", "no", "no", "no", "DA1", "no", "no"):
        _, replies = say(stack, sender, answer)
        if any((m.get("custom") or {}).get("disposition") for m in replies):
            break
    assert any((m.get("custom") or {}).get("disposition") for m in replies)
