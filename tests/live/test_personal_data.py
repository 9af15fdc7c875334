"""Personal details typed into the chat never reach the tracker store; its file is private."""
import json
import re
import sqlite3
import stat
from typing import Any, Iterator

from rest_api import new_sender, say


def _words(value: Any, key: str = "") -> Iterator[str]:
    """Every string the store holds, bar machine-made ids (timestamps are numbers, not words)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _words(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _words(v, key)
    elif isinstance(value, str) and not key.endswith("id"):
        yield value


def test_names_numbers_and_full_postcodes_are_stored_redacted(live_stack):
    sender = new_sender("pii")
    say(live_stack, sender, "My name is Sarah Jones, 07700 900123, I've had a sore throat for 3 days")
    say(live_stack, sender, "I'm 34")
    say(live_stack, sender, "female")
    say(live_stack, sender, "my postcode is DA11 0AA")
    with sqlite3.connect(live_stack.tracker_db) as conn:
        events = [json.loads(r[0]) for r in conn.execute("SELECT data FROM events WHERE sender_id = ?", (sender,))]
    stored = " | ".join(_words(events))
    assert "sore throat" in stored and "DA11" in stored
    for detail in ("Sarah", "Jones", "07700", "900123", "0AA"):
        assert not re.search(rf"\b{detail}\b", stored), detail
    assert stat.S_IMODE(live_stack.tracker_db.stat().st_mode) == 0o600
