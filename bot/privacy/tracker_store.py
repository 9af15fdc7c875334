"""Rasa's SQL tracker store (configured in bot.serve's endpoints): every event stored redacted, and
the session a turn loads kept short.

Rasa loads the latest session's events on every turn, replays them, featurises them for the policy
and sends them all to the action server, so without a bound a turn's cost grows with the
conversation. Here a session holds at most `BOT_SESSION_TURNS` patient turns: when the loaded
session has that many, a new session is stored (`session_started`, then one `slot` event for each
slot that has a value, then `action_listen`, as Rasa's own `action_session_start` does when it
carries slots over) and the turn goes on in it. All dialogue state lives in the slots (the triage
state, with any advice given), so the conversation goes on exactly as before; the earlier sessions
stay stored (the HTTP API's tracker shows every one) until the retention period ends.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy.redact import redact_data
from bot.settings import settings


class RedactingSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, session_turns: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.session_turns = session_turns or settings().session_turns

    def _additional_events(self, session: Any, tracker: Any) -> Iterator[Event]:
        for event in super()._additional_events(session, tracker):
            yield Event.from_parameters(redact_data(event.as_dict())) or event

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest session; one that already holds `session_turns` patient turns is first
        followed by a new session carrying its slots over."""
        tracker = await super().retrieve(sender_id)
        if tracker is None or not self._session_full(tracker):
            return tracker
        now = max(time.time(), max(e.timestamp for e in tracker.events) + 0.001)
        carried = [SlotSet(slot.name, slot.value, timestamp=now) for slot in tracker.slots.values()
                   if slot.value != slot.initial_value]
        for event in [SessionStarted(timestamp=now), *carried, ActionExecuted(ACTION_LISTEN_NAME, timestamp=now)]:
            tracker.update(event)
        await self.save(tracker)  # stores only the events after the loaded ones: the new session
        return await super().retrieve(sender_id)

    def _session_full(self, tracker: DialogueStateTracker) -> bool:
        """At least `session_turns` patient turns, and not expired: an expired session is left to
        Rasa, which starts a fresh one (domain.yml session_config) whatever its length."""
        turns = [e for e in tracker.events if isinstance(e, UserUttered)]
        if len(turns) < self.session_turns:
            return False
        config = self.domain.session_config
        return not (config.are_sessions_enabled()
                    and time.time() - turns[-1].timestamp > 60 * config.session_expiration_time)
