"""One patient turn: read the reply, update the case, then ask the next question or advise."""
from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.conversation import replies, summary
from bot.conversation.answers import merge_reading, take_answer
from bot.conversation.state import ConversationState
from bot.datafiles import DataFileError, load_yaml
from bot.records.reference import new_reference
from bot.triage import Ask, Case, Decision, Triage
from bot.understand import Reading

RESTART = re.compile(r"^\s*(start (again|over)|restart|reset|begin again|new conversation)\b", re.I)
SMALL_TALK = {"greet": "welcome", "goodbye": "goodbye", "thank": "goodbye", "abuse": "abuse",
              "out_of_scope": "out_of_scope", "bot_challenge": "bot_challenge", "ask_help": "help"}
URGENT_NOW = 4  # at this level the advice never waits for a postcode
NATIONAL_FIRST = {"mental_health_crisis"}  # national lines come first: the advice never waits for a postcode
CALL_999 = 5  # after 999 advice, whatever the patient says next, the 999 advice is said again
FOLLOW_UP_QUESTION = re.compile(
    r"\?|^\s*(what|where|when|how|why|which|who|should|shall|can|could|do|does|is|are|will|would|must|"
    r"tell me|show|repeat|say that|again)\b|\b(again|repeat|remind me)\b", re.I)
TURN_LIMIT = 8  # every conversation reaches advice by this patient turn, whatever is typed
UNREAD_LIMIT = 2  # messages we cannot read before the safe answer (111) is given
SCREEN = "emergency_signs"  # the finding of NHS 111's first question: any emergency sign now?
TOPIC = "topic"  # the pending slot while the patient picks what the problem is about
AUDIT_KEPT = 10  # decisions the state keeps; every advice is also in the stored transcript (its payload names the rule)


class ServiceFinder(Protocol):
    def code_for_place(self, text: str) -> str | None: ...
    def recognises(self, postcode: str) -> bool: ...
    def for_disposition(self, code: str, postcode: str | None, service: str | None = None
                        ) -> tuple[list[dict], str | None]: ...
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

    def __init__(self, triage: Triage, services: ServiceFinder, phrases: dict[str, str],
                 topics: dict[str, str] | None = None, languages: dict[str, str] | None = None,
                 summary_texts: dict | None = None, reference: Callable[[], str] = new_reference,
                 checklist: dict | None = None):
        self.triage = triage
        self.services = services
        self.phrases = phrases
        self.topics = topics or {}
        self.languages = languages or {}
        self.summary_texts = summary_texts  # "What you told us" after every new advice (summary.py)
        self.new_reference = reference
        self.checklist = checklist  # offered before the emergency-signs question (emergency_checklist.yml)

    @staticmethod
    def load_phrases(path: Path | str) -> dict[str, str]:
        return dict(load_yaml(Path(path))["messages"])

    @staticmethod
    def load_topics(path: Path | str) -> dict[str, str]:
        """The topic buttons offered when a message cannot be read: button title -> prompt."""
        return {t["title"]: t["prompt"] for t in load_yaml(Path(path))["topics"]}

    @staticmethod
    def load_languages(path: Path | str) -> dict[str, str]:
        """The safe advice in each language the bot recognises but cannot read; "" holds the English."""
        data = load_yaml(Path(path))
        return {"": data["english"], **{code: lang["text"] for code, lang in data["languages"].items()}}

    @staticmethod
    def load_checklist(path: Path | str) -> dict:
        """The emergency checklist: heading, title, signs, call and after, checked at start."""
        data = load_yaml(Path(path))
        checklist = {key: data.get(key) for key in ("heading", "title", "signs", "call", "after")}
        signs = checklist["signs"]
        if not (isinstance(signs, list) and signs and all(isinstance(s, str) and s.strip() for s in signs)):
            raise DataFileError(f"{path}: 'signs' must be a list of words")
        for key, value in checklist.items():
            if key != "signs" and not (isinstance(value, str) and value.strip()):
                raise DataFileError(f"{path}: no '{key}'")
        return checklist

    def respond(self, state: ConversationState, msg: Incoming) -> Reply:
        if msg.intent == "start_again" or RESTART.match(msg.text):
            return self._reply([replies.text(self.phrases["restarted"])], ConversationState(), restarted=True)
        if not state.disposition:
            state.turns += 1
        if msg.reading.language and not msg.reading.findings:
            return self._other_language(state, msg.reading.language)
        topic = state.pending == TOPIC and not msg.reading.findings
        answered = None
        postcode = state.postcode
        if state.pending and state.pending != TOPIC:
            answered = take_answer(state, msg.text, msg.intent, msg.reading, self.services.code_for_place)
        clinical = merge_reading(state, msg.reading)
        if state.pending == "postcode" and answered and state.postcode and not self.services.recognises(state.postcode):
            if state.retries == 0:  # a mistyped postcode gets one second chance, with an example
                state.retries = 1
                typed, state.postcode = state.postcode, postcode
                # only the outward part is said back (and so stored): a full postcode is personal data
                outward = typed.split()[0]
                return self._reply([replies.text(self.phrases["postcode_unknown"].format(postcode=outward))], state)
        if msg.reading.service_request:
            state.service_request = msg.reading.service_request
        if answered is False and not clinical:
            if state.pending == "q_" + SCREEN:  # a second message we cannot read
                state.pending = None
                return self._safe_answer(state)
            if state.turns < TURN_LIMIT:
                return self._reask(state)
        after_question = bool(state.pending)
        state.pending, state.retries = None, 0
        if state.disposition and not clinical and not after_question:
            return self._follow_up(state, msg, moved=state.postcode != postcode)
        if topic and not clinical:
            return self._reply([replies.text(self.topics.get(msg.text.strip(), self.phrases["ask_problem"]))], state)
        return self._next(state, msg, clinical, answered=bool(answered))

    # ------------------------------------------------------------------ steps
    def _next(self, state: ConversationState, msg: Incoming, clinical: bool, answered: bool = False) -> Reply:
        last_turn = not state.disposition and state.turns >= TURN_LIMIT
        result = self._decide(state, settle=last_turn)
        if result is None:
            return self._non_clinical(state, msg, answered)
        if isinstance(result, Ask):
            return self._ask(state, result.question)
        if state.disposition and state.audit and state.audit[-1]["rule"] == result.rule.id:
            if state.service_request:  # the words asking for it changed nothing: the services asked for
                return self._service_list(state)
            if not clinical:
                return self._reply([replies.text(self.phrases["after_advice"])], state)
        if (result.level < URGENT_NOW and result.disposition.code not in NATIONAL_FIRST and state.postcode is None
                and "postcode" not in state.asked and not last_turn):
            return self._ask(state, self.triage.content.fact_questions["postcode"])
        return self._advise(state, result)

    def _follow_up(self, state: ConversationState, msg: Incoming, moved: bool) -> Reply:
        """After advice, a message with nothing new clinically: services asked for, the advice again
        with services for a new postcode, the 999 advice again whatever is said, or the advice again
        when the patient asks about it."""
        if state.service_request:
            return self._service_list(state)
        last = self._last_decision(state)
        key = SMALL_TALK.get(msg.intent or "")
        if last is None:
            return self._reply([replies.text(self.phrases[key or "after_advice"])], state)
        if last.level >= CALL_999:
            return self._advise(state, last, repeat=self.phrases["still_999"])
        if moved:
            return self._advise(state, last, repeat=self.phrases["services_for_postcode"])
        if key in ("goodbye", "welcome", "abuse", "bot_challenge"):
            return self._reply([replies.text(self.phrases[key])], state)
        if FOLLOW_UP_QUESTION.search(msg.text):
            return self._advise(state, last, repeat=self.phrases["advice_again"])
        return self._reply([replies.text(self.phrases[key or "after_advice"])], state)

    def _last_decision(self, state: ConversationState) -> Decision | None:
        """The decision behind the last advice, rebuilt from its audit entry."""
        if not state.audit:
            return None
        entry = state.audit[-1]
        content = self.triage.content
        rule = next((r for r in [*content.rules, content.fallback] if r.id == entry["rule"]), None)
        return Decision(rule, tuple(entry.get("triggers") or ())) if rule else None

    def _decide(self, state: ConversationState, settle: bool = False) -> Ask | Decision | None:
        """The engine's next step; a question already asked is not asked again (its answer was
        not usable), and its fact is taken as not known, so the engine reads it cautiously.
        `settle` (the last turn) takes every open question as not known, so a decision comes now;
        a rule that holds on what was said wins over one only guessed at, when it is as urgent."""
        said = copy.deepcopy(state.case) if settle else None
        result = self._walk(state.case, state.asked, settle)
        if said is not None and isinstance(result, Decision):
            known = self._walk(said, state.asked, settle, unasked_absent=True)
            if isinstance(known, Decision) and known.level >= result.level:
                return known
        return result

    def _walk(self, case: Case, asked: list[str], settle: bool, unasked_absent: bool = False) -> Ask | Decision | None:
        """Decide on `case`, taking each question it cannot ask as not known (or, with
        `unasked_absent`, a finding never asked about as absent)."""
        for _ in range(1000):
            result = self.triage.decide(case)
            if not (isinstance(result, Ask) and (settle or result.question.slot in asked)):
                return result
            q = result.question
            if unasked_absent and q.finding and q.slot not in asked:
                case.findings[q.finding] = False
            else:
                case.declined.add(q.finding or q.slot)
        raise RuntimeError("triage did not settle")

    def _ask(self, state: ConversationState, question, prefix: str = "") -> Reply:
        state.pending = question.slot
        state.asked.append(question.slot)
        return self._reply([replies.question(question, prefix, state.subject == "self")], state)

    def _reask(self, state: ConversationState) -> Reply:
        content = self.triage.content
        slot = state.pending
        assert slot is not None  # only called after take_answer() could not read the answer to a pending question
        q = content.fact_questions.get(slot) or next(
            (x for x in content.finding_questions.values() if x.slot == slot), None)
        state.retries += 1
        if q is None or state.retries > 1:  # twice unreadable: treat as not known, move on
            state.case.declined.add(q.finding or q.slot if q else slot)
            if slot == "postcode":
                state.postcode = ""
            state.pending, state.retries = None, 0
            return self._next(state, Incoming("", None, Reading()), False, answered=True)
        extra = self.phrases["reask_yes_no"] if q.finding else ""
        return self._reply([replies.question(q, f"{self.phrases['reask']} {extra}".strip(), state.subject == "self")],
                           state)

    def _advise(self, state: ConversationState, decision: Decision, repeat: str = "") -> Reply:
        """The advice with its services; `repeat` (a lead-in line) gives the last advice again,
        which is not a new decision and is not audited again."""
        code = decision.disposition.code
        services, note = self.services.for_disposition(code, state.postcode, decision.rule.service)
        reasons = self.triage.reasons(decision, state.case)
        advice = replies.advice(decision, reasons, services, note, self.triage.content,
                                self.triage.care(decision, state.case))
        if repeat:
            return self._reply([replies.text(repeat), *advice], state)
        state.disposition = code
        reference = self.new_reference()  # the patient can quote it; the pilot record is kept under it
        state.audit.append({"rule": decision.rule.id, "disposition": code, "level": decision.level,
                            "findings": sorted(state.case.present()), "triggers": list(decision.triggers),
                            "reference": reference})
        del state.audit[:-AUDIT_KEPT]  # a long conversation's state stays small (it is stored every turn)
        if self.summary_texts:
            advice += summary.messages(state, decision, services, reference, self.triage.content, self.summary_texts)
        return self._reply(advice, state)

    def _non_clinical(self, state: ConversationState, msg: Incoming, answered: bool = False) -> Reply:
        if state.service_request:
            return self._service_list(state)
        key = SMALL_TALK.get(msg.intent or "")
        if state.disposition:
            return self._reply([replies.text(self.phrases[key or "after_advice"])], state)
        if state.turns >= TURN_LIMIT:
            return self._safe_answer(state)
        if answered:  # the emergency screen (or a last question) answered, still nothing to go on
            return self._ask_topic(state)
        if key and key != "out_of_scope":
            return self._reply([replies.text(self.phrases[key])], state)
        # Nothing clinical we can read. Once: screen for emergency signs, then ask what it is about.
        state.misunderstood += 1
        if state.misunderstood >= UNREAD_LIMIT:
            return self._safe_answer(state)
        screen = self.triage.content.finding_questions[SCREEN]
        if screen.slot not in state.asked:
            reply = self._ask(state, screen, self.phrases[key or "not_understood"])
            if self.checklist:  # nothing read that decides anything: the emergency signs first, to tap
                reply.messages.insert(0, replies.emergency_checklist(self.checklist))
            return reply
        return self._ask_topic(state)

    def _service_list(self, state: ConversationState) -> Reply:
        """The services the patient asked for, once we have a postcode (or they chose to skip it)."""
        if state.postcode is None and "postcode" not in state.asked:
            return self._ask(state, self.triage.content.fact_questions["postcode"])
        kind, state.service_request = state.service_request, None
        assert kind is not None  # only called while a service request is waiting
        services, note = self.services.for_kind(kind, state.postcode)
        lines = [replies.text(note or self.phrases["service_list"])]
        if services:
            lines.append({"custom": {"services": services, "title": self.phrases["service_list"]}})
        return self._reply(lines, state)

    def _ask_topic(self, state: ConversationState) -> Reply:
        if TOPIC in state.asked:
            return self._reply([replies.text(self.phrases["ask_problem"])], state)
        state.pending = TOPIC
        state.asked.append(TOPIC)
        return self._reply([replies.text(self.phrases["ask_topic"], list(self.topics))], state)

    def _other_language(self, state: ConversationState, code: str) -> Reply:
        """A message in a language the bot cannot read: the safe advice in it (and in English),
        the conversation kept; the second such message also gets the 111 advice."""
        notices = [replies.text(t) for t in (self.languages.get(code), self.languages.get("")) if t]
        state.misunderstood += 1
        if state.misunderstood >= UNREAD_LIMIT or state.turns >= TURN_LIMIT:
            reply = self._safe_answer(state)
            reply.messages[:0] = notices
            return reply
        return self._reply(notices, state)

    def _safe_answer(self, state: ConversationState) -> Reply:
        """We cannot work out the problem: the safe answer is a clinician's assessment (111)."""
        state.misunderstood = 0
        reply = self._advise(state, self.triage.fallback(state.case))
        reply.messages.insert(0, replies.text(self.phrases["not_understood_final"]))
        return reply

    def _reply(self, messages: list[dict], state: ConversationState, restarted: bool = False) -> Reply:
        case = state.case
        slots = {"requested_slot": state.pending, "disposition": state.disposition,
                 "age": case.age, "sex": case.sex, "pregnant": case.pregnant,
                 "duration": None if case.duration_days is None else f"{case.duration_days:g} days",
                 "postcode": state.postcode or None, "triage_state": state.to_dict()}
        return Reply(messages, state, restarted, slots)
