"""One pilot audit record: what decided a disposition, in codes and bands, never free text.

Built from the conversation's own audit entry (`state.audit`, one per decision) and its state at
that moment. What is kept: the time, the conversation id, the reference number, the disposition
and level, the rule that decided and the rules its answers ruled out, the findings (codes), the
answers that mattered (yes / no / not sure), an age band, the sex, the postcode district (outward
code only), the channel (and the site that embedded the widget) and the model and content
versions. No names, messages, exact ages or full postcodes.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.triage import Case, Content
from bot.triage.conditions import Evaluator
from bot.triage.content import named_findings

if TYPE_CHECKING:  # the conversation package loads the language reader: not needed to write a record
    from bot.conversation.state import ConversationState

AGE_BANDS = ((1, "under 1"), (5, "1-4"), (16, "5-15"), (25, "16-24"), (35, "25-34"), (45, "35-44"),
             (55, "45-54"), (65, "55-64"), (75, "65-74"), (85, "75-84"))
NOT_KNOWN = "not known"
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
FACT_SLOTS = ("age", "sex", "pregnant", "duration")
YES, NO, NOT_SURE = "yes", "no", "not sure"


@dataclass
class PilotRecord:
    reference: str
    created_at: datetime  # UTC
    conversation_id: str
    disposition: str
    level: int
    rule: str
    ruled_out: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    age_band: str = NOT_KNOWN
    sex: str = NOT_KNOWN
    postcode_district: str | None = None
    channel: str = "unknown"
    site: str | None = None
    model_version: str = ""
    content_version: str = ""
    helpful: str | None = None
    went: str | None = None
    feedback_at: datetime | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("created_at", "feedback_at"):
            data[key] = data[key].isoformat(timespec="seconds") if data[key] else None
        return data


def age_band(age: float | None) -> str:
    if age is None:
        return NOT_KNOWN
    return next((band for under, band in AGE_BANDS if age < under), "85 and over")


def district(postcode: str | None) -> str | None:
    """The postcode district (outward code) only; None when not given or skipped."""
    outward = (postcode or "").strip().upper().split(" ")[0] if postcode else ""
    return outward if OUTWARD.match(outward) else None


def _finding_answer(case: Case, finding: str) -> str | None:
    if case.findings.get(finding) is True:
        return YES
    if finding in case.findings:
        return NO
    if finding in case.declined:
        return NOT_SURE
    return None


def answers(state: ConversationState, content: Content, rule_id: str) -> dict[str, str]:
    """The answers that mattered: every question the patient was asked (yes, no, not sure or no
    answer; facts only when not known, their values are kept as bands), and every finding the
    deciding rule's conditions name that the patient told us about."""
    case, out = state.case, {}
    for slot in state.asked:
        if slot.startswith("q_"):
            out[slot[2:]] = _finding_answer(case, slot[2:]) or "no answer"
        elif slot == "pregnant":
            out[slot] = NOT_SURE if case.pregnant is None else (YES if case.pregnant else NO)
        elif slot in FACT_SLOTS and case.fact(slot) is None:
            out[slot] = NOT_SURE
    rule = next((r for r in content.rules if r.id == rule_id), None)
    for finding in named_findings(rule.conditions if rule else ()):
        value = _finding_answer(case, finding)
        if value and finding not in out:
            out[finding] = value
    return out


def ruled_out(content: Content, case: Case, rule_id: str) -> list[str]:
    """The rules the patient's findings brought up, more urgent than (or beside) the one that
    decided, that their answers ruled out: the decision path, read again from the same engine."""
    ev = Evaluator(content, case)
    out = []
    for rule in content.rules:
        if rule.id == rule_id:
            break
        if any(f in ev.present for f in rule.if_any):
            out.append(rule.id)
    return out


def build(conversation_id: str, entry: dict, state: ConversationState, content: Content, *, channel: str,
          site: str | None, model_version: str, content_version: str, now: datetime) -> PilotRecord:
    """The record of one decision (`entry` is the conversation's audit entry for it)."""
    case = state.case
    return PilotRecord(
        reference=entry["reference"], created_at=now, conversation_id=conversation_id,
        disposition=entry["disposition"], level=int(entry["level"]), rule=entry["rule"],
        ruled_out=ruled_out(content, case, entry["rule"]), findings=sorted(entry.get("findings") or ()),
        triggers=list(entry.get("triggers") or ()), answers=answers(state, content, entry["rule"]),
        age_band=age_band(case.age), sex=case.sex or NOT_KNOWN, postcode_district=district(state.postcode),
        channel=channel, site=site, model_version=model_version, content_version=content_version)


def channel_of(input_channel: str | None, metadata: dict | None, site_origins: set[str]) -> tuple[str, str | None]:
    """(channel, embedding site): `website` for the website's own pages, `widget` with the origin
    of any other site that embeds it, `rest` for a REST client (no browser origin), `webchat` for
    the socket.io web client. The origin is the one the browser sent, which the REST channel puts
    in the message metadata."""
    origin = (metadata or {}).get("origin")
    origin = origin.strip().lower().rstrip("/")[:200] if isinstance(origin, str) and origin.strip() else None
    if input_channel == "rest":
        if not origin:
            return "rest", None
        return ("website", None) if origin in site_origins else ("widget", origin)
    if input_channel == "socketio":
        return "webchat", None
    return (input_channel or "unknown")[:32], None
