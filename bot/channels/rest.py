"""The REST channel (`POST /webhooks/rest/webhook`), guarded: every request gets a non-empty reply.

Rasa's own REST channel answers an empty, missing or non-text message with `[]` (the widget then
shows nothing), a JSON array with a server error, and shares one conversation among clients that
send no sender. Here the guard answers those kindly, refuses guessable conversation ids, limits
the pace, and a turn that fails, stalls (BOT_TURN_SECONDS) or says nothing gets the safe fault advice.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import Guard, Refusal
from bot.privacy.log_filter import redact_logs
from bot.settings import settings

log = logging.getLogger(__name__)


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self, guard: Guard | None = None) -> None:
        self.guard = guard or Guard.from_settings(settings())
        redact_logs()  # Rasa has configured logging by the time it builds its channels

    def _reply(self, refusal: Refusal, sender: str | None) -> HTTPResponse:
        return response.json([{"recipient_id": sender, "text": refusal.text}], status=refusal.status)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint("guarded_rest", __name__)

        @hook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:  # Sanic raises on a body that is not JSON
                body = None
            if not isinstance(body, dict):
                return self._reply(Refusal(400, self.guard.phrases["empty_message"]), None)
            sender = self.guard.sender(body.get("sender"))
            if isinstance(sender, Refusal):
                return self._reply(sender, None)
            text = self.guard.message(body.get("message"))
            if isinstance(text, Refusal):
                return self._reply(text, sender)
            too_fast = self.guard.allow(sender, request.ip)
            if too_fast:
                return self._reply(too_fast, sender)
            collector = CollectingOutputChannel()
            metadata = self.guard.metadata(body.get("metadata"), request.headers.get("origin"))
            turn = on_new_message(UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata))
            try:
                await asyncio.wait_for(turn, timeout=self.guard.turn_seconds)
            except (asyncio.CancelledError, Exception):  # noqa: BLE001 - the patient still gets safe advice
                log.error("the turn failed or took over %ss", self.guard.turn_seconds, exc_info=True)
                collector.messages.clear()
            if not collector.messages:
                collector.messages.append({"recipient_id": sender, "text": self.guard.phrases["fault"]})
            return response.json(collector.messages)

        return hook
