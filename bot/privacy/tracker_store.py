"""Rasa's SQL tracker store, storing every event redacted (configured in bot.serve's endpoints)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event

from bot.privacy.redact import redact_data


class RedactingSQLTrackerStore(SQLTrackerStore):
    def _additional_events(self, session: Any, tracker: Any) -> Iterator[Event]:
        for event in super()._additional_events(session, tracker):
            yield Event.from_parameters(redact_data(event.as_dict())) or event
