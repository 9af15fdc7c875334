"""Two Rasa servers (each with its action server) sharing PostgreSQL (tracker store) and Redis (lock
store): one conversation alternating between them keeps every event once and reaches the right
advice; a server killed mid-conversation and restarted carries on with it."""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import redis as redis_lib
from rest_api import new_sender, say

from bot.privacy.purge import purge
from bot.serve import free_port, wait_for

PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), default=Path("/usr/lib/postgresql/bin"))  # Debian's
INITDB = shutil.which("initdb") or str(PG_BIN / "initdb")
PG_CTL = shutil.which("pg_ctl") or str(PG_BIN / "pg_ctl")
REDIS = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(not (os.access(INITDB, os.X_OK) and REDIS),
                                reason="PostgreSQL (initdb, pg_ctl) and redis-server are needed: "
                                       "scripts/setup.sh installs the Debian packages")
# A cold that needs asking about: several turns, advice at the end (as in the public vignettes).
OPENING = "I've had a blocked nose and a sore throat for 3 days, no fever, I'm eating and drinking fine"
AGE, POSTCODE = "34", "DA11"


def as_postgres(*cmd: str) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the Debian package's postgres user then."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)


@pytest.fixture(scope="module")
def postgres():
    home = Path(tempfile.mkdtemp(prefix="bot-pg-"))  # pytest's own tmp dirs are closed to other users
    if os.geteuid() == 0:
        shutil.chown(home, user="postgres")
    data = home / "data"
    port = free_port()
    subprocess.run(as_postgres(INITDB, "-D", str(data), "-A", "trust", "-U", "bot"), check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(as_postgres(PG_CTL, "-D", str(data), "-w", "-l", str(data.parent / "pg.log"), "-o",
                               f"-h 127.0.0.1 -p {port} -k {data}", "start"), check=True, stdout=subprocess.DEVNULL)
    subprocess.run(as_postgres(str(Path(INITDB).resolve().parent / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                               "-U", "bot", "rasa"), check=True)
    yield f"postgresql://bot@127.0.0.1:{port}/rasa"
    subprocess.run(as_postgres(PG_CTL, "-D", str(data), "-m", "immediate", "stop"), stdout=subprocess.DEVNULL)
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    port = free_port()
    proc = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path_factory.mktemp("redis"))], stdout=subprocess.DEVNULL)
    yield f"redis://127.0.0.1:{port}/1"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def two_servers(stack_factory, tmp_path_factory, postgres, redis):
    stores = {"database_url": postgres, "lock_store_url": redis}
    first = stack_factory(tmp_path_factory.mktemp("first"), web=False, **stores)  # creates the database
    return first, stack_factory(tmp_path_factory.mktemp("second"), web=False, **stores)


def events(stack, sender: str) -> list[dict]:
    url = f"{stack.rasa_url}/conversations/{sender}/tracker?token={stack.token}&include_events=ALL"
    with urllib.request.urlopen(url, timeout=30) as resp:
        return json.loads(resp.read())["events"]


def converse(servers, sender: str, script: list[str], max_turns: int = 10) -> dict:
    """Say the script, then 'no' to every question, one turn on each server in turn, until advised."""
    said = []
    for turn in range(max_turns):
        text = script[turn] if turn < len(script) else "no"
        status, replies = say(servers[turn % len(servers)], sender, text)
        assert status == 200, replies
        advice = next((m["custom"] for m in replies if isinstance(m.get("custom"), dict)
                       and m["custom"].get("disposition")), None)
        if advice:
            return advice
        said.append((text, replies))
    raise AssertionError(f"no advice after {max_turns} turns: {said}")


def test_a_conversation_alternating_between_servers_reaches_advice_with_every_event_once(two_servers):
    sender = new_sender("shared")
    advice = converse(two_servers, sender, [OPENING, AGE, POSTCODE])
    assert advice["disposition"] in {"pharmacy", "self_care"}
    seen = [events(s, sender) for s in two_servers]
    assert seen[0] == seen[1]  # both servers read the one stored conversation
    users = [e for e in seen[0] if e["event"] == "user"]
    assert [e["text"] for e in users][0] == OPENING
    stamps = [(e["event"], e["timestamp"]) for e in seen[0]]
    assert len(stamps) == len(set(stamps)), "an event was stored twice"
    assert sum(1 for e in seen[0] if e["event"] == "action" and e["name"] == "action_respond") == len(users)
    locks = redis_lib.Redis.from_url(two_servers[0].lock_store_url).info("commandstats")
    assert locks.get("cmdstat_set", {}).get("calls", 0) >= len(users)  # each turn took its lock in Redis


def test_a_server_killed_mid_conversation_and_restarted_carries_on(two_servers):
    first, second = two_servers
    sender = new_sender("revived")
    status, replies = say(first, sender, OPENING)
    assert status == 200 and not any(isinstance(m.get("custom"), dict) for m in replies)
    rasa = first.procs["rasa"]
    os.killpg(rasa.pid, signal.SIGKILL)
    rasa.wait(timeout=10)
    assert say(second, sender, AGE)[0] == 200  # the other server goes on meanwhile
    assert first.revive() == ["rasa"]
    deadline = time.monotonic() + 240
    wait_for(f"{first.rasa_url}/status?token={first.token}", deadline - time.monotonic(), first.procs["rasa"])
    advice = converse([first], sender, [POSTCODE])
    assert advice["disposition"] in {"pharmacy", "self_care"}
    users = [e["text"] for e in events(first, sender) if e["event"] == "user"]
    assert users[:3] == [OPENING, AGE, POSTCODE]


def test_retention_purges_the_shared_conversations(two_servers, postgres):
    sender = new_sender("old")
    assert say(two_servers[0], sender, OPENING)[0] == 200
    assert purge(postgres, days=30) == 0  # nothing is that old
    assert purge(postgres, days=0, now=time.time() + 1) >= 1  # as if a retention period had passed
    assert not [e for e in events(two_servers[1], sender) if e["event"] == "user"]
