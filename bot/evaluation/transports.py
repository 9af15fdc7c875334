"""How the simulated patient reaches the bot. Every transport has the same two calls:

    say(sender, text) -> list of bot messages ({"text", "buttons"} or {"custom": {...}})
    tracker(sender)   -> {"slots": {...}} or None when the tracker cannot be read

``HttpTransport`` talks to a running Rasa server exactly like ../shared/eval/triage_eval.py
(REST channel + the HTTP API's tracker, standard library only). ``InProcessTransport`` calls the
bot's conversation directly, with no servers, but keeps the conversation state between turns the
way the Rasa action does (as the JSON ``triage_state`` slot), so it exercises the same path.
"""
from __future__ import annotations

import datetime as _dt
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from typing import Protocol


class Transport(Protocol):
    name: str

    def say(self, sender: str, text: str) -> list[dict]: ...

    def tracker(self, sender: str) -> dict | None: ...


class HttpTransport:
    """A running bot: POST /webhooks/rest/webhook and GET /conversations/ID/tracker[?token=T]."""

    concurrent = True

    def __init__(self, url: str = "http://localhost:5005", token: str | None = None, timeout: float = 30.0):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.name = self.url

    def _call(self, method: str, path: str, body: dict | None = None):
        query = "?" + urllib.parse.urlencode({"token": self.token}) if self.token else ""
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path + query, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            return json.loads(resp.read().decode() or "null")

    def say(self, sender: str, text: str) -> list[dict]:
        return self._call("POST", "/webhooks/rest/webhook", {"sender": sender, "message": text}) or []

    def tracker(self, sender: str) -> dict | None:
        try:
            return self._call("GET", "/conversations/%s/tracker" % urllib.parse.quote(sender))
        except urllib.error.HTTPError:  # e.g. 401 without the API token: the run goes on blind
            return None


class InProcessTransport:
    """The bot's conversation in this process (bot.assembly), one state per sender.

    Calls are serialised: the bot is CPU-bound Python, so threads would not make it faster, and
    the measured turn latency should be the bot's, not time spent waiting for another thread.
    """

    concurrent = False

    def __init__(self, conversation=None, understander=None, today: _dt.date | None = None) -> None:
        """`today` reads relative dates ("since Saturday") as of that day: the day a set was written."""
        if conversation is None or understander is None:
            from bot import assembly
            conversation = conversation or assembly.conversation()
            understander = understander or assembly.understander()
        self.conversation = conversation
        self.understander = understander
        self.today = today
        self.name = "in-process"
        self._slots: dict[str, dict] = {}
        self._lock = threading.Lock()

    def say(self, sender: str, text: str) -> list[dict]:
        from bot.conversation import ConversationState, Incoming

        with self._lock:
            slots = self._slots.get(sender) or {}
            # As the Rasa action does: the state lives in the triage_state slot as plain JSON.
            state = ConversationState.from_dict(json.loads(json.dumps(slots.get("triage_state"))))
            reading = self.understander.read(text, today=self.today)
            reply = self.conversation.respond(state, Incoming(text=text, intent=None, reading=reading))
            new_slots = dict(reply.slots)
            if "triage_state" not in new_slots:
                new_slots["triage_state"] = reply.state.to_dict()
            self._slots[sender] = json.loads(json.dumps(new_slots))
            return json.loads(json.dumps(reply.messages))

    def tracker(self, sender: str) -> dict | None:
        with self._lock:
            return {"sender_id": sender, "slots": dict(self._slots.get(sender) or {})}
