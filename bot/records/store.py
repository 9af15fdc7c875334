"""The pilot records and the staff access log: two tables in the tracker store's database.

SQLAlchemy (which Rasa installs), so the same BOT_DATABASE_URL serves SQLite (the default,
rasa.db beside the conversations) and PostgreSQL. The tables are made on first write.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError

from bot.records.record import PilotRecord

metadata = MetaData()

records = Table(
    "pilot_records", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(8), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("conversation_id", String(128), nullable=False, index=True),
    Column("disposition", String(40), nullable=False),
    Column("level", Integer, nullable=False),
    Column("rule", String(100), nullable=False),
    Column("ruled_out", JSON, nullable=False),
    Column("findings", JSON, nullable=False),
    Column("triggers", JSON, nullable=False),
    Column("answers", JSON, nullable=False),
    Column("age_band", String(16), nullable=False),
    Column("sex", String(16), nullable=False),
    Column("postcode_district", String(8)),
    Column("channel", String(32), nullable=False),
    Column("site", String(200)),
    Column("model_version", String(40), nullable=False),
    Column("content_version", String(40), nullable=False),
    Column("helpful", String(8)),
    Column("went", String(24)),
    Column("feedback_at", DateTime),
)

access_log = Table(
    "pilot_record_access", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("staff", String(64), nullable=False),
    Column("action", String(16), nullable=False),  # case, report, sign-in failed
    Column("reference", String(8)),
    Column("found", Boolean),
    Column("detail", String(200)),
)

RECORD_FIELDS = [f.name for f in fields(PilotRecord)]


def utcnow() -> datetime:
    """Naive UTC, as stored."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


class RecordStore:
    def __init__(self, url: str):
        self.url = url
        args = {"timeout": 15} if make_url(url).get_backend_name() == "sqlite" else {}
        self.engine: Engine = create_engine(url, future=True, connect_args=args)
        self._ready = False

    def exists(self) -> bool:
        """True when the database is there (a SQLite file is not made just to read it)."""
        path = sqlite_path(self.url)
        return path is None or path.exists()

    def _tables(self) -> None:
        if not self._ready:
            metadata.create_all(self.engine, checkfirst=True)
            self._ready = True

    def _readable(self, table: Table) -> bool:
        if not self.exists():
            return False
        return self._ready or inspect(self.engine).has_table(table.name)

    # ---------------------------------------------------------------- records
    def add(self, record: PilotRecord) -> bool:
        """Store a record; False when its reference is already stored (a record is written once)."""
        self._tables()
        try:
            with self.engine.begin() as conn:
                conn.execute(records.insert().values(**{k: getattr(record, k) for k in RECORD_FIELDS}))
        except IntegrityError:
            return False
        return True

    def feedback(self, reference: str, *, helpful: str | None = None, went: str | None = None,
                 now: datetime | None = None) -> bool:
        """The patient's answer to the feedback question, kept with the record."""
        values: dict[str, Any] = {"feedback_at": now or utcnow()}
        if helpful is not None:
            values["helpful"] = helpful
        if went is not None:
            values["went"] = went
        self._tables()
        with self.engine.begin() as conn:
            return conn.execute(update(records).where(records.c.reference == reference).values(**values)).rowcount > 0

    def get(self, reference: str) -> PilotRecord | None:
        if not self._readable(records):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(records).where(records.c.reference == reference)).mappings().first()
        return _record(row) if row else None

    def between(self, start: datetime, end: datetime, districts: Iterable[str] | None = None) -> list[PilotRecord]:
        """Records made at or after `start` and before `end` (naive UTC), in those postcode
        districts when given."""
        if not self._readable(records):
            return []
        query = select(records).where(records.c.created_at >= start, records.c.created_at < end)
        if districts is not None:
            query = query.where(records.c.postcode_district.in_(sorted(set(districts))))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(records.c.created_at, records.c.id)).mappings().all()
        return [_record(r) for r in rows]

    def count(self) -> int:
        if not self._readable(records):
            return 0
        with self.engine.connect() as conn:
            return len(conn.execute(select(records.c.id)).all())

    # ---------------------------------------------------------------- staff access
    def log_access(self, staff: str, action: str, reference: str | None = None, found: bool | None = None,
                   detail: str = "", now: datetime | None = None) -> None:
        self._tables()
        with self.engine.begin() as conn:
            conn.execute(access_log.insert().values(at=now or utcnow(), staff=staff[:64], action=action,
                                                    reference=reference, found=found, detail=detail[:200]))

    def accesses(self) -> list[dict]:
        if not self._readable(access_log):
            return []
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(access_log).order_by(access_log.c.id)).mappings().all()]

    # ---------------------------------------------------------------- retention
    def purge(self, days: int, now: datetime | None = None) -> tuple[int, int]:
        """Delete records and access log entries older than `days`: (records, log entries)."""
        if not (self._readable(records) or self._readable(access_log)):
            return 0, 0
        self._tables()
        cutoff = (now or utcnow()) - timedelta(days=days)
        with self.engine.begin() as conn:
            gone = conn.execute(delete(records).where(records.c.created_at < cutoff)).rowcount
            logged = conn.execute(delete(access_log).where(access_log.c.at < cutoff)).rowcount
        if (gone or logged) and sqlite_path(self.url):
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")  # the deleted rows leave the file too
        return gone, logged


def _record(row: Any) -> PilotRecord:
    return PilotRecord(**{k: row[k] for k in RECORD_FIELDS})
