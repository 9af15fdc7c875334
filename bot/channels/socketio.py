"""The socket.io channel (the standard Rasa web client), guarded: only the allowed sites may connect,
every message passes the same checks as the REST channel's, and a turn that fails or stalls gets
the safe fault advice."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.channels.guard import Guard, Refusal
from bot.settings import settings

log = logging.getLogger(__name__)


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
            try:
                await asyncio.wait_for(read(sid, {**data, "message": text}), timeout=guard.turn_seconds)
            except (asyncio.TimeoutError, Exception):  # noqa: BLE001 - the patient still gets safe advice
                log.error("the socket.io turn failed or took over %ss", guard.turn_seconds, exc_info=True)
                await sio.emit(self.bot_message_evt, {"text": guard.phrases["fault"]}, room=sid)

        sio.handlers[namespace][self.user_message_evt] = guarded
        return hook
