"""When the action server dies, stalls or fails, the patient still gets safe advice within 5 s, and
the conversation goes on once it is back (bot.serve revives a dead server)."""
import os
import signal
import time

import pytest
from rest_api import new_sender, say, texts

from bot.serve import Stack, free_port, wait_for

FAULT_WORDS = ("999", "111")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    logs = tmp_path_factory.mktemp("fault-stack")
    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(),
                  token="test-token", tracker_db=logs / "rasa.db", log_dir=logs)
    stack.start(web=False, timeout=240)
    yield stack
    stack.stop()


def timed_say(stack, sender, text):
    """The replies to one message, and how long they took."""
    started = time.monotonic()
    _, replies = say(stack, sender, text)
    return replies, time.monotonic() - started


def actions_healthy(stack):
    wait_for(f"http://localhost:{stack.actions_port}/health", 60, stack.procs["actions"])


def is_fault(replies):
    text = texts(replies)
    return "went wrong" in text and all(w in text for w in FAULT_WORDS)


def test_a_dead_action_server_gives_safe_advice_and_the_conversation_resumes(stack):
    sender = new_sender("fault")
    first, _ = timed_say(stack, sender, "I've had a sore throat for three days")
    assert not is_fault(first)
    os.killpg(stack.procs["actions"].pid, signal.SIGKILL)
    stack.procs["actions"].wait(timeout=10)
    replies, seconds = timed_say(stack, sender, "I'm 34")
    assert is_fault(replies) and seconds < 5
    assert stack.revive() == ["actions"]
    actions_healthy(stack)
    replies, _ = timed_say(stack, sender, "I'm 34")
    assert not is_fault(replies) and replies


def test_a_stalled_action_server_gives_safe_advice_within_5_seconds(stack):
    sender = new_sender("stall")
    proc = stack.procs["actions"]
    os.killpg(proc.pid, signal.SIGSTOP)
    try:
        replies, seconds = timed_say(stack, sender, "my lips are going blue")
    finally:
        os.killpg(proc.pid, signal.SIGCONT)
    assert is_fault(replies) and seconds < 5
    replies, _ = timed_say(stack, sender, "my lips are going blue")
    assert any((m.get("custom") or {}).get("disposition") == "call_999" for m in replies)


def test_socketio_gets_safe_advice_from_a_stalled_action_server(stack):
    import socketio

    replies: list[dict] = []
    client = socketio.Client()
    client.on("bot_uttered", lambda data: replies.append(data))
    client.connect(stack.rasa_url, headers={"Origin": stack.web_url}, transports=["polling"])
    proc = stack.procs["actions"]
    os.killpg(proc.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        client.emit("user_uttered", {"message": "my lips are going blue"})
        while not replies and time.monotonic() - started < 10:
            time.sleep(0.1)
        seconds = time.monotonic() - started
    finally:
        os.killpg(proc.pid, signal.SIGCONT)
        client.disconnect()
    assert replies and is_fault(replies) and seconds < 6
