"""The conversation's memory between turns, kept by Rasa in one slot as plain JSON."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.triage import Case


@dataclass
class ConversationState:
    """What the bot knows and is waiting for.

    pending        the slot of the question just asked (requested_slot), or None
    asked          every slot asked so far (a question is never asked twice)
    retries        times the pending question has been re-asked after an answer we could not read
    postcode       the patient's postcode or outward code ("" when they chose to skip)
    service_request a service kind the patient asked for directly, awaiting a postcode
    subject        who the patient is to the writer, from the first message that says ("self", "child",
                   "other"): questions are put as "are you" to a patient writing about themselves
    misunderstood  messages we could not understand before any advice
    turns          patient turns before the first advice (advice comes by TURN_LIMIT)
    disposition    the advice given (contract code), None before any advice
    audit          one entry per decision: rule, disposition, level, findings, triggers and the
                   reference number the patient is given (the pilot record is kept under it); the
                   last AUDIT_KEPT (bot.conversation.respond), every advice is in the transcript
    """

    case: Case = field(default_factory=Case)
    pending: str | None = None
    asked: list[str] = field(default_factory=list)
    retries: int = 0
    postcode: str | None = None
    service_request: str | None = None
    subject: str | None = None
    misunderstood: int = 0
    turns: int = 0
    disposition: str | None = None
    audit: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"case": self.case.to_dict(), "pending": self.pending, "asked": list(self.asked),
                "retries": self.retries, "postcode": self.postcode,
                "service_request": self.service_request, "subject": self.subject, "misunderstood": self.misunderstood,
                "turns": self.turns,
                "disposition": self.disposition, "audit": list(self.audit)}

    @classmethod
    def from_dict(cls, data: dict | None) -> "ConversationState":
        data = data or {}
        return cls(case=Case.from_dict(data.get("case")), pending=data.get("pending"),
                   asked=list(data.get("asked") or ()), retries=int(data.get("retries") or 0),
                   postcode=data.get("postcode"), service_request=data.get("service_request"),
                   subject=data.get("subject"),
                   misunderstood=int(data.get("misunderstood") or 0), turns=int(data.get("turns") or 0),
                   disposition=data.get("disposition"), audit=list(data.get("audit") or ()))
