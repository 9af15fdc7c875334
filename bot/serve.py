"""Start the bot: action server, Rasa server (REST, socket.io, HTTP API with token) and the website.

    python -m bot.serve                # everything on localhost; Ctrl-C stops it all
    python -m bot.serve --shell        # chat in the terminal (rasa shell) instead of the website
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bot.assembly import ROOT
from bot.model import ensure_model

DEFAULT_TOKEN = "local-dev-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{' '.join(proc.args[:4])} exited with {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


@dataclass
class Stack:
    """The running servers; ports default to free ones (tests), or the usual 5055/5005/8080."""

    actions_port: int = 5055
    rasa_port: int = 5005
    web_port: int = 8080
    token: str = DEFAULT_TOKEN
    tracker_db: Path = ROOT / "rasa.db"
    log_dir: Path | None = None
    procs: list[subprocess.Popen] = field(default_factory=list)

    @property
    def rasa_url(self) -> str:
        return f"http://localhost:{self.rasa_port}"

    @property
    def web_url(self) -> str:
        return f"http://localhost:{self.web_port}"

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        out = open(self.log_dir / f"{name}.log", "w") if self.log_dir else None  # noqa: SIM115
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}  # patients' data never leaves
        proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT if out else None,
                                start_new_session=True, env=env)
        self.procs.append(proc)
        return proc

    def _endpoints(self) -> Path:
        path = Path(tempfile.mkdtemp(prefix="bot-endpoints-")) / "endpoints.yml"
        path.write_text(f'action_endpoint:\n  url: "http://localhost:{self.actions_port}/webhook"\n'
                        f'tracker_store:\n  type: SQL\n  dialect: "sqlite"\n  db: "{self.tracker_db}"\n')
        return path

    def start(self, web: bool = True, rasa_server: bool = True, timeout: float = 180) -> "Stack":
        model = ensure_model(quiet=self.log_dir is not None)
        py = sys.executable
        actions = self._spawn("actions", [py, "-m", "rasa_sdk", "--actions", "actions",
                                          "--port", str(self.actions_port)])
        origins = os.environ.get("BOT_ALLOWED_ORIGINS", self.web_url)
        if not rasa_server:
            wait_for(f"http://localhost:{self.actions_port}/health", timeout, actions)
            return self
        rasa = self._spawn("rasa", [py, "-m", "rasa", "run", "--model", str(model), "--enable-api",
                                    "--auth-token", self.token, "--cors", *origins.split(),
                                    "--port", str(self.rasa_port), "--credentials", "credentials.yml",
                                    "--endpoints", str(self._endpoints())])
        try:
            wait_for(f"http://localhost:{self.actions_port}/health", timeout, actions)
            wait_for(f"{self.rasa_url}/status?token={self.token}", timeout, rasa)
            if web:
                site = self._spawn("web", [py, "-m", "bot.web", "--host", "127.0.0.1",
                                           "--port", str(self.web_port), "--bot-url", self.rasa_url,
                                           "--allowed-origins", *origins.split()])
                wait_for(self.web_url + "/", 60, site)
        except Exception:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.procs.clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shell", action="store_true", help="chat in the terminal instead of serving the website")
    ap.add_argument("--token", default=os.environ.get("BOT_API_TOKEN", DEFAULT_TOKEN))
    ap.add_argument("--actions-port", type=int, default=5055)
    ap.add_argument("--rasa-port", type=int, default=5005)
    ap.add_argument("--web-port", type=int, default=8080)
    args = ap.parse_args(argv)
    stack = Stack(actions_port=args.actions_port, rasa_port=args.rasa_port, web_port=args.web_port,
                  token=args.token)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        stack.start(web=not args.shell, rasa_server=not args.shell)
        if args.shell:
            os.environ["RASA_TELEMETRY_ENABLED"] = "false"
            return subprocess.call([sys.executable, "-m", "rasa", "shell", "--model", str(ensure_model()),
                                    "--endpoints", str(stack._endpoints())], cwd=ROOT)
        print(f"\nThe bot is running:\n"
              f"  website (chat)      {stack.web_url}/\n"
              f"  widget demo         {stack.web_url}/embed-demo   (script: {stack.web_url}/widget.js)\n"
              f"  Rasa web client     {stack.web_url}/demo/webchat\n"
              f"  REST API            POST {stack.rasa_url}/webhooks/rest/webhook\n"
              f"  HTTP API (token)    {stack.rasa_url}/conversations/ID/tracker?token={stack.token}\n"
              f"Press Ctrl-C to stop.", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
