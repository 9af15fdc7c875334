"""A FAKE bot behind Rasa's own socket.io channel (``rasa.core.channels.socketio.SocketIOInput``),
for checking the Rasa web client demo page. It answers every message with "Echo: <text>" and a
quick reply. CORS is set up the way ``rasa run --cors "*"`` does it.

Usage: ``python tests/web/webui_fake_socketio_bot.py PORT SESSION_PERSISTENCE(0|1)``
"""

from __future__ import annotations

import sys

from rasa.core.channels.socketio import SocketIOInput
from sanic import Sanic, response
from sanic_cors import CORS


def build(session_persistence: bool) -> Sanic:
    app = Sanic("fake_socketio_bot")
    CORS(app, resources={r"/*": {"origins": "*"}}, automatic_options=True)
    channel = SocketIOInput(
        user_message_evt="user_uttered",
        bot_message_evt="bot_uttered",
        session_persistence=session_persistence,
    )

    async def on_new_message(message) -> None:
        out = message.output_channel
        await out.send_text_message(message.sender_id, "Echo: " + (message.text or ""))
        await out.send_text_with_buttons(
            message.sender_id, "Is that right?", [{"title": "No", "payload": "/deny"}]
        )

    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/socketio")

    @app.get("/healthz")
    async def healthz(request):
        return response.json({"status": "ok"})

    return app


if __name__ == "__main__":  # pragma: no cover - run by the tests as a subprocess
    port, persistence = int(sys.argv[1]), sys.argv[2] == "1"
    build(persistence).run(host="127.0.0.1", port=port, motd=False, access_log=False)
