"""Deleting conversations older than the retention period from the SQLite tracker store."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

DAY = 86400.0


def purge(db: Path, days: int, now: float | None = None) -> int:
    """Delete every conversation whose last event is more than `days` old; return how many."""
    if not Path(db).exists():
        return 0
    cutoff = (now if now is not None else time.time()) - days * DAY
    with sqlite3.connect(db) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone():
            return 0
        old = [row[0] for row in conn.execute(
            "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < ?", (cutoff,))]
        conn.executemany("DELETE FROM events WHERE sender_id = ?", [(s,) for s in old])
    if old:
        with sqlite3.connect(db) as conn:
            conn.execute("VACUUM")  # the deleted text leaves the file too
    return len(old)
