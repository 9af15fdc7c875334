"""A FAKE bot behind the project's socket.io channel (``bot.channels.socketio.GuardedSocketIOInput``,
which mends Rasa 3.6's own), for checking the Rasa web client demo page. It answers every message
with "Echo (message N): <text>", N counting the conversation's messages (so a test can tell the
server kept the conversation), and a quick reply; ``card`` gets the real bot's 999 advice payload,
``something is wrong`` the emergency checklist. CORS is set up the way ``rasa run --cors`` does it.

Usage: ``python tests/web/webui_fake_socketio_bot.py PORT SESSION_PERSISTENCE(0|1) ORIGIN...``
(the sites allowed to connect, given to the channel as ``BOT_ALLOWED_ORIGINS``, as ``bot.serve`` does).
"""

from __future__ import annotations

import os
import sys
from collections import Counter

from sanic import Sanic, response
from sanic_cors import CORS
from webui_fake_bot import CALL_999, CHECKLIST

from bot.channels.socketio import GuardedSocketIOInput


def build(session_persistence: bool) -> Sanic:
    app = Sanic("fake_socketio_bot")
    CORS(app, resources={r"/*": {"origins": os.environ["BOT_ALLOWED_ORIGINS"].split()}}, automatic_options=True)
    channel = GuardedSocketIOInput(
        user_message_evt="user_uttered",
        bot_message_evt="bot_uttered",
        session_persistence=session_persistence,
    )
    seen: Counter[str] = Counter()

    async def on_new_message(message) -> None:
        out, sender, text = message.output_channel, message.sender_id, message.text or ""
        seen[sender] += 1
        if text == "card":
            await out.send_text_message(sender, "Call 999 now.")
            await out.send_custom_json(sender, dict(CALL_999))
            return
        if text == "something is wrong":
            await out.send_custom_json(sender, {"emergency_checklist": CHECKLIST})
        await out.send_text_message(sender, f"Echo (message {seen[sender]}): {text}")
        await out.send_text_with_buttons(sender, "Is that right?", [{"title": "No", "payload": "/deny"}])

    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/socketio")

    @app.get("/healthz")
    async def healthz(request):
        return response.json({"status": "ok"})

    return app


if __name__ == "__main__":  # pragma: no cover - run by the tests as a subprocess
    port, persistence = int(sys.argv[1]), sys.argv[2] == "1"
    os.environ["BOT_ALLOWED_ORIGINS"] = " ".join(sys.argv[3:])
    build(persistence).run(host="127.0.0.1", port=port, motd=False, access_log=False)
