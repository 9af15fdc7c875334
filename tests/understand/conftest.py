import datetime as dt
from pathlib import Path

import pytest

from bot.assembly import place_names
from bot.understand import Understander

ROOT = Path(__file__).resolve().parents[2]
# a fixed "today" (Sunday 22 November 2026) so weekday durations are stable
TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="session")
def understander() -> Understander:
    return Understander.load(ROOT / "data" / "triage", today=TODAY, place_names=place_names())


@pytest.fixture
def read(understander):
    return understander.read
