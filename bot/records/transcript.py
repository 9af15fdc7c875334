"""A conversation's transcript from Rasa's SQL tracker store, as stored (already redacted)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import inspect, text

from bot.records.store import RecordStore


@dataclass
class Line:
    at: datetime  # UTC
    speaker: str  # patient, bot
    text: str
    custom: dict = field(default_factory=dict)


def transcript(store: RecordStore, conversation_id: str) -> list[Line] | None:
    """The patient's and the bot's messages in order; None when the conversation is not stored
    (deleted after the retention period, or another database)."""
    if not store.exists() or not inspect(store.engine).has_table("events"):
        return None
    query = text("SELECT type_name, timestamp, data FROM events WHERE sender_id = :sender ORDER BY id")
    with store.engine.connect() as conn:
        rows = conn.execute(query, {"sender": conversation_id}).all()
    lines = []
    for type_name, timestamp, data in rows:
        if type_name not in ("user", "bot"):
            continue
        try:
            event = json.loads(data or "{}")
        except ValueError:
            continue
        custom = ((event.get("data") or {}).get("custom") or {}) if type_name == "bot" else {}
        words = event.get("text") or ""
        if not words and not custom:
            continue
        at = datetime.fromtimestamp(timestamp or 0, timezone.utc).replace(tzinfo=None)
        lines.append(Line(at, "patient" if type_name == "user" else "bot", words,
                          custom if isinstance(custom, dict) else {}))
    return lines or None
