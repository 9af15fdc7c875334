"""The socket.io channel (the standard Rasa web client), guarded: only the allowed sites may connect,
and every message passes the same checks as the REST channel's."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.channels.guard import Guard, Refusal
from bot.settings import settings


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        origins = list(settings().allowed_origins)
        # Rasa passes [], which turns the origin check off; '*' is the explicit "any site".
        sio.eio.cors_allowed_origins = "*" if "*" in origins else origins or None
        guard = Guard.from_settings(settings())
        namespace = self.namespace or "/"
        read = sio.handlers[namespace][self.user_message_evt]

        async def guarded(sid: str, data: Any) -> None:
            text = guard.message(data.get("message") if isinstance(data, dict) else None)
            refusal = text if isinstance(text, Refusal) else guard.allow(sid)
            if refusal:
                await sio.emit(self.bot_message_evt, {"text": refusal.text}, room=sid)
                return
            await read(sid, {**data, "message": text})

        sio.handlers[namespace][self.user_message_evt] = guarded
        return hook
