"""The one action played in-process, turn by turn, with the tracker's slots carried between turns as
Rasa carries them: for scripts and tests that need the action's own events without the servers."""
from __future__ import annotations

import asyncio
import uuid

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionRespond


class ActionConversation:
    """One conversation through ActionRespond."""

    def __init__(self, prefix: str, input_channel: str = "rest", origin: str | None = None):
        self.sender = f"{prefix}-{uuid.uuid4().hex[:12]}"
        self.slots: dict = {}
        self.input_channel, self.origin = input_channel, origin
        self.messages: list[dict] = []

    def say(self, text: str, intent: str = "describe_symptoms") -> list[dict]:
        metadata = {"origin": self.origin} if self.origin else {}
        user = {"event": "user", "text": text, "input_channel": self.input_channel, "metadata": metadata}
        message = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
        tracker = Tracker(self.sender, dict(self.slots), message, [user], False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        for event in asyncio.run(ActionRespond().run(dispatcher, tracker, {})):
            if event["event"] == "reset_slots":
                self.slots = {}
            elif event["event"] == "slot":
                self.slots[event["name"]] = event["value"]
        self.messages = dispatcher.messages
        return self.messages
