"""Start and stop the servers the web tests need, as subprocesses on free loopback ports."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from webui_helpers import free_port

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Process:
    """A server subprocess on a loopback port, with its output in a log file."""

    url: str
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_process(cmd: list[str], url: str, ready_path: str, log_path: Path, timeout: float = 60) -> Process:
    """Start ``cmd`` and wait until GET ``url + ready_path`` answers 200."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    server = Process(url, log_path, proc)
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + ready_path, timeout=2) as resp:
                if resp.status == 200:
                    return server
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            server.stop()
            pytest.fail(f"{' '.join(cmd)} did not start:\n{server.log()}", pytrace=False)
        time.sleep(0.2)


def start_web(bot_url: str, allowed_origins: list[str], log_dir: Path) -> Process:
    """The website (``python -m bot.web``) on a free loopback port."""
    if not (REPO_ROOT / "node_modules" / "nhsuk-frontend").is_dir():
        pytest.fail("nhsuk-frontend is not installed: run `npm ci` in the repository root", pytrace=False)
    port = free_port()
    cmd = [
        sys.executable, "-m", "bot.web",
        "--host", "127.0.0.1",
        "--port", str(port),
        "--bot-url", bot_url,
        "--allowed-origins", *allowed_origins,
    ]  # fmt: skip
    return start_process(cmd, f"http://127.0.0.1:{port}", "/healthz", log_dir / "web.log")
