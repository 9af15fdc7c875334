"""A FAKE Rasa REST channel for the widget's UI tests (never used against the real bot).

``POST /webhooks/rest/webhook`` with ``{"sender", "message"}`` answers from a tiny script:

1. any first message -> a question with Yes/No buttons (payloads ``/affirm`` and ``/deny``)
2. next message      -> "How old is the person with the symptoms?"
3. next message      -> "What is your postcode?"
4. next message      -> the advice text, then a disposition custom payload with services

``start again`` resets the script and answers with a greeting that has buttons. A message
containing ``<img`` is echoed back as bot text. ``xss card`` answers with a disposition whose
service name and address carry an XSS payload. ``slow please`` waits 3 seconds before answering
(for the widget's time-out); ``fail please`` gets HTTP 500. Every request is recorded in
``received``.

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

SLOW_SECONDS = 3.0
XSS = "<img src=x onerror=window.__xss=1>"

SERVICES = [
    {
        "name": "Riverside Pharmacy",
        "address": "12 High Street, Dartford DA1 1DJ",
        "phone": "01322 123456",
        "url": "https://www.example-pharmacy.nhs.uk/",
        "opening_times": "Monday to Saturday 9am to 6pm",
        "distance_km": 0.8,
    },
    {
        "name": "Bluewater Late Pharmacy",
        "address": "Bluewater Shopping Centre, Greenhithe DA9 9SE",
        "phone": "01322 654321",
        "url": "javascript:window.__xss=1",
        "opening_times": "Every day 8am to 10pm",
    },
]

DISPOSITION = {
    "disposition": "pharmacy",
    "level": 1,
    "services": SERVICES,
    "title": "Speak to a pharmacist today",
    "reasons": ["Sore throat for 2 days", "No signs of a serious problem"],
    "safety_net": "If you find it hard to swallow or breathe, call 111. If someone's life is at risk, call 999.",
    "area_note": "Showing services near DA1.",
}

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
                _text(sender, "Speak to a pharmacist today. They can help with a sore throat."),
                {"recipient_id": sender, "custom": DISPOSITION},
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
