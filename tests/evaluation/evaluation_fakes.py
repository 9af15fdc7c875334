"""Test doubles for the evaluation: a scripted bot, a transport over it, and a tiny fake Rasa
server (REST channel + tracker) on a free loopback port. Never used against the real bot.

The scripted bot, keyed on the first message:
  "chest pain"   -> call_999 at once (custom payload, with a service)
  "slot only"    -> advice only through the disposition slot (no custom payload)
  "loop"         -> asks a question without buttons forever (never advises)
  "crash"        -> raises (HTTP 500 over the fake server)
  "weird"        -> a disposition code outside the contract
  anything else  -> asks age (requested_slot "age"), then a yes/no question with buttons
                    ["Yes", "No, none of these"] (slot "q_fever"): a "no" payload gives pharmacy
                    with a service, anything else gives gp_urgent
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERVICE = {"name": "Riverside Pharmacy", "address": "12 High Street, Dartford DA1 1DJ"}


def advice(code: str, level: int, services=(), rule="r-test") -> dict:
    return {"custom": {"disposition": code, "level": level, "services": list(services),
                       "title": "Advice " + code, "reasons": ["because of " + code],
                       "safety_net": "If it gets worse, call 111.", "rule": rule}}


class ScriptedBot:
    def __init__(self):
        self.sessions: dict[str, dict] = {}
        self.received: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def say(self, sender: str, text: str) -> list[dict]:
        with self.lock:
            self.received.append((sender, text))
            s = self.sessions.setdefault(sender, {"step": 0, "slots": {}, "kind": None})
            s["step"] += 1
            if s["step"] == 1:
                low = text.lower()
                s["kind"] = next((k for k in ("chest pain", "slot only", "loop", "crash", "weird") if k in low),
                                 "normal")
            kind, slots = s["kind"], s["slots"]
            if kind == "crash":
                raise RuntimeError("scripted crash")
            if kind == "chest pain":
                slots.update(disposition="call_999", requested_slot=None)
                return [{"text": "Call 999 now."}, advice("call_999", 5, [SERVICE], rule="r-chest")]
            if kind == "weird":
                slots.update(disposition="see_a_wizard")
                return [advice("see_a_wizard", 9)]
            if kind == "slot only":
                slots.update(disposition="self_care", requested_slot=None)
                return [{"text": "Look after yourself at home."}]
            if kind == "loop":
                slots.update(requested_slot="q_loop")
                return [{"text": "Tell me more?"}]
            if s["step"] == 1:
                slots.update(requested_slot="age")
                return [{"text": "How old are you?"}]
            if s["step"] == 2:
                slots.update(age=text, requested_slot="q_fever")
                return [{"text": "Do you have any of these: fever, rash?",
                         "buttons": [{"title": "Yes", "payload": "yes-payload"},
                                     {"title": "No, none of these", "payload": "no-payload"}]}]
            slots.update(requested_slot=None)
            if text == "no-payload":
                slots.update(disposition="pharmacy")
                return [{"text": "Speak to a pharmacist."}, advice("pharmacy", 1, [SERVICE], rule="r-pharm")]
            slots.update(disposition="gp_urgent")
            return [{"text": "Contact your GP today."}, advice("gp_urgent", 3)]

    def tracker(self, sender: str) -> dict:
        with self.lock:
            s = self.sessions.get(sender) or {"slots": {}}
            return {"sender_id": sender, "slots": dict(s["slots"])}


class FakeTransport:
    """The scripted bot in-process, with the evaluation's transport interface."""

    name = "fake"
    concurrent = True

    def __init__(self, bot: ScriptedBot | None = None):
        self.bot = bot or ScriptedBot()

    def say(self, sender, text):
        return self.bot.say(sender, text)

    def tracker(self, sender):
        return self.bot.tracker(sender)


class FakeRasa:
    """POST /webhooks/rest/webhook and GET /conversations/ID/tracker?token=T over the scripted bot,
    on 127.0.0.1 at a free port. Use as a context manager; ``url`` is its base URL."""

    def __init__(self, token: str | None = "secret"):
        self.bot = ScriptedBot()
        self.token = token
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, body) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                url = urllib.parse.urlsplit(self.path)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"null")
                fake.requests.append({"method": "POST", "path": url.path, "query": url.query, "body": body,
                                      "content_type": self.headers.get("Content-Type")})
                if url.path != "/webhooks/rest/webhook":
                    return self._send(404, {"error": "not found"})
                try:
                    messages = fake.bot.say(body["sender"], body["message"])
                except RuntimeError as exc:
                    return self._send(500, {"error": str(exc)})
                self._send(200, [dict(m, recipient_id=body["sender"]) for m in messages])

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                fake.requests.append({"method": "GET", "path": url.path, "query": url.query})
                parts = url.path.split("/")
                if len(parts) != 4 or parts[1] != "conversations" or parts[3] != "tracker":
                    return self._send(404, {"error": "not found"})
                if fake.token and urllib.parse.parse_qs(url.query).get("token") != [fake.token]:
                    return self._send(401, {"error": "unauthorised"})
                self._send(200, fake.bot.tracker(urllib.parse.unquote(parts[2])))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self) -> "FakeRasa":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def vignette(vid: str, message: str, expected, min_level: int, **facts) -> dict:
    return {"id": vid, "message": message, "facts": facts, "answers": {}, "expected": list(expected),
            "min_level": min_level, "source": "test"}


def write_jsonl(path, vignettes) -> str:
    path.write_text("".join(json.dumps(v) + "\n" for v in vignettes), encoding="utf-8")
    return str(path)


# Five vignettes over the scripted bot whose outcomes are known in advance:
#   v-chest  call_999     expected call_999           -> ok
#   v-ok     pharmacy     expected pharmacy           -> ok (age from facts, "No" button)
#   v-under  pharmacy     expected gp_urgent, min 3   -> UNSAFE
#   v-over   call_999     expected pharmacy, min 1    -> off, over-triaged
#   v-loop   none         expected call_999, min 5    -> UNSAFE, no advice within max turns
SCENARIO = [
    vignette("v-chest", "crushing chest pain", ["call_999"], 5, age="60"),
    vignette("v-ok", "sore throat", ["pharmacy", "self_care"], 0, age="30"),
    vignette("v-under", "temperature for 5 days", ["gp_urgent", "nhs_111"], 3, age="2"),
    vignette("v-over", "mild chest pain when I laugh", ["pharmacy"], 1, age="40"),
    vignette("v-loop", "loop me please", ["call_999"], 5, age="50"),
]
