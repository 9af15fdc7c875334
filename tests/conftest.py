"""Shared fixtures: the data directory, and the real servers (action server, Rasa, website)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "data"


def start_stack(logs: Path, web: bool = True, **stores):
    """The bot as `scripts/run.sh` starts it, on free ports, logging into `logs`, with a throwaway
    SQLite tracker store unless `stores` name others (database_url, lock_store_url)."""
    from bot.serve import Stack, free_port

    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(),
                  token="test-token", tracker_db=logs / "rasa.db", log_dir=logs, **stores)
    try:
        stack.start(web=web, timeout=240)
    except Exception as exc:
        tails = "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in logs.glob("*.log"))
        pytest.fail(f"the bot did not start: {exc}\n{tails}")
    return stack


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory):
    """The bot, started once per test session; the model is trained first only if its inputs changed."""
    stack = start_stack(tmp_path_factory.mktemp("stack-logs"))
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def stack_factory():
    """start_stack for a test module; every stack it started stops at the module's end."""
    started = []

    def start(logs: Path, web: bool = True, **stores):
        started.append(start_stack(logs, web, **stores))
        return started[-1]

    yield start
    for stack in started:
        stack.stop()
