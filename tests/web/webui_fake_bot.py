"""A FAKE Rasa REST channel for the widget's UI tests (never used against the real bot).

``POST /webhooks/rest/webhook`` with ``{"sender", "message"}`` answers from a tiny script:

1. any first message -> a question with Yes/No buttons (payloads ``/affirm`` and ``/deny``)
2. next message      -> "How old is the person with the symptoms?"
3. next message      -> "What is your postcode?"
4. next message      -> the advice text, then a disposition custom payload with services, then
                        the "What you told us" summary (text, then its custom payload)

Every advice is sent as the real bot sends it (``bot/conversation/replies.py``): the advice as
text (title, reasons, safety net), then the custom payload with the same words; and, as Rasa's
REST channel does, a text without buttons goes out as one message per paragraph.

``start again`` resets the script and answers with a greeting that has buttons. A message
containing ``<img`` is echoed back as bot text. ``xss card`` answers with a disposition whose
service name and address carry an XSS payload. Other fixed answers, each in the real bot's shape:
``nearest pharmacy`` and ``nearest dentist`` (services WITHOUT a disposition, as the bot answers
"where's the nearest pharmacy"), ``chest pain`` (call_999), ``kill myself`` (mental health crisis,
with Samaritans and SHOUT), ``a and e`` (level 4 with services), ``red eye`` (optometrist,
PEARS/MECS), ``toothache`` (dentist; services without phone, one without a name), ``a cold`` (self-care with
the care advice of data/triage/care_advice.yml for a cold), ``longest care`` (the scripted pharmacy
advice and summary, with the longest care advice in that file), ``something is
wrong`` (nothing the bot can read: the emergency checklist from ``data/conversation``, then the
emergency-signs question with Yes/No).
``slow please`` waits 3 seconds before answering (for the widget's time-out); ``fail please``
gets HTTP 500. Every request is recorded in ``received``.

``GET /conversations/<id>/tracker`` gives ``slots.requested_slot`` and ``slots.disposition`` like
the Rasa HTTP API (token not checked).

``HostSite`` is a made-up third-party website (a GP practice's) on its own loopback port, serving
pages that tests register, so the widget can be embedded on another origin over real HTTP.

Run alone for manual checks: ``python tests/web/webui_fake_bot.py 5055``.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bot.conversation import Conversation
from bot.conversation.replies import care_paragraphs
from bot.datafiles import load_yaml

SLOW_SECONDS = 3.0
XSS = "<img src=x onerror=window.__xss=1>"

PHARMACY_NOTE = "Opening hours are not in the data: call the pharmacy or check the NHS website before you go."

SERVICES = [
    {
        "name": "Riverside Pharmacy",
        "address": "12 High Street, Dartford DA1 1DJ",
        "phone": "01322 123456",
        "url": "https://www.example-pharmacy.nhs.uk/",
        "opening_times": "Monday to Saturday 9am to 6pm",
        "notes": PHARMACY_NOTE,
        "kind": "pharmacy",
        "distance_km": 0.0,
    },
    {
        "name": "Bluewater Late Pharmacy",
        "address": "Bluewater Shopping Centre, Greenhithe DA9 9SE",
        "phone": "01322 654321",
        "url": "javascript:window.__xss=1",
        "opening_times": "Every day 8am to 10pm",
        "kind": "pharmacy",
        "distance_km": 2.4,
    },
]


def advice(custom: dict) -> str:
    """The advice as text, as ``bot.conversation.replies.advice`` writes it."""
    care = care_paragraphs(custom["care"]) if custom.get("care") else []
    return "\n\n".join([f"{custom['title']}.", *custom["reasons"], *care, custom["safety_net"]])


DISPOSITION = {
    "disposition": "pharmacy",
    "level": 1,
    "services": SERVICES,
    "title": "Speak to a community pharmacist (incl. Pharmacy First)",
    "reasons": [
        "A pharmacist can assess a sore throat under Pharmacy First (age 5 and over) and give treatment.",
        "Based on: sore throat.",
    ],
    "safety_net": "If you find it hard to swallow or breathe, call 111. If someone's life is at risk, call 999.",
    "area_note": "Showing services near DA1.",
    "rule": "pharmacy_first_sore_throat",
}

SERVICE_LIST = "Here are the nearest services I know of:"

# "What you told us" after the scripted advice, as the real bot sends it (bot/conversation/summary.py):
# the lines as one text, then a custom payload without a disposition.
REFERENCE = "K7F-3QXF"
SUMMARY_LINES = [
    f"What you told us (reference {REFERENCE})",
    "About: you, aged 30",
    "Main problem: sore throat",
    "You said no to: so painful you cannot swallow",
    "My advice: Speak to a community pharmacist",
    "When: when you can, no appointment needed",
    "Services: Riverside Pharmacy, 01322 123456; Bluewater Late Pharmacy, 01322 654321",
    f"Your reference number is {REFERENCE}. If you contact the NHS about this chat, quote it.",
]
SUMMARY = {"summary": {"reference": REFERENCE, "lines": SUMMARY_LINES}, "reference": REFERENCE}

# Services without a disposition: the bot's answer to "where's the nearest pharmacy".
NEAREST_PHARMACIES = {
    "services": [
        {
            "name": "Core Pharmacy",
            "address": "Horsman's Place Surgery, Instone Road, Dartford, Kent, DA1 2JP",
            "phone": "07949 202952",
            "notes": PHARMACY_NOTE,
            "postcode": "DA1 2JP",
            "kind": "pharmacy",
            "id": "pharmacy-ftl60",
            "area": "Dartford, Gravesham and Swanley",
            "distance_km": 0.0,
        },
        {
            "name": "Boots Pharmacy",
            "address": "48-52 High Street, Dartford, Kent, DA1 1DE",
            "notes": PHARMACY_NOTE,
            "postcode": "DA1 1DE",
            "kind": "pharmacy",
            "id": "pharmacy-fn522",
            "area": "Dartford, Gravesham and Swanley",
            "distance_km": 0.4,
        },
        {
            "name": "Bean Pharmacy",
            "address": "1 High Street, Bean, Dartford, Kent, DA2 8AS",
            "phone": "01474 700000",
            "notes": PHARMACY_NOTE,
            "postcode": "DA2 8AS",
            "kind": "pharmacy",
            "id": "pharmacy-test1",
            "area": "Dartford, Gravesham and Swanley",
            "distance_km": 3.6,
        },
    ],
    "title": SERVICE_LIST,
}

NEAREST_DENTISTS = {
    "services": [
        {
            "address": "30 Old Road West, Gravesend, Kent, DA11 0LJ",
            "notes": "Not found on the NHS website's dental search (2026-02): check whether it offers NHS treatment.",
            "postcode": "DA11 0LJ",
            "kind": "dentist",
            "id": "dentist-v05358",
            "distance_km": 0.0,
        },
        {
            "name": "J F Lynch and Associates",
            "address": "39 New Road, Gravesend, Kent, DA11 0AB",
            "notes": "NHS website (2026-02): taking new NHS patients: adults no, children no. "
            "This changes often: ask the practice.",
            "postcode": "DA11 0AB",
            "kind": "dentist",
            "id": "dentist-v05328",
            "distance_km": 0.1,
        },
    ],
    "title": SERVICE_LIST,
}

CALL_999 = {
    "disposition": "call_999",
    "level": 5,
    "services": [],
    "title": "Call 999 now",
    "reasons": [
        "Chest pain that feels heavy, tight or crushing, or spreads to the arm, neck, jaw or back, can be a heart attack.",
        "Based on: chest pain that could be a heart attack.",
    ],
    "safety_net": "Do not drive yourself to hospital. If the person stops breathing or becomes unresponsive, "
    "tell the 999 call handler straight away: they will help you.",
    "rule": "heart_attack_signs",
}

MENTAL_HEALTH_CRISIS = {
    "disposition": "mental_health_crisis",
    "level": 3,
    "services": [
        {
            "name": "NHS 111, option 2: mental health crisis line",
            "phone": "111",
            "url": "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
            "opening_times": "24 hours a day, 7 days a week",
            "notes": "Call 111 and choose option 2 to speak to a mental health professional, for yourself or "
            "someone you are worried about. If someone's life is at immediate risk, call 999.",
            "kind": "mental_health_crisis",
            "id": "nhs-111-mental-health",
        }
    ],
    "title": "Call 111 and choose option 2 (24/7 mental health crisis line)",
    "reasons": [
        "Thoughts of suicide or self-harm need urgent support, even when there is no immediate danger. "
        "The crisis line is there for this, 24 hours a day.",
        "Based on: thoughts of suicide or ending life.",
    ],
    "safety_net": "If you or someone else is in immediate danger, or has taken an overdose or seriously hurt "
    "themselves, call 999 or go to A&E now. You can also text SHOUT to 85258 or call Samaritans free on "
    "116 123, any time.",
    "rule": "suicidal_thoughts",
}

EMERGENCY_DEPARTMENT = {
    "disposition": "emergency_department",
    "level": 4,
    "services": [
        {
            "name": "Darent Valley Hospital A&E",
            "address": "Darenth Wood Road, Dartford, Kent, DA2 8DA",
            "phone": "01322 428100",
            "url": "https://www.dgt.nhs.uk",
            "opening_times": "Open 24 hours, every day",
            "kind": "emergency_department",
            "distance_km": 3.2,
        }
    ],
    "title": "Go to A&E now",
    "reasons": ["A deep cut that will not stop bleeding needs A&E. See https://111.nhs.uk for more.",
                "Based on: a deep cut."],
    "safety_net": "If the bleeding is heavy or the person faints, call 999. If you are unsure, call 111.",
    "rule": "deep_cut",
}

OPTOMETRIST = {
    "disposition": "optometrist",
    "level": 2,
    "services": [
        {
            "name": "Dollond & Aitchison",
            "address": "20 High Street, Dartford, Kent, DA1 1BY",
            "phone": "01322 223007",
            "notes": "Community optometrist (optician): check they offer the NHS minor eye conditions service "
            "(PEARS/MECS) before you go. Details are from 2014: verify before use.",
            "kind": "optometrist",
            "distance_km": 0.3,
        }
    ],
    "title": "See a community optometrist in the minor eye conditions service (PEARS/MECS)",
    "reasons": [
        "Red, sore, gritty or watery eyes can be treated by a community optometrist in the minor eye "
        "conditions service.",
        "Based on: red, sore or irritated eye.",
    ],
    "safety_net": "Go to A&E if you suddenly lose sight or the eye becomes very painful. If you are unsure, call 111.",
    "rule": "minor_eye_conditions",
}

DENTIST = {
    "disposition": "dentist",
    "level": 2,
    "services": NEAREST_DENTISTS["services"],
    "title": "Book an appointment with a dentist",
    "reasons": ["Toothache needs a dentist. Painkillers such as paracetamol or ibuprofen can help until you are seen.",
                "Based on: toothache."],
    "safety_net": "If the pain becomes severe, your gum or face swells, or you get a high temperature, call your "
    "dentist urgently or 111. Go to A&E if swelling affects your breathing, swallowing or eye.",
    "rule": "toothache",
}

DATA = Path(__file__).resolve().parents[2] / "data"
COLD_CARE = {key: value for key, value in load_yaml(DATA / "triage" / "care_advice.yml")["advice"]["cold_or_flu"][0].items()
             if key in ("condition", "do", "buy", "get_help", "nhs_page")}
SELF_CARE = {
    "disposition": "self_care",
    "level": 0,
    "services": [],
    "title": "Look after yourself at home, with clear advice on when to seek help",
    "reasons": ["Colds, coughs and mild temperatures usually get better on their own.",
                "From what you told me: cold symptoms."],
    "safety_net": "If it gets worse, does not improve as expected, or you are worried, call 111 or contact your "
    "GP practice. Call 999 in an emergency.",
    "rule": "cold_or_flu",
    "care": COLD_CARE,
}



def _care_size(entry: dict) -> tuple[int, int]:
    lines = [entry["condition"], *entry["do"], *entry["buy"], *entry["get_help"]]
    return sum(len(line) for line in lines), len(lines)


# The longest care advice in data/triage/care_advice.yml (most words, then most lines) on the
# scripted pharmacy advice, with the summary: the printout must still fit one A4 page.
LONGEST_CARE = {key: value for key, value in max(
    (entry for entries in load_yaml(DATA / "triage" / "care_advice.yml")["advice"].values() for entry in entries),
    key=_care_size).items() if key in ("condition", "do", "buy", "get_help", "nhs_page")}
LONGEST_CARE_DISPOSITION = {**DISPOSITION, "care": LONGEST_CARE}

# message (lower case) -> (disposition slot, [messages]) for the fixed answers
FIXED = {
    "nearest pharmacy": (None, [{"text": SERVICE_LIST}, {"custom": NEAREST_PHARMACIES}]),
    "nearest dentist": (None, [{"text": SERVICE_LIST}, {"custom": NEAREST_DENTISTS}]),
    "chest pain": ("call_999", [{"text": advice(CALL_999)}, {"custom": CALL_999}]),
    "kill myself": ("mental_health_crisis", [{"text": advice(MENTAL_HEALTH_CRISIS)}, {"custom": MENTAL_HEALTH_CRISIS}]),
    "a and e": ("emergency_department", [{"text": advice(EMERGENCY_DEPARTMENT)}, {"custom": EMERGENCY_DEPARTMENT}]),
    "red eye": ("optometrist", [{"text": advice(OPTOMETRIST)}, {"custom": OPTOMETRIST}]),
    "toothache": ("dentist", [{"text": advice(DENTIST)}, {"custom": DENTIST}]),
    "a cold": ("self_care", [{"text": advice(SELF_CARE)}, {"custom": SELF_CARE}]),
    "longest care": ("pharmacy", [{"text": advice(LONGEST_CARE_DISPOSITION)}, {"custom": LONGEST_CARE_DISPOSITION},
                                  {"text": "\n".join(SUMMARY_LINES)}, {"custom": SUMMARY}]),
}

# the real checklist's words, as bot.conversation.replies.emergency_checklist sends them
CHECKLIST = Conversation.load_checklist(DATA / "conversation" / "emergency_checklist.yml")
SCREEN_QUESTION = ("Sorry, I didn't quite understand that. First, is any of these happening now: unconscious or "
                   "very hard to wake, severe difficulty breathing, chest pain, signs of a stroke?")

XSS_DISPOSITION = {
    "disposition": "gp_urgent",
    "level": 3,
    "services": [
        {
            "name": f"Evil {XSS} Surgery",
            "address": f"{XSS} 1 Bad Road",
            "phone": "01322 000000",
            "url": "javascript:window.__xss=1",
            "opening_times": XSS,
        }
    ],
    "reasons": [XSS],
    "safety_net": XSS,
}


def _text(recipient: str, text: str, buttons: list[dict] | None = None) -> dict:
    msg: dict = {"recipient_id": recipient, "text": text}
    if buttons:
        msg["buttons"] = buttons
    return msg


YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


class FakeBot:
    """The scripted conversation state, shared by the server threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.steps: dict[str, int] = {}
        self.slots: dict[str, dict] = {}
        self.received: list[tuple[str, str]] = []

    def tracker(self, sender: str) -> dict:
        with self.lock:
            slots = {"requested_slot": None, "disposition": None}
            slots.update(self.slots.get(sender, {}))
            return {"sender_id": sender, "slots": slots}

    def _set(self, sender: str, **slots) -> None:
        self.slots.setdefault(sender, {}).update(slots)

    def reply(self, sender: str, message: str) -> list[dict]:
        """The answer as Rasa's REST channel sends it: a text without buttons is split at each
        blank line into one message per paragraph (``CollectingOutputChannel``)."""
        out: list[dict] = []
        for m in self._reply(sender, message):
            if m.get("text") and not m.get("buttons"):
                out.extend({**m, "text": part} for part in m["text"].strip().split("\n\n"))
            else:
                out.append(m)
        return out

    def _reply(self, sender: str, message: str) -> list[dict]:
        with self.lock:
            self.received.append((sender, message))
            low = message.strip().lower()
            if low == "start again":
                self.steps[sender] = 0
                self._set(sender, requested_slot=None, disposition=None)
                return [
                    _text(
                        sender,
                        "OK, let's start again. What is the main problem?",
                        [
                            {"title": "Sore throat", "payload": "I've got a sore throat"},
                            {"title": "Toothache", "payload": "I've got toothache"},
                        ],
                    )
                ]
            if "<img" in low:
                return [_text(sender, "You said: " + message)]
            if low == "xss card":
                self._set(sender, requested_slot=None, disposition="gp_urgent")
                return [
                    _text(sender, "Contact your GP practice today."),
                    {"recipient_id": sender, "custom": XSS_DISPOSITION},
                ]
            if low == "something is wrong":
                self._set(sender, requested_slot="q_emergency_signs", disposition=None)
                return [{"recipient_id": sender, "custom": {"emergency_checklist": CHECKLIST}},
                        _text(sender, SCREEN_QUESTION, YES_NO)]
            if low in FIXED:
                disposition, messages = FIXED[low]
                if disposition:
                    self._set(sender, requested_slot=None, disposition=disposition)
                return [{"recipient_id": sender, **m} for m in messages]
            step = self.steps.get(sender, 0)
            self.steps[sender] = step + 1
            if step == 0:
                self._set(sender, requested_slot=None, disposition=None)
                return [
                    _text(sender, "Sorry to hear that. Is it so painful that you cannot swallow?", YES_NO)
                ]
            if step == 1:
                self._set(sender, requested_slot="age")
                return [_text(sender, "How old is the person with the symptoms?")]
            if step == 2:
                self._set(sender, requested_slot="postcode")
                return [_text(sender, "What is your postcode? The first part is enough, for example DA1.")]
            self.steps[sender] = 0
            self._set(sender, requested_slot=None, disposition="pharmacy")
            return [
                _text(sender, advice(DISPOSITION)),
                {"recipient_id": sender, "custom": DISPOSITION},
                _text(sender, "\n".join(SUMMARY_LINES)),
                {"recipient_id": sender, "custom": SUMMARY},
            ]


def make_handler(bot: FakeBot):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")

        def do_OPTIONS(self) -> None:
            self.send_response(204)
            self._cors()
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            parts = self.path.split("?")[0].strip("/").split("/")
            if len(parts) == 3 and parts[0] == "conversations" and parts[2] == "tracker":
                data = json.dumps(bot.tracker(parts[1])).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
            else:
                data = b"{}"
                self.send_response(404)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            if self.path.rstrip("/") != "/webhooks/rest/webhook":
                self.send_response(404)
                self._cors()
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            length = int(self.headers.get("Content-Length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
                sender, message = str(body["sender"]), str(body["message"])
            except (ValueError, KeyError):
                self.send_response(400)
                self._cors()
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if message == "slow please":
                time.sleep(SLOW_SECONDS)
            if message == "fail please":
                bot.reply(sender, message)  # recorded
                self.send_response(500)
                self._cors()
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = json.dumps(bot.reply(sender, message)).encode("utf-8")
            self.send_response(200)
            self._cors()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


class LoopbackServer:
    """Start/stop for a ThreadingHTTPServer (``self.httpd``) served by ``self.thread``."""

    def start(self):
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


class FakeBotServer(LoopbackServer):
    """The fake bot on a loopback port, served from a background thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.bot = FakeBot()
        self.httpd = ThreadingHTTPServer((host, port), make_handler(self.bot))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="fake-bot", daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def received(self) -> list[tuple[str, str]]:
        return self.bot.received



class HostSite(LoopbackServer):
    """A third-party website on a loopback port: ``add(name, html)`` then GET ``/<name>``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.pages: dict[str, str] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                html = pages.get(self.path.lstrip("/").split("?")[0])
                data = (html or "not found").encode("utf-8")
                self.send_response(200 if html is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="host-site", daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def origin(self, hostname: str = "127.0.0.1") -> str:
        """``127.0.0.1`` and ``localhost`` give two different origins for the same server."""
        return f"http://{hostname}:{self.port}"

    def add(self, name: str, html: str, hostname: str = "127.0.0.1") -> str:
        self.pages[name] = html
        return f"{self.origin(hostname)}/{name}"


if __name__ == "__main__":  # pragma: no cover - manual use
    server = FakeBotServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 5055)
    print(f"fake bot on {server.url}", flush=True)
    server.httpd.serve_forever()
