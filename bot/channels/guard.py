"""The checks every incoming message passes before Rasa reads it (no Rasa imports).

A message that cannot be read as it is (not text, blank, too long) or that comes too fast gets a
kind reply instead, and the conversation is kept; text is cleaned of characters that cannot be
stored (half an emoji) so a red flag beside one is still read.
"""
from __future__ import annotations

import ipaddress
import re
import secrets
import time
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.datafiles import load_yaml
from bot.settings import Settings

SENDER = re.compile(r"[A-Za-z0-9._:-]{8,128}")
WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class Refusal:
    """The reply instead of reading the message, with its HTTP status."""

    status: int
    text: str


def clean(text: str) -> str:
    """Text that can be stored and read: lone surrogates and control characters become spaces."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" else c for c in text)


class Guard:
    def __init__(self, phrases: dict[str, str], max_chars: int, rate_limit: int, turn_seconds: float = 4.5,
                 new_conversation_limit: int = 60, clock: Callable[[], float] = time.monotonic):
        self.phrases, self.max_chars, self.rate_limit, self.clock = phrases, max_chars, rate_limit, clock
        self.turn_seconds, self.new_conversation_limit = turn_seconds, new_conversation_limit
        self._recent: defaultdict[str, deque[float]] = defaultdict(deque)
        self._new_by_client: defaultdict[str, deque[float]] = defaultdict(deque)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Guard":
        phrases = load_yaml(Path(settings.data_dir) / "conversation" / "messages.yml")["messages"]
        return cls(phrases, settings.max_message_chars, settings.rate_limit, settings.turn_seconds,
                   settings.new_conversation_limit)

    def sender(self, value: object) -> str | Refusal:
        """The conversation id: a new random one when none is sent; a guessable one is refused."""
        if value is None or value == "":
            return secrets.token_hex(16)
        if isinstance(value, str) and SENDER.fullmatch(value) and value != "default":
            return value
        return Refusal(400, self.phrases["bad_sender"])

    def message(self, value: object) -> str | Refusal:
        """The text to read, or the kind reply when there is nothing readable or too much."""
        if isinstance(value, str) and len(value) > self.max_chars:
            return Refusal(200, self.phrases["long_message"])
        text = clean(value) if isinstance(value, str) else ""
        if not text.strip():  # blank once cleaned, too: a lone NUL or half an emoji
            return Refusal(200, self.phrases["empty_message"])
        return text

    @staticmethod
    def metadata(value: object, origin: str | None = None) -> dict | None:
        """Metadata a client sent, if it is an object (Rasa fails on any other kind), with `origin`
        set to the site the browser says the page came from (its Origin header), never to what the
        client wrote: the pilot records tell the website from a site that embeds the widget by it."""
        data = {k: v for k, v in value.items() if k != "origin"} if isinstance(value, dict) else {}
        if origin and origin.strip() and origin.strip() != "null":
            data["origin"] = origin.strip()[:200]
        return data or None

    def allow(self, sender: str, client: str | None = None) -> Refusal | None:
        """At most `rate_limit` messages a minute in one conversation, and at most
        `new_conversation_limit` new conversations a minute from one client address (so changing or
        leaving out the conversation id does not escape the limit). Loopback is not limited: the
        bot's own tools run there, and behind a reverse proxy every client looks like it."""
        now = self.clock()
        if sender not in self._recent and client and not _loopback(client):
            if not _take(self._new_by_client[client], now, self.new_conversation_limit):
                return Refusal(429, self.phrases["slow_down"])
        if not _take(self._recent[sender], now, self.rate_limit):
            return Refusal(429, self.phrases["slow_down"])
        if len(self._recent) > 100_000:  # forget idle conversations and clients
            for table in (self._recent, self._new_by_client):
                for key in [k for k, q in table.items() if not q or now - q[-1] > WINDOW_SECONDS]:
                    del table[key]
        return None


def origin_allowed(origin: str | None, allowed: tuple[str, ...] | list[str], own: str) -> bool:
    """Whether a page from `origin` may open a socket: an allowed site (`*` allows any); with no list,
    only the server's own site. A client that sends no Origin is not a web page: allowed."""
    if not origin:
        return True
    return "*" in allowed or origin in (allowed or (own,))


def _take(recent: deque[float], now: float, limit: int) -> bool:
    """Record one event in a sliding minute, if fewer than `limit` happened in it."""
    while recent and now - recent[0] > WINDOW_SECONDS:
        recent.popleft()
    if len(recent) >= limit:
        return False
    recent.append(now)
    return True


def _loopback(client: str) -> bool:
    try:
        return ipaddress.ip_address(client).is_loopback
    except ValueError:
        return False
