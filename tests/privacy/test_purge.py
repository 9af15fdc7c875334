"""Conversations past the retention period are really deleted."""
import sqlite3

from bot.privacy.purge import DAY, purge


def make_store(path, rows):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, timestamp REAL, data TEXT)")
        conn.executemany("INSERT INTO events (sender_id, timestamp, data) VALUES (?, ?, ?)", rows)


def senders(path):
    with sqlite3.connect(path) as conn:
        return sorted({r[0] for r in conn.execute("SELECT sender_id FROM events")})


def test_only_conversations_whose_last_turn_is_too_old_go(tmp_path):
    db, now = tmp_path / "rasa.db", 100 * DAY
    make_store(db, [("old", now - 40 * DAY, "chest pain"), ("old", now - 31 * DAY, "yes"),
                    ("recent", now - 40 * DAY, "toothache"), ("recent", now - 2 * DAY, "DA11")])
    assert purge(db, days=30, now=now) == 1
    assert senders(db) == ["recent"]
    assert b"chest pain" not in db.read_bytes()


def test_a_missing_or_empty_store_is_left_alone(tmp_path):
    assert purge(tmp_path / "none.db", days=30) == 0
    sqlite3.connect(tmp_path / "empty.db").close()
    assert purge(tmp_path / "empty.db", days=30) == 0


def test_bot_purge_deletes_old_pilot_records_with_the_old_conversations(tmp_path):
    import os
    import subprocess
    import sys
    import time
    from datetime import timedelta
    from pathlib import Path

    from bot.records.record import PilotRecord
    from bot.records.store import RecordStore, utcnow

    db = tmp_path / "rasa.db"
    now = utcnow()
    make_store(db, [("old", time.time() - 40 * DAY, "chest pain"), ("recent", time.time() - DAY, "DA11")])
    store = RecordStore(f"sqlite:///{db}")
    for ref, age in (("OLD-AAAA", 40), ("NEW-AAAA", 1)):
        store.add(PilotRecord(reference=ref, created_at=now - timedelta(days=age), conversation_id=ref,
                              disposition="pharmacy", level=1, rule="r"))
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-m", "bot.cli", "purge", "--db", str(db), "--days", "30"], cwd=root,
                         capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(root)})
    assert run.returncode == 0, run.stderr
    assert "deleted 1 conversations, 1 pilot records" in run.stdout
    assert senders(db) == ["recent"] and store.get("OLD-AAAA") is None and store.get("NEW-AAAA")
