"""The socket.io channel (the standard Rasa web client), guarded: only the allowed sites may connect,
every message passes the same checks as the REST channel's, and a turn that fails or stalls gets
the safe fault advice.

It also mends three faults of Rasa 3.6's own channel (with python-socketio 5):

* the custom payload (the advice card) goes out as the event's data: Rasa passes its fields as
  keyword arguments of `emit`, which raises, so the patient got the fault message after the advice;
* with `session_persistence` the socket joins its session's room (Rasa does not await the coroutine
  `enter_room`, so no answer arrived) and the session is the conversation, so after a reload the
  client's stored session id carries on the same conversation;
* engine.io writes no CORS headers (Rasa's `--cors` does: two `Access-Control-Allow-Origin` values
  make the browser refuse both); a page from a site that is not allowed is refused when it connects.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels.guard import Guard, Refusal, origin_allowed
from bot.settings import settings

log = logging.getLogger(__name__)


class GuardedSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        """The custom payload as the event's data, as the web client expects it."""
        await self._send_message(recipient_id, json_message)


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> OutputChannel | None:
        return GuardedSocketIOOutput(self.sio, self.bot_message_evt) if self.sio else super().get_output_channel()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        origins = settings().allowed_origins
        sio.eio.cors_allowed_origins = []  # no CORS in engine.io: Rasa's --cors answers for the same sites
        guard = Guard.from_settings(settings())
        namespace = self.namespace or "/"
        connect = sio.handlers[namespace]["connect"]

        async def guarded_connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            own = f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST', '')}"
            if not origin_allowed(environ.get("HTTP_ORIGIN"), origins, own):
                log.info("socket.io connection refused: %s is not an allowed origin", environ.get("HTTP_ORIGIN"))
                return False
            return await connect(sid, environ, auth)

        async def session_request(sid: str, data: Any) -> None:
            """Confirm the client's session (a new one when it has none or a guessable one)."""
            wanted = data.get("session_id") if isinstance(data, dict) else None
            session = guard.sender(wanted)
            if isinstance(session, Refusal):
                session = guard.sender(None)
            if self.session_persistence:
                await sio.enter_room(sid, session, namespace=namespace)
                await sio.save_session(sid, {"conversation": session}, namespace=namespace)
            await sio.emit("session_confirm", session, room=sid, namespace=namespace)

        async def conversation_of(sid: str) -> str:
            """The confirmed session with persistence (its room gets the answers), else the socket."""
            if self.session_persistence:
                return (await sio.get_session(sid, namespace=namespace)).get("conversation") or sid
            return sid

        async def handle_message(sid: str, data: Any) -> None:
            text = guard.message(data.get("message") if isinstance(data, dict) else None)
            sender = await conversation_of(sid)
            refusal = text if isinstance(text, Refusal) else guard.allow(sender)
            if refusal:
                await sio.emit(self.bot_message_evt, {"text": refusal.text}, room=sid, namespace=namespace)
                return
            origin = (sio.get_environ(sid, namespace=namespace) or {}).get("HTTP_ORIGIN")
            metadata = guard.metadata(data.get(self.metadata_key), origin)
            output = GuardedSocketIOOutput(sio, self.bot_message_evt)
            turn = on_new_message(UserMessage(text, output, sender, input_channel=self.name(), metadata=metadata))
            try:
                await asyncio.wait_for(turn, timeout=guard.turn_seconds)
            except (asyncio.TimeoutError, Exception):  # noqa: BLE001 - the patient still gets safe advice
                log.error("the socket.io turn failed or took over %ss", guard.turn_seconds, exc_info=True)
                await sio.emit(self.bot_message_evt, {"text": guard.phrases["fault"]}, room=sender, namespace=namespace)

        sio.on("connect", guarded_connect, namespace=namespace)
        sio.on("session_request", session_request, namespace=namespace)
        sio.on(self.user_message_evt, handle_message, namespace=namespace)
        return hook
