"""The bot's messages in the shape channels expect: text, buttons, and the contract's custom payload."""
from __future__ import annotations

from typing import Any

from bot.triage import Content, Decision, Question
from bot.triage.care import CareAdvice

CARE_HEADINGS = ("What you can do", "What you can buy", "Get help if")


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


def care_paragraphs(care: dict) -> list[str]:
    """The care advice as text: a paragraph per heading with a line per item, then the NHS page
    (the widget shows it in the card and drops these paragraphs, widget.js careTexts)."""
    lists = zip(CARE_HEADINGS, (care["do"], care["buy"], care["get_help"]), strict=True)
    return [f"{heading}:\n" + "\n".join(f"- {item}" for item in items) for heading, items in lists if items] + [
        f"NHS website: {care['condition']}: {care['nhs_page']}"]


def advice(decision: Decision, reasons: list[str], services: list[dict], area_note: str | None,
           content: Content, care: CareAdvice | None = None) -> list[dict]:
    """The advice as text (for text-only channels) and as the contract's custom payload; self-care
    and pharmacy advice add what to do, buy and when to get help (`care`)."""
    disposition = decision.disposition
    safety_net = " ".join(s for s in (decision.rule.safety_net, disposition.safety_net) if s)
    care_payload = care.payload() if care else None
    body = "\n\n".join([f"{disposition.title}.", *reasons, *(care_paragraphs(care_payload) if care_payload else ()),
                         safety_net])
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
    if care_payload:
        custom["care"] = care_payload
    return [text(body), {"custom": custom}]
