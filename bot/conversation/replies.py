"""The bot's messages in the shape channels expect: text, buttons, and the contract's custom payload."""
from __future__ import annotations

from typing import Any

from bot.triage import Content, Decision, Question


def text(body: str, buttons: tuple[str, ...] | list[str] = ()) -> dict:
    message: dict[str, Any] = {"text": body}
    if buttons:
        message["buttons"] = [{"title": b, "payload": b} for b in buttons]
    return message


def question(q: Question, prefix: str = "", to_patient: bool = False) -> dict:
    """The question, in the second person when the patient is writing about themselves."""
    return text(f"{prefix} {q.you if to_patient and q.you else q.text}".strip(), q.buttons)


def emergency_checklist(checklist: dict) -> dict:
    """The emergency checklist as a custom payload without a disposition code (no consumer of the
    contract's advice payload mistakes it for advice); text-only channels have the question's words."""
    return {"custom": {"emergency_checklist": checklist}}


def advice(decision: Decision, reasons: list[str], services: list[dict], area_note: str | None,
           content: Content) -> list[dict]:
    """The advice as text (for text-only channels) and as the contract's custom payload."""
    disposition = decision.disposition
    safety_net = " ".join(s for s in (decision.rule.safety_net, disposition.safety_net) if s)
    body = "\n\n".join([f"{disposition.title}.", *reasons, safety_net])
    custom = {
        "disposition": disposition.code,
        "level": disposition.level,
        "services": services,
        "title": disposition.title,
        "reasons": reasons,
        "safety_net": safety_net,
        "rule": decision.rule.id,
    }
    if area_note:
        custom["area_note"] = area_note
    return [text(body), {"custom": custom}]
