"""Rasa SDK adapter: hands each patient turn to bot.conversation and turns the reply into events."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import assembly
from bot.conversation import ConversationState, Incoming
from bot.understand import Reading

log = logging.getLogger(__name__)
# Load and validate every data file when the action server starts, so a bad file fails loudly
# now (naming the file and line), never at a patient's turn.
assembly.conversation()
assembly.understander().languages.warm()
assembly.pilot()  # the feedback texts and BOT_DATABASE_URL are checked now too (no connection is made)
FAULT = ("Sorry, something went wrong on my side. If this is an emergency, call 999. "
         "Otherwise, call 111 or use 111.nhs.uk.")


def reading_of(message: dict) -> Reading:
    """The SymptomExtractor's entities when the NLU pipeline ran it, else read the text here."""
    entities = message.get("entities") or []
    if any(e.get("extractor") == "SymptomExtractor" for e in entities):
        return Reading.from_entities(entities)
    return assembly.understander().read(message.get("text") or "")


def feedback_reply(state: ConversationState, text: str) -> list[dict] | None:
    """The reply to a feedback button, or None for any other message (and if anything fails)."""
    try:
        return assembly.pilot().feedback(state, text)
    except Exception:
        log.exception("pilot feedback failed")
        return None


def pilot_record(tracker: Tracker, new: list[dict], state: ConversationState) -> list[dict]:
    """Write the pilot record of each new decision (in the background; a failure is logged and the
    advice goes on) and return the optional feedback question that follows the advice."""
    if not new:
        return []
    try:
        user: dict[str, Any] = next((e for e in reversed(tracker.events) if e.get("event") == "user"), {})
        return assembly.pilot().decided(tracker.sender_id, new, state, user.get("input_channel"), user.get("metadata"))
    except Exception:
        log.exception("pilot record failed")
        return []


class ActionRespond(Action):
    """The one action of the dialogue: every patient message is answered here."""

    def name(self) -> str:
        return "action_respond"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            message = tracker.latest_message or {}
            text = message.get("text") or ""
            state = ConversationState.from_dict(tracker.get_slot("triage_state"))
            thanks = feedback_reply(state, text)  # only an exact feedback button, else None
            if thanks is not None:
                for m in thanks:
                    dispatcher.utter_message(text=m["text"], buttons=m.get("buttons") or [])
                return []
            incoming = Incoming(text=text, intent=(message.get("intent") or {}).get("name"),
                                reading=reading_of(message))
            decided = len(state.audit)
            reply = assembly.conversation().respond(state, incoming)
        except Exception:  # a fault must still leave the patient with safe advice
            log.exception("action_respond failed")
            dispatcher.utter_message(text=FAULT)
            return [SlotSet("requested_slot", None)]
        new = [] if reply.restarted else reply.state.audit[decided:]  # one record per new decision
        for m in reply.messages + pilot_record(tracker, new, reply.state):
            if "custom" in m:
                dispatcher.utter_message(json_message=m["custom"])
            else:
                dispatcher.utter_message(text=m["text"], buttons=m.get("buttons") or [])
        events: list[dict[str, Any]] = [AllSlotsReset()] if reply.restarted else []
        return events + [SlotSet(name, value) for name, value in reply.slots.items()]
