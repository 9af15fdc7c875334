"""The SQL tracker store keeps the session a turn loads short, carrying every slot into the next
session, and leaves an expired session to Rasa (bot/privacy/tracker_store.py)."""
import asyncio
import time

import pytest
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered

from bot.privacy.tracker_store import RedactingSQLTrackerStore
from bot.settings import ROOT

SENDER = "store-test-0001"


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def store(tmp_path, domain):
    return RedactingSQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "rasa.db"), session_turns=3)


def turn(tracker, n: int, at: float | None = None) -> None:
    """One patient turn as Rasa logs it: the message, action_respond, its reply and slots, listen."""
    at = at or time.time()
    for event in (UserUttered(f"message {n}", {"name": "inform", "confidence": 1.0}, timestamp=at),
                  ActionExecuted("action_respond", timestamp=at), BotUttered(f"reply {n}", timestamp=at),
                  SlotSet("triage_state", {"disposition": "call_999", "turns": n}, timestamp=at),
                  SlotSet("disposition", "call_999", timestamp=at), SlotSet("postcode", "DA11 0DG", timestamp=at),
                  ActionExecuted(ACTION_LISTEN_NAME, timestamp=at)):
        tracker.update(event)


def talk(store, turns: int, at: float | None = None):
    """`turns` patient turns, each loaded from the store and saved to it, as Rasa's turns are."""
    for n in range(1, turns + 1):
        tracker = asyncio.run(store.get_or_create_tracker(SENDER))
        turn(tracker, n, at)
        asyncio.run(store.save(tracker))
    return asyncio.run(store.retrieve(SENDER))


def users(tracker) -> int:
    return sum(isinstance(e, UserUttered) for e in tracker.events)


def test_a_session_under_the_bound_is_loaded_whole(store):
    tracker = talk(store, 2)
    assert users(tracker) == 2 and not any(isinstance(e, SessionStarted) for e in tracker.events)


def test_a_full_session_is_followed_by_one_carrying_every_slot_over(store):
    tracker = talk(store, 3)
    assert users(tracker) == 0 and isinstance(tracker.events[0], SessionStarted)
    assert tracker.get_slot("disposition") == "call_999"  # the advice given is kept
    assert tracker.get_slot("triage_state") == {"disposition": "call_999", "turns": 3}
    assert tracker.get_slot("postcode") == "DA11"  # stored redacted, as every event
    assert tracker.events[-1] == ActionExecuted(ACTION_LISTEN_NAME)
    full = asyncio.run(store.retrieve_full_tracker(SENDER))
    assert users(full) == 3 and full.get_slot("disposition") == "call_999"  # the earlier session is kept


def test_the_turns_after_a_new_session_are_stored_in_it(store):
    talk(store, 3)
    tracker = talk(store, 7)  # 10 turns in all
    assert 0 <= users(tracker) < 3
    full = asyncio.run(store.retrieve_full_tracker(SENDER))
    assert users(full) == 10 and [e.text for e in full.events if isinstance(e, UserUttered)][-1] == "message 7"
    assert sum(isinstance(e, SessionStarted) for e in full.events) == 3  # after turns 3, 6 and 9
    assert full.get_slot("triage_state") == {"disposition": "call_999", "turns": 7}


def test_an_expired_session_is_left_to_rasa(store, domain):
    long_ago = time.time() - 60 * (domain.session_config.session_expiration_time + 5)
    tracker = talk(store, 3, at=long_ago)
    assert users(tracker) == 3  # Rasa's own session start then begins afresh (no slots carried)
