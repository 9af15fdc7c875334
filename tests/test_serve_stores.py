"""bot.serve's store settings: Redis as the lock store when BOT_LOCK_STORE_URL is set, else Rasa's default."""
import pytest
import yaml

from bot.serve import Stack, lock_store_settings


def test_a_redis_url_becomes_rasas_lock_store_settings():
    assert lock_store_settings("redis://redis.internal:6380/2") == {"url": "redis.internal", "port": 6380, "db": 2}
    assert lock_store_settings("redis://:secret@localhost") == {"url": "localhost", "port": 6379, "db": 0,
                                                                "password": "secret"}


@pytest.mark.parametrize("url", ["postgresql://db/rasa", "redis://", "localhost:6379"])
def test_anything_but_a_redis_url_is_refused(url):
    with pytest.raises(ValueError, match="BOT_LOCK_STORE_URL"):
        lock_store_settings(url)


def test_the_endpoints_name_the_shared_stores_only_when_configured(tmp_path):
    embedded = yaml.safe_load(Stack(tracker_db=tmp_path / "rasa.db", lock_store_url=None)._endpoints().read_text())
    assert "lock_store" not in embedded and embedded["tracker_store"]["dialect"] == "sqlite"
    shared = yaml.safe_load(Stack(database_url="postgresql://bot:pw@db:5432/rasa",
                                  lock_store_url="redis://cache:6379/1")._endpoints().read_text())
    assert shared["lock_store"] == {"type": "redis", "url": "cache", "port": 6379, "db": 1}
    assert shared["tracker_store"]["dialect"] == "postgresql" and shared["tracker_store"]["url"] == "db"
