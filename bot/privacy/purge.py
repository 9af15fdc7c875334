"""Deleting conversations older than the retention period from the tracker store (SQLite or PostgreSQL)."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

DAY = 86400.0
OLD = "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"


def purge(db: Path | str, days: int, now: float | None = None) -> int:
    """Delete every conversation whose last event is more than `days` old; return how many.
    `db` is the SQLite file, or the SQLAlchemy URL of a shared database."""
    cutoff = (now if now is not None else time.time()) - days * DAY
    if isinstance(db, str):
        return _purge_shared(db, cutoff)
    if not Path(db).exists():
        return 0
    with sqlite3.connect(db) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone():
            return 0
        old = [row[0] for row in conn.execute(OLD, {"cutoff": cutoff})]
        conn.executemany("DELETE FROM events WHERE sender_id = ?", [(s,) for s in old])
    if old:
        with sqlite3.connect(db) as conn:
            conn.execute("VACUUM")  # the deleted text leaves the file too
    return len(old)


def _purge_shared(url: str, cutoff: float) -> int:
    """The same on a database server (PostgreSQL), whose own vacuum reclaims the space."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if not inspect(conn).has_table("events"):
                return 0
            old = [row[0] for row in conn.execute(text(OLD), {"cutoff": cutoff})]
            if old:
                conn.execute(text("DELETE FROM events WHERE sender_id = :sender"), [{"sender": s} for s in old])
        return len(old)
    finally:
        engine.dispose()
