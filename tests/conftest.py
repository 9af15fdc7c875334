"""Shared fixtures: the data directory, and the real servers (action server, Rasa, website)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "data"


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory):
    """The bot as `scripts/run.sh` starts it, on free ports, with a throwaway tracker store.
    Started once per test session; the model is trained first only if its inputs changed."""
    from bot.serve import Stack, free_port

    logs = tmp_path_factory.mktemp("stack-logs")
    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(),
                  token="test-token", tracker_db=logs / "rasa.db", log_dir=logs)
    try:
        stack.start(timeout=240)
    except Exception as exc:
        tails = "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in logs.glob("*.log"))
        pytest.fail(f"the bot did not start: {exc}\n{tails}")
    yield stack
    stack.stop()
