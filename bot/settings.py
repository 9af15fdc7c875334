"""Every environment variable the bot reads, read once, in one place.

| variable | default | what |
|---|---|---|
| BOT_DATA_DIR | <repo>/data | clinical content, conversation texts, catalogue |
| BOT_CATALOGUE_DIR | <data>/services | the service catalogue: Kent and Medway (region.yml, an area each), or one area's |
| BOT_SECOND_READER | off | `1` adds the learned second reader |
| BOT_API_TOKEN | none | the Rasa HTTP API token (required unless BOT_DEV=1) |
| BOT_DEV | off | `1` allows the development token `local-dev-token` |
| BOT_ACTION_TOKEN | random per start | the secret Rasa sends to the action server |
| BOT_ACTIONS | server | `in-process`: Rasa runs the custom actions itself, no action server (`bot.action_runner`) |
| BOT_HOST | 127.0.0.1 | the interface every server listens on |
| BOT_ALLOWED_ORIGINS | the website | sites that may embed the widget (space- or comma-separated) |
| BOT_WEB_HOST, BOT_WEB_PORT | 127.0.0.1, 8080 | where the website listens (`python -m bot.web`) |
| BOT_URL | http://localhost:5005 | the Rasa server as the browser reaches it |
| BOT_NODE_MODULES | <repo>/node_modules | where `npm ci` put the front-end packages |
| BOT_RETENTION_DAYS | 30 | how long conversations, pilot records and the staff access log are kept |
| BOT_DATABASE_URL | sqlite:///<repo>/rasa.db | tracker store and pilot records (SQLAlchemy URL; postgresql://... to share) |
| BOT_LOCK_STORE_URL | none (in memory) | `redis://[:password@]host:port/db`: the lock store several servers share |
| BOT_SITE_URL | http://localhost:<web port> | the website's own address: chats from its pages count as channel `website` |
| BOT_CLINICIANS | none | pilot clinicians, `name:hash` (`bot hash-password`): case view and reports |
| BOT_COMMISSIONERS | none | commissioners, `name:hash`: the reports dashboard only |
| BOT_SIGNIN_FAILURES | 5 | failed staff sign-ins from one client address that pause its sign-in |
| BOT_SIGNIN_WINDOW_MINUTES | 15 | ...within this many minutes (failed sign-ins are remembered this long) |
| BOT_SIGNIN_LOCKOUT_MINUTES | 15 | how long that client's sign-in is then paused (429) |
| BOT_MAX_MESSAGE_CHARS | 3000 | the longest message read; longer ones get a kind reply |
| BOT_RATE_LIMIT | 30 | messages a minute one conversation may send |
| BOT_TURN_SECONDS | 4.5 | a turn taking longer gets the safe fault advice |
| BOT_NEW_CONVERSATIONS | 60 | new conversations a minute from one client address (not loopback) |
| BOT_SESSION_TURNS | 20 | patient turns in one stored session; the next turn starts a new one carrying the slots over |
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_TOKEN = "local-dev-token"


def split_list(value: str) -> tuple[str, ...]:
    """A list typed as space- or comma-separated words."""
    return tuple(part for part in value.replace(",", " ").split() if part)


def staff_list(name: str, value: str) -> dict[str, str]:
    """Staff accounts typed as space- or comma-separated `name:password-hash` (never a password)."""
    accounts = {}
    for entry in split_list(value):
        user, sep, hashed = entry.partition(":")
        if not (sep and user and hashed.startswith("pbkdf2_sha256$")):
            who = repr(user) if sep else "an entry without a name"  # never echo what may be a password
            raise ValueError(f"{name}: {who} is not name:pbkdf2_sha256$... (make one with `bot hash-password`)")
        accounts[user] = hashed
    return accounts


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    catalogue_dir: Path
    second_reader: bool
    api_token: str | None
    dev: bool
    action_token: str | None
    actions_in_process: bool
    host: str
    allowed_origins: tuple[str, ...]
    web_host: str
    web_port: int
    bot_url: str
    node_modules: Path
    retention_days: int
    max_message_chars: int
    rate_limit: int
    turn_seconds: float
    new_conversation_limit: int
    session_turns: int
    database_url: str
    lock_store_url: str | None
    site_url: str
    clinicians: dict[str, str]
    commissioners: dict[str, str]
    signin_failures: int
    signin_window_minutes: int
    signin_lockout_minutes: int

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "Settings":
        data = Path(env.get("BOT_DATA_DIR") or ROOT / "data")
        web_port = int(env.get("BOT_WEB_PORT") or 8080)
        return cls(
            data_dir=data,
            catalogue_dir=Path(env.get("BOT_CATALOGUE_DIR") or data / "services"),
            second_reader=env.get("BOT_SECOND_READER") == "1",
            api_token=env.get("BOT_API_TOKEN") or None,
            dev=env.get("BOT_DEV") == "1",
            action_token=env.get("BOT_ACTION_TOKEN") or None,
            actions_in_process=env.get("BOT_ACTIONS") == "in-process",
            host=env.get("BOT_HOST") or "127.0.0.1",
            allowed_origins=split_list(env.get("BOT_ALLOWED_ORIGINS", "")),
            web_host=env.get("BOT_WEB_HOST") or "127.0.0.1",
            web_port=web_port,
            bot_url=env.get("BOT_URL") or "http://localhost:5005",
            node_modules=Path(env.get("BOT_NODE_MODULES") or ROOT / "node_modules"),
            retention_days=int(env.get("BOT_RETENTION_DAYS") or 30),
            max_message_chars=int(env.get("BOT_MAX_MESSAGE_CHARS") or 3000),
            rate_limit=int(env.get("BOT_RATE_LIMIT") or 30),
            turn_seconds=float(env.get("BOT_TURN_SECONDS") or 4.5),
            new_conversation_limit=int(env.get("BOT_NEW_CONVERSATIONS") or 60),
            session_turns=max(1, int(env.get("BOT_SESSION_TURNS") or 20)),
            database_url=env.get("BOT_DATABASE_URL") or f"sqlite:///{ROOT / 'rasa.db'}",
            lock_store_url=env.get("BOT_LOCK_STORE_URL") or None,
            site_url=env.get("BOT_SITE_URL") or f"http://localhost:{web_port}",
            clinicians=staff_list("BOT_CLINICIANS", env.get("BOT_CLINICIANS", "")),
            commissioners=staff_list("BOT_COMMISSIONERS", env.get("BOT_COMMISSIONERS", "")),
            signin_failures=max(1, int(env.get("BOT_SIGNIN_FAILURES") or 5)),
            signin_window_minutes=max(1, int(env.get("BOT_SIGNIN_WINDOW_MINUTES") or 15)),
            signin_lockout_minutes=max(1, int(env.get("BOT_SIGNIN_LOCKOUT_MINUTES") or 15)),
        )


@lru_cache(maxsize=None)
def settings() -> Settings:
    """This process's settings, read from the environment on first use."""
    return Settings.from_env(os.environ)
