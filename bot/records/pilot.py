"""What the Rasa action adapter calls after each turn: a pilot record for every new decision
(written in the background), the optional feedback question, and the patient's answers to it.

Nothing here can stop or delay the advice: the record is written by one background thread (a slow
or locked database holds up no turn), every failure is logged and the turn goes on, and the
feedback question only ever comes after the advice and its summary. A record is written once per
decision: the conversation adds an audit entry (with its reference number) only for a new
decision, never for advice said again, and the store refuses a reference it already holds.
"""
from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.datafiles import DataFileError, load_yaml
from bot.records.record import PilotRecord, build, channel_of
from bot.records.store import RecordStore, utcnow
from bot.triage import Content

if TYPE_CHECKING:  # the conversation package loads the language reader: not needed to write a record
    from bot.conversation.state import ConversationState

log = logging.getLogger(__name__)
PAYLOAD = re.compile(r"^feedback: (helpful|went)=([a-z0-9_]+)$")
LOOPBACK = ("localhost", "127.0.0.1")


def payload(field: str, value: str) -> str:
    return f"feedback: {field}={value}"


def site_origins(site_url: str) -> set[str]:
    """The website's own origin(s); on this machine localhost and 127.0.0.1 are the same site."""
    parts = urlsplit(site_url.strip().lower())
    if not parts.hostname:
        return set()
    port = f":{parts.port}" if parts.port else ""
    hosts = LOOPBACK if parts.hostname in LOOPBACK else (parts.hostname,)
    return {f"{parts.scheme}://{host}{port}" for host in hosts}


class Pilot:
    def __init__(self, store: RecordStore, content: Content, texts: dict, origins: set[str],
                 versions: tuple[str, str] = ("", ""), clock: Callable[[], datetime] = utcnow):
        self.store, self.content, self.texts, self.origins = store, content, texts, origins
        self.model_version, self.content_version = versions
        self.clock = clock
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pilot-records")
        self._pending: set[Future] = set()
        self._lock = threading.Lock()

    @staticmethod
    def load_texts(path: Path | str) -> dict:
        """The feedback question's texts, checked when the action server starts."""
        texts = dict(load_yaml(Path(path)))
        for field in ("helpful", "went"):
            q = texts.get(field)
            if not (isinstance(q, dict) and q.get("text") and isinstance(q.get("options"), dict) and q["options"]):
                raise DataFileError(f"{path}: '{field}' needs a text and options")
            bad = [value for value in q["options"] if not re.fullmatch(r"[a-z0-9_]+", str(value))]
            if bad:
                raise DataFileError(f"{path}: '{field}' option values must be lower-case words (a-z, 0-9, _): {bad}")
        if not texts.get("thanks") or not isinstance(texts.get("never_after"), list):
            raise DataFileError(f"{path}: needs 'thanks' and a 'never_after' list")
        return texts

    # ---------------------------------------------------------------- background writes
    def _submit(self, what: str, fn: Callable, *args, **kwargs) -> None:
        def run() -> None:
            try:
                fn(*args, **kwargs)
            except Exception:  # logged; the patient already has the advice
                log.exception("pilot record: %s failed", what)

        future = self._executor.submit(run)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def flush(self, timeout: float = 30) -> None:
        """Wait for the writes already handed over (tests, and before a process stops)."""
        with self._lock:
            pending = set(self._pending)
        wait(pending, timeout=timeout)

    def _add(self, record: PilotRecord) -> None:
        if not self.store.add(record):
            log.warning("pilot record %s was already stored", record.reference)

    # ---------------------------------------------------------------- after a turn
    def decided(self, conversation_id: str, entries: list[dict], state: ConversationState,
                input_channel: str | None, metadata: dict | None) -> list[dict]:
        """Hand over a record for each new decision (`entries`: the audit entries this turn added);
        the feedback question to send after the advice, if any. Never raises."""
        try:
            channel, site = channel_of(input_channel, metadata, self.origins)
            now = self.clock()
            for entry in entries:
                if not entry.get("reference"):
                    continue
                record = build(conversation_id, entry, state, self.content, channel=channel, site=site,
                               model_version=self.model_version, content_version=self.content_version, now=now)
                self._submit(f"writing {record.reference}", self._add, record)
            last = entries[-1] if entries else None
            if last and last.get("reference") and last["disposition"] not in self.texts["never_after"]:
                return [self.question("helpful")]
        except Exception:
            log.exception("pilot record: could not make the record")
        return []

    def question(self, field: str) -> dict:
        q = self.texts[field]
        return {"text": q["text"],
                "buttons": [{"title": title, "payload": payload(field, value)} for value, title in q["options"].items()]}

    def feedback(self, state: ConversationState, text: str) -> list[dict] | None:
        """The reply to a feedback button, or None when the message is anything else (then it goes
        to the triage conversation as usual): only an exact payload, after advice that asked it,
        with no question pending, is feedback."""
        found = PAYLOAD.match(text.strip())
        last = state.audit[-1] if state.audit else None
        if not found or state.pending or not last or not last.get("reference") \
                or last["disposition"] in self.texts["never_after"]:
            return None
        field, value = found.groups()
        if value not in self.texts[field]["options"]:
            return None
        try:
            self._submit(f"feedback for {last['reference']}", self.store.feedback, last["reference"],
                         now=self.clock(), **{field: value})
        except Exception:
            log.exception("pilot record: could not store feedback")
        return [self.question("went")] if field == "helpful" else [{"text": self.texts["thanks"]}]
