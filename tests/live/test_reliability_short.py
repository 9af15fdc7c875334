"""A short version of scripts/reliability.py over the session's real servers: 200 random and malformed
requests get no server error and no empty reply, and a 100 KB message sent over and over does not
slow a normal patient down. The full runs and their recorded figures are in docs/reliability.md."""
import importlib.util
import random
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "reliability.py"
_spec = importlib.util.spec_from_file_location("reliability", SCRIPT)
reliability = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reliability)

PER_SENDER = 4  # well under the default 30 messages a minute a conversation may send


def test_fuzz_200_gets_no_server_error_and_no_empty_reply(live_stack):
    rng = random.Random(20261130)
    requests = [reliability.fuzz_request(rng, [f"rs-{i // PER_SENDER}-{uuid.uuid4().hex[:8]}"])
                for i in range(200)]
    url = live_stack.rasa_url + "/webhooks/rest/webhook"

    def send(item):
        kind, body, ctype = item
        status, reply, _ = reliability.post(url, body, ctype, timeout=30)
        return kind, status, reply, body[:80]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(send, requests))
    server_errors = [r for r in results if r[1] >= 500 or r[1] == 0]
    empty = [r for r in results if r[1] == 200 and r[2] == []]
    not_replies = [r for r in results if not (isinstance(r[2], list) and r[2] and all(isinstance(m, dict) for m in r[2]))]
    assert server_errors == [] and empty == [] and not_replies == []
    assert {status for _, status, _, _ in results} <= {200, 400}


def test_a_normal_turn_stays_fast_alongside_100kb_messages(live_stack):
    result = reliability.long_run(live_stack.rasa_url, conversations=3, long_senders=2, seed=7)
    assert result["long_sent"] > 0 and result["long_other"] == 0  # every one refused kindly, with a 200
    assert result["normal_turns"] >= 3 and result["normal_problems"] == []
    assert result["normal_p95_ms"] < 1000, result
