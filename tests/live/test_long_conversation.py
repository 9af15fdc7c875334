"""A long conversation over the real servers: after 150 turns a turn still loads a short session,
and the advice the patient was given is kept (issue 8, finding 6; bot/privacy/tracker_store.py).

Rasa loads the latest session from the tracker store on every turn, replays it, featurises it for
the policy and sends it to the action server. Before sessions were bounded (BOT_SESSION_TURNS) that
was the whole conversation: after 150 turns about 2,000 events and 1.5 MB a turn, and a late turn
four times slower than an early one (docs/reliability.md, `scripts/reliability.py turns`).

The live stack lets a conversation send 30 messages a minute (BOT_RATE_LIMIT), so the 150 turns of
talk after the advice are stored through Rasa's HTTP API (`POST /conversations/ID/tracker/events`):
copies, freshly timestamped, of the events one real "thanks" turn stored, which is what 150 such
turns over the REST channel would store. The turns before and after them go over the REST channel.
"""
import json
import sqlite3
import time
import urllib.request

from rest_api import new_sender, say, texts

SESSION_TURNS = 20  # BOT_SESSION_TURNS's default (bot/settings.py); the live stack does not set it
TALK_TURNS = 150


def advice(replies: list) -> str | None:
    return next((m["custom"]["disposition"] for m in replies if isinstance(m.get("custom"), dict)
                 and m["custom"].get("disposition")), None)


def api(stack, path: str, body: object | None = None) -> dict:
    url = f"{stack.rasa_url}/conversations/{path}{'&' if '?' in path else '?'}token={stack.token}"
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return json.loads(resp.read())


def latest_session(db, sender: str) -> dict[str, int]:
    """What Rasa's SQLTrackerStore.retrieve loads for a turn: the events since the last session start."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        start = conn.execute("SELECT MAX(timestamp) FROM events WHERE sender_id = ? AND type_name = 'session_started'",
                             (sender,)).fetchone()[0]
        rows = conn.execute("SELECT type_name, LENGTH(CAST(data AS BLOB)) FROM events WHERE sender_id = ? "
                            "AND timestamp >= ?", (sender, start or 0)).fetchall()
    return {"events": len(rows), "patient_turns": sum(t == "user" for t, _ in rows), "bytes": sum(n for _, n in rows)}


def test_after_150_turns_a_turn_loads_a_short_session_and_keeps_the_advice(live_stack):
    sender = new_sender("long")
    status, replies = say(live_stack, sender, "my dad's face is drooping and his speech is slurred")
    assert status == 200 and advice(replies) == "call_999"
    status, replies = say(live_stack, sender, "thanks")  # after 999 advice, whatever is said: the 999 advice again
    assert status == 200 and texts(replies) and advice(replies) == "call_999"

    events = api(live_stack, f"{sender}/tracker?include_events=ALL")["events"]
    thanks = events[max(i for i, e in enumerate(events) if e["event"] == "user"):]
    talk = []
    for _ in range(TALK_TURNS):
        now = time.time()
        talk += [{**e, "timestamp": now} for e in thanks]
        time.sleep(0.001)
    api(live_stack, f"{sender}/tracker/events?include_events=NONE", talk)
    assert latest_session(live_stack.tracker_db, sender)["patient_turns"] == TALK_TURNS + 2

    # Turn 153 and 154, over the REST channel: a new symptom, then thanks.
    status, replies = say(live_stack, sender, "I've got a cough as well")
    assert status == 200 and advice(replies) == "call_999", replies  # the stroke is still known
    status, replies = say(live_stack, sender, "thanks")
    assert status == 200 and texts(replies) and "something went wrong" not in texts(replies)

    loaded = latest_session(live_stack.tracker_db, sender)
    assert loaded["patient_turns"] <= SESSION_TURNS, loaded
    assert loaded["bytes"] < 200_000, loaded
    tracker = api(live_stack, f"{sender}/tracker?include_events=ALL")  # every session, from the start
    assert sum(e["event"] == "user" for e in tracker["events"]) == TALK_TURNS + 4
    assert tracker["slots"]["disposition"] == "call_999"
