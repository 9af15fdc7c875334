"""One patient turn: read the reply, update the case, then ask the next question or advise."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.conversation import replies
from bot.conversation.answers import is_unsure, merge_reading, take_answer
from bot.conversation.state import ConversationState
from bot.datafiles import load_yaml, to_plain
from bot.triage import Ask, Decision, Triage
from bot.understand import Reading

RESTART = re.compile(r"^\s*(start (again|over)|restart|reset|begin again|new conversation)\b", re.I)
SMALL_TALK = {"greet": "welcome", "goodbye": "goodbye", "thank": "goodbye", "abuse": "abuse",
              "out_of_scope": "out_of_scope", "bot_challenge": "bot_challenge", "ask_help": "help"}
URGENT_NOW = 4  # at this level the advice never waits for a postcode


class ServiceFinder(Protocol):
    def for_disposition(self, code: str, postcode: str | None) -> tuple[list[dict], str | None]: ...
    def for_kind(self, kind: str, postcode: str | None) -> tuple[list[dict], str | None]: ...


@dataclass
class Incoming:
    text: str
    intent: str | None
    reading: Reading


@dataclass
class Reply:
    messages: list[dict]
    state: ConversationState
    restarted: bool = False
    slots: dict = field(default_factory=dict)


class Conversation:
    """The whole dialogue logic, free of Rasa: the Rasa action and the in-process CLI both call it."""

    def __init__(self, triage: Triage, services: ServiceFinder, phrases: dict[str, str]):
        self.triage = triage
        self.services = services
        self.phrases = phrases

    @staticmethod
    def load_phrases(path: Path | str) -> dict[str, str]:
        return dict(to_plain(load_yaml(Path(path)))["messages"])

    def respond(self, state: ConversationState, msg: Incoming) -> Reply:
        if msg.intent == "start_again" or RESTART.match(msg.text):
            return self._reply([replies.text(self.phrases["restarted"])], ConversationState(), restarted=True)
        answered = take_answer(state, msg.text, msg.intent, msg.reading) if state.pending else None
        clinical = merge_reading(state, msg.reading)
        if msg.reading.service_request:
            state.service_request = msg.reading.service_request
        if answered is False and not clinical:
            return self._reask(state)
        state.pending, state.retries = None, 0
        return self._next(state, msg, clinical)

    # ------------------------------------------------------------------ steps
    def _next(self, state: ConversationState, msg: Incoming, clinical: bool) -> Reply:
        result = self._decide(state)
        if result is None:
            return self._non_clinical(state, msg)
        state.misunderstood = 0
        if isinstance(result, Ask):
            return self._ask(state, result.question)
        if state.disposition and not clinical and state.audit and state.audit[-1]["rule"] == result.rule.id:
            return self._reply([replies.text(self.phrases["after_advice"])], state)
        if result.level < URGENT_NOW and state.postcode is None and "postcode" not in state.asked:
            return self._ask(state, self.triage.content.fact_questions["postcode"])
        return self._advise(state, result)

    def _decide(self, state: ConversationState) -> Ask | Decision | None:
        """The engine's next step; a question already asked is not asked again (its answer was
        not usable), and its fact is taken as not known, so the engine reads it cautiously."""
        for _ in range(100):
            result = self.triage.decide(state.case)
            if not (isinstance(result, Ask) and result.question.slot in state.asked):
                return result
            q = result.question
            state.case.declined.add(q.finding or q.slot)
        raise RuntimeError("triage did not settle")

    def _ask(self, state: ConversationState, question, prefix: str = "") -> Reply:
        state.pending = question.slot
        state.asked.append(question.slot)
        return self._reply([replies.question(question, prefix)], state)

    def _reask(self, state: ConversationState) -> Reply:
        content = self.triage.content
        slot = state.pending
        q = content.fact_questions.get(slot) or next(
            (x for x in content.finding_questions.values() if x.slot == slot), None)
        state.retries += 1
        if q is None or state.retries > 1:  # twice unreadable: treat as not known, move on
            state.case.declined.add(q.finding or q.slot if q else slot)
            if slot == "postcode":
                state.postcode = ""
            state.pending, state.retries = None, 0
            return self._next(state, Incoming("", None, Reading()), False)
        extra = self.phrases["reask_yes_no"] if q.finding else ""
        return self._reply([replies.question(q, f"{self.phrases['reask']} {extra}".strip())], state)

    def _advise(self, state: ConversationState, decision: Decision) -> Reply:
        code = decision.disposition.code
        services, note = self.services.for_disposition(code, state.postcode)
        reasons = self.triage.reasons(decision, state.case)
        state.disposition = code
        state.audit.append({"rule": decision.rule.id, "disposition": code, "level": decision.level,
                            "findings": sorted(state.case.present())})
        return self._reply(replies.advice(decision, reasons, services, note, self.triage.content), state)

    def _non_clinical(self, state: ConversationState, msg: Incoming) -> Reply:
        if state.service_request:
            if state.postcode is None and "postcode" not in state.asked:
                return self._ask(state, self.triage.content.fact_questions["postcode"])
            kind, state.service_request = state.service_request, None
            services, note = self.services.for_kind(kind, state.postcode)
            lines = [replies.text(note or self.phrases["service_list"])]
            if services:
                lines.append({"custom": {"services": services, "title": self.phrases["service_list"]}})
            return self._reply(lines, state)
        key = SMALL_TALK.get(msg.intent or "")
        if key:
            return self._reply([replies.text(self.phrases[key])], state)
        if state.disposition:
            return self._reply([replies.text(self.phrases["after_advice"])], state)
        if not msg.text.strip() or msg.intent in ("affirm", "deny", "inform") or is_unsure(msg.text, msg.intent):
            return self._reply([replies.text(self.phrases["ask_problem"])], state)
        state.misunderstood += 1
        if state.misunderstood < 2:
            return self._reply([replies.text(self.phrases["not_understood"])], state)
        # Twice not understood: the safe answer is a clinician's assessment.
        state.misunderstood = 0
        fallback = Decision(self.triage.content.fallback, ())
        reply = self._advise(state, fallback)
        reply.messages.insert(0, replies.text(self.phrases["not_understood_final"]))
        return reply

    def _reply(self, messages: list[dict], state: ConversationState, restarted: bool = False) -> Reply:
        case = state.case
        slots = {"requested_slot": state.pending, "disposition": state.disposition,
                 "age": case.age, "sex": case.sex, "pregnant": case.pregnant,
                 "duration": None if case.duration_days is None else f"{case.duration_days:g} days",
                 "postcode": state.postcode or None, "triage_state": state.to_dict()}
        return Reply(messages, state, restarted, slots)
