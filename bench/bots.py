"""The two bots under test: how each is trained (once, cached), started, and stopped."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bot.model import fingerprint, train
from bot.serve import free_port
from bot.settings import ROOT

CACHE = ROOT / ".bench"  # git-ignored: the stock project, this bot's timed model, the timings
TIMINGS = CACHE / "timings.json"
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONUNBUFFERED": "1"}
# The stock bot's own stories (data/stories.yml of `rasa init`), told in other words.
STOCK_SCRIPTS = [["hello there", "I am feeling great", "goodbye"],
                 ["hi", "I am very sad", "yes", "bye"],
                 ["good morning", "unhappy", "no", "see you later"],
                 ["hey", "are you a bot?", "I am great", "bye"]]


def timings() -> dict:
    return json.loads(TIMINGS.read_text()) if TIMINGS.exists() else {}


def remember(key: str, seconds: float) -> None:
    TIMINGS.write_text(json.dumps({**timings(), key: round(seconds, 1)}, indent=1))


def stock_project() -> tuple[Path, float]:
    """The stock `rasa init --no-prompt` bot (created and trained on first use) and its training time."""
    project = CACHE / "stock"
    if not list((project / "models").glob("*.tar.gz")):
        shutil.rmtree(project, ignore_errors=True)
        project.mkdir(parents=True)
        print("creating and training the stock bot (rasa init --no-prompt)...", flush=True)
        t0 = time.perf_counter()  # rasa init copies the scaffold (well under a second) and trains
        subprocess.run([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(project)],
                       cwd=project, env=ENV, check=True, stdout=subprocess.DEVNULL)
        remember("stock_train_s", time.perf_counter() - t0)
    return project, timings()["stock_train_s"]


def bot_training() -> float:
    """This bot's full training time for its current inputs, trained once into the cache and timed."""
    key = f"bot_train_s:{fingerprint()}"
    if key not in timings():
        print("training this bot's model (timed)...", flush=True)
        os.environ["RASA_MAX_CACHE_SIZE"] = "0"  # no help from Rasa's training cache: a full training
        t0 = time.perf_counter()
        model = train(ROOT, CACHE / "bot-models", f"bot-{fingerprint()}", quiet=True)
        remember(key, time.perf_counter() - t0)
        served = ROOT / "models" / model.name
        if not served.exists():
            served.parent.mkdir(exist_ok=True)
            shutil.copy(model, served)
    return timings()[key]


@dataclass
class Running:
    """A started bot: its root process, REST base URL and seconds from start to ready."""

    name: str
    proc: subprocess.Popen
    url: str
    ready_s: float

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)


def _until(ready, proc: subprocess.Popen, log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{proc.args!r} did not get ready:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def start_stock(project: Path, logs: Path) -> Running:
    """`rasa run` in the stock project (its defaults: REST channel, in-memory tracker store)."""
    port = free_port()
    log = logs / "stock.log"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "rasa", "run", "--interface", "127.0.0.1", "--port", str(port)],
                            cwd=project, env=ENV, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    _until(lambda: _answers(url + "/webhooks/rest/"), proc, log)
    return Running("stock rasa init", proc, url, time.perf_counter() - t0)


def start_bot(logs: Path) -> Running:
    """This bot as scripts/run.sh starts it (`python -m bot.serve --dev`: supervisor, actions, Rasa,
    website), on free ports with a throwaway tracker store; ready when the supervisor says so."""
    ports = [free_port(), free_port(), free_port()]
    log = logs / "bot.log"
    env = {**ENV, "BOT_DATABASE_URL": f"sqlite:///{logs / 'rasa.db'}"}
    env.pop("BOT_API_TOKEN", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot.serve", "--dev", "--actions-port", str(ports[0]),
                             "--rasa-port", str(ports[1]), "--web-port", str(ports[2])],
                            cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    _until(lambda: "Press Ctrl-C" in log.read_text(), proc, log)
    return Running("this bot", proc, f"http://127.0.0.1:{ports[1]}", time.perf_counter() - t0)
