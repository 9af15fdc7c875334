"""The pilot records table: written once per reference, feedback kept with it, read back by date
and district, purged after the retention period like conversations, and staff access logged."""
import os
from datetime import datetime, timedelta

import pytest

from bot.records.record import PilotRecord, age_band, channel_of, district
from bot.records.store import RecordStore, metadata

T0 = datetime(2025, 3, 3, 12, 0)


def record(ref: str, when: datetime = T0, **kw) -> PilotRecord:
    base = dict(reference=ref, created_at=when, conversation_id="conv-" + ref, disposition="pharmacy", level=1,
                rule="pharmacy_first_sore_throat", findings=["sore_throat"], triggers=["sore_throat"],
                answers={"difficulty_swallowing": "no"}, age_band="25-34", sex="female", postcode_district="DA11",
                channel="website", model_version="bot-x", content_version="c-y")
    return PilotRecord(**{**base, **kw})


# SQLite always; PostgreSQL too when BOT_TEST_POSTGRES_URL names a throwaway database (its pilot
# tables are dropped first), e.g. postgresql://bot@127.0.0.1:55432/records
DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("BOT_TEST_POSTGRES_URL") else [])


@pytest.fixture(params=DATABASES)
def store(request, tmp_path):
    if request.param == "sqlite":
        return RecordStore(f"sqlite:///{tmp_path / 'rasa.db'}")
    store = RecordStore(os.environ["BOT_TEST_POSTGRES_URL"])
    metadata.drop_all(store.engine)
    return store


def test_a_record_is_written_once_and_read_back_whole(store):
    rec = record("AAA-AAAA")
    assert store.add(rec) is True
    assert store.add(record("AAA-AAAA", disposition="self_care")) is False  # the same reference again
    assert store.get("AAA-AAAA") == rec and store.count() == 1
    assert store.get("BBB-BBBB") is None


def test_feedback_is_kept_with_its_record(store):
    store.add(record("AAA-AAAA"))
    assert store.feedback("AAA-AAAA", helpful="yes", now=T0)
    assert store.feedback("AAA-AAAA", went="pharmacy", now=T0)
    got = store.get("AAA-AAAA")
    assert (got.helpful, got.went, got.feedback_at) == ("yes", "pharmacy", T0)
    assert not store.feedback("ZZZ-ZZZZ", helpful="no")


def test_records_between_dates_and_in_districts(store):
    for i, (day, dist) in enumerate([(0, "DA11"), (1, "DA1"), (2, "DA11"), (9, "DA11"), (1, None)]):
        store.add(record(f"AA{i}-AAAA", T0 + timedelta(days=day), postcode_district=dist))
    refs = [r.reference for r in store.between(T0, T0 + timedelta(days=3))]
    assert refs == ["AA0-AAAA", "AA1-AAAA", "AA4-AAAA", "AA2-AAAA"]
    assert [r.reference for r in store.between(T0, T0 + timedelta(days=3), {"DA11"})] == ["AA0-AAAA", "AA2-AAAA"]


def test_purge_deletes_old_records_and_access_log_entries_and_their_bytes(store, tmp_path):
    store.add(record("OLD-AAAA", T0 - timedelta(days=40), rule="rule_of_an_old_record"))
    store.add(record("NEW-AAAA", T0 - timedelta(days=2)))
    store.log_access("dr-a", "case", "OLD-AAAA", True, now=T0 - timedelta(days=40))
    store.log_access("dr-a", "case", "NEW-AAAA", True, now=T0 - timedelta(days=1))
    assert store.purge(30, now=T0) == (1, 1)
    assert store.get("OLD-AAAA") is None and store.get("NEW-AAAA") is not None
    assert [a["reference"] for a in store.accesses()] == ["NEW-AAAA"]
    if store.url.startswith("sqlite"):
        assert b"rule_of_an_old_record" not in (tmp_path / "rasa.db").read_bytes()


def test_reading_a_missing_database_makes_no_file(tmp_path):
    store = RecordStore(f"sqlite:///{tmp_path / 'none.db'}")
    assert store.get("AAA-AAAA") is None and store.between(T0, T0) == [] and store.purge(30) == (0, 0)
    assert not (tmp_path / "none.db").exists()


def test_bands_and_districts_keep_nothing_exact():
    assert [age_band(a) for a in (None, 0.2, 3, 15.9, 16, 34, 90)] == \
        ["not known", "under 1", "1-4", "5-15", "16-24", "25-34", "85 and over"]
    assert [district(p) for p in ("DA11 0AA", "da1", "", None, "not a postcode")] == ["DA11", "DA1", None, None, None]


@pytest.mark.parametrize("channel, metadata, expected", [
    ("rest", None, ("rest", None)),
    ("rest", {"origin": "https://find-help.example.nhs.uk"}, ("website", None)),
    ("rest", {"origin": "https://www.riverside-surgery.example/"}, ("widget", "https://www.riverside-surgery.example")),
    ("socketio", {}, ("webchat", None)),
    (None, None, ("unknown", None)),
])
def test_the_channel_and_the_site_that_embedded_the_widget(channel, metadata, expected):
    assert channel_of(channel, metadata, {"https://find-help.example.nhs.uk"}) == expected


def test_rasas_tracker_store_is_given_the_same_database():
    from bot.serve import tracker_store_settings

    assert tracker_store_settings("sqlite:////srv/bot/rasa.db") == {"dialect": "sqlite", "db": "/srv/bot/rasa.db"}
    assert tracker_store_settings("postgresql://bot:secret@db.internal:5433/signpost") == {
        "dialect": "postgresql", "db": "signpost", "url": "db.internal", "port": 5433, "username": "bot",
        "password": "secret"}
