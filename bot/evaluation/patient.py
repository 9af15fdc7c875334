"""The simulated patient: the same answering policy as ../shared/eval/triage_eval.py, so the
figures match it.

The patient opens with the vignette's message. After each bot turn it reads the tracker: advice
(a custom payload with a disposition, or the ``disposition`` slot) ends the conversation; else it
answers the ``requested_slot`` from ``answers`` then ``facts``, else presses the first "no"-like
button, else says "no". At most ``max_turns`` patient messages.
"""
from __future__ import annotations

import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from bot.evaluation.contract import LEVEL

MAX_TURNS = 12
NO_BUTTON = re.compile(r"^\s*(no\b|none|nope|not sure|i don.?t know|neither)", re.I)


def disposition_in(messages: list[dict]) -> tuple[str | None, dict | None]:
    for m in messages:
        custom = m.get("custom")
        if isinstance(custom, dict) and custom.get("disposition"):
            return custom["disposition"], custom
    return None, None


def answer_for(vignette: dict, requested: str | None, messages: list[dict]) -> str:
    """What the patient says next: a fact if asked for one, else 'no' to a screening question."""
    for source in (vignette.get("answers") or {}, vignette.get("facts") or {}):
        if requested and requested in source:
            return str(source[requested])
    buttons = [b for m in messages for b in (m.get("buttons") or [])]
    for b in buttons:
        if NO_BUTTON.match(b.get("title", "")):
            return b.get("payload") or b.get("title")
    return "no"


def run_one(transport, vignette: dict, max_turns: int = MAX_TURNS, run_id: str = "run") -> dict:
    """One conversation. The result has triage_eval.py's fields, plus what the reports need."""
    sender = "eval-%s-%s" % (run_id, vignette["id"])
    turns, latencies, transcript, tracker_failures = 0, [], [], 0
    text, disposition, custom, slot_disposition, error = vignette["message"], None, None, None, None
    try:
        while turns < max_turns:
            turns += 1
            t0 = time.perf_counter()
            messages = transport.say(sender, text)
            latencies.append(time.perf_counter() - t0)
            turn = {"patient": text, "bot": messages, "requested_slot": None,
                    "latency_ms": round(1000 * latencies[-1], 1)}
            transcript.append(turn)
            disposition, custom = disposition_in(messages)
            tracker = transport.tracker(sender)
            if tracker is None:
                tracker_failures += 1
            slots = (tracker or {}).get("slots") or {}
            slot_disposition = slots.get("disposition")
            turn["requested_slot"] = slots.get("requested_slot")
            if disposition or slot_disposition:
                disposition = disposition or slot_disposition
                break
            text = answer_for(vignette, slots.get("requested_slot"), messages)
    except Exception as exc:  # noqa: BLE001 - a bot fault is a result for this vignette, not a crash
        error = "%s: %s" % (type(exc).__name__, exc)
    custom = custom or {}
    return {
        "id": vignette["id"],
        "expected": vignette["expected"],
        "min_level": vignette["min_level"],
        "disposition": disposition,
        "slot_disposition": slot_disposition,
        "services": custom.get("services") or [],
        "turns": turns,
        "latencies": latencies,
        "error": error,
        "transcript": transcript,
        # beyond triage_eval.py: for the reports and audit
        "level": LEVEL.get(disposition) if disposition else None,
        "reported_level": custom.get("level"),
        "rule": custom.get("rule"),
        "reasons": custom.get("reasons") or [],
        "safety_net": custom.get("safety_net"),
        "tracker_failures": tracker_failures,
        "message": vignette["message"],
        "facts": vignette.get("facts") or {},
        "answers": vignette.get("answers") or {},
        "source": vignette.get("source"),
    }


def run_all(transport, vignettes: list[dict], max_turns: int = MAX_TURNS, concurrency: int = 1,
            run_id: str | None = None, progress: Callable[[dict], None] | None = None) -> list[dict]:
    """Every vignette, results in the vignettes' order; ``progress`` is called as each finishes."""
    run_id = run_id or uuid.uuid4().hex[:8]
    if not getattr(transport, "concurrent", True):
        concurrency = 1

    def one(v):
        result = run_one(transport, v, max_turns, run_id)
        if progress:
            progress(result)
        return result

    if concurrency <= 1:
        return [one(v) for v in vignettes]
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(one, vignettes))
