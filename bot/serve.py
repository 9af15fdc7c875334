"""Start the bot: action server, Rasa server (REST, socket.io, HTTP API with token) and the website.

    python -m bot.serve --dev          # everything on localhost; Ctrl-C stops it all
    python -m bot.serve --shell --dev  # chat in the terminal (rasa shell) instead of the website

Every server listens on BOT_HOST (localhost by default) and dies with this supervisor, however it
ends. The action server answers only Rasa, which sends it a secret made for this start. The HTTP
API needs BOT_API_TOKEN; the development token is allowed only with --dev.
"""
from __future__ import annotations

import argparse
import ctypes
import itertools
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from bot.action_runner import INPROCESS_URL
from bot.action_server import TOKEN_HEADER
from bot.model import ensure_model
from bot.privacy.purge import purge
from bot.records.store import RecordStore, sqlite_path
from bot.settings import DEV_TOKEN, ROOT, settings

PR_SET_PDEATHSIG = 1
TRACKER_STORE = "bot.privacy.tracker_store.RedactingSQLTrackerStore"  # stores every event redacted


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            command = cast("list[str]", proc.args)  # Popen.args is typed for every command form; ours are lists of str
            raise RuntimeError(f"{' '.join(command[:4])} exited with {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")


def child_setup() -> None:
    """In a child before exec: files it creates (the tracker store, logs) are readable by this user
    only, and the kernel sends it SIGTERM when the supervisor dies (Linux)."""
    os.umask(0o077)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (AttributeError, OSError):  # not Linux: stop() still ends the servers on a normal exit
        pass


@dataclass
class Stack:
    """The running servers; ports default to free ones (tests), or the usual 5055/5005/8080."""

    actions_port: int = 5055
    rasa_port: int = 5005
    web_port: int = 8080
    token: str = DEV_TOKEN
    tracker_db: Path = ROOT / "rasa.db"
    database_url: str | None = None  # SQLAlchemy URL of the tracker store and pilot records; else tracker_db
    lock_store_url: str | None = field(default_factory=lambda: settings().lock_store_url)  # Redis; else in memory
    host: str = field(default_factory=lambda: settings().host)
    action_token: str = field(default_factory=lambda: settings().action_token or secrets.token_urlsafe(32))
    actions_in_process: bool = field(default_factory=lambda: settings().actions_in_process)
    log_dir: Path | None = None
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    _commands: dict[str, tuple[list[str], dict[str, str]]] = field(default_factory=dict)

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.tracker_db}"

    @property
    def rasa_url(self) -> str:
        return f"http://localhost:{self.rasa_port}"

    @property
    def web_url(self) -> str:
        return f"http://localhost:{self.web_port}"

    def _spawn(self, name: str, args: list[str], **env_extra: str) -> subprocess.Popen:
        out = None
        if self.log_dir:  # this user only, like everything the servers write
            out = open(os.open(self.log_dir / f"{name}.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")  # noqa: SIM115
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false",  # patients' data never leaves
               "BOT_ACTION_TOKEN": self.action_token, "BOT_DATABASE_URL": self.db_url,
               "BOT_SITE_URL": settings().site_url if os.environ.get("BOT_SITE_URL") else self.web_url, **env_extra}
        proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT if out else None,
                                start_new_session=True, env=env, preexec_fn=child_setup)
        self.procs[name], self._commands[name] = proc, (args, env_extra)
        return proc

    def purge(self) -> int:
        """Delete conversations, pilot records and staff access log entries older than the retention
        period (BOT_RETENTION_DAYS); returns how many conversations."""
        days = settings().retention_days
        gone = purge(sqlite_path(self.db_url) or self.db_url, days)
        try:
            RecordStore(self.db_url).purge(days)
        except Exception as exc:  # noqa: BLE001 - the bot keeps serving; the next hourly purge tries again
            print(f"could not purge the pilot records: {type(exc).__name__}: {exc}", flush=True)
        return gone

    def revive(self) -> list[str]:
        """Restart any server that has died (conversations go on: they live in the tracker store)."""
        dead = [name for name, proc in self.procs.items() if proc.poll() is not None]
        for name in dead:
            args, env_extra = self._commands[name]
            print(f"{name} server stopped (exit {self.procs[name].returncode}); restarting it", flush=True)
            self._spawn(name, args, **env_extra)
        return dead

    def _endpoints(self) -> Path:
        path = Path(tempfile.mkdtemp(prefix="bot-endpoints-")) / "endpoints.yml"
        actions = (f'action_endpoint:\n  url: "{INPROCESS_URL}"\n' if self.actions_in_process else
                   f'action_endpoint:\n  url: "http://localhost:{self.actions_port}/webhook"\n'
                   f'  headers:\n    {TOKEN_HEADER}: "{self.action_token}"\n')
        path.write_text(actions + f'tracker_store:\n  type: {TRACKER_STORE}\n'
                        + "".join(f"  {k}: {json.dumps(v)}\n" for k, v in tracker_store_settings(self.db_url).items())
                        + ("lock_store:\n  type: redis\n"
                           + "".join(f"  {k}: {json.dumps(v)}\n" for k, v in lock_store_settings(self.lock_store_url).items())
                           if self.lock_store_url else ""))
        return path

    def start(self, web: bool = True, rasa_server: bool = True, timeout: float = 180) -> "Stack":
        model = ensure_model(quiet=self.log_dir is not None)
        tracker = sqlite_path(self.db_url)
        if tracker and tracker.exists():
            tracker.chmod(0o600)
        self.purge()
        py = sys.executable
        actions = None if self.actions_in_process else self._spawn(
            "actions", [py, "-m", "bot.action_server", "--host", self.host, "--port", str(self.actions_port)])
        origins = " ".join(settings().allowed_origins) or f"{self.web_url} http://127.0.0.1:{self.web_port}"
        if not rasa_server:
            if actions is not None:
                wait_for(f"http://localhost:{self.actions_port}/health", timeout, actions)
            return self
        rasa = self._spawn("rasa", [py, "-m", "rasa", "run", "--model", str(model), "--enable-api",
                                    "--auth-token", self.token, "--cors", *origins.split(),
                                    "--interface", self.host, "--port", str(self.rasa_port),
                                    "--credentials", "credentials.yml",
                                    "--endpoints", str(self._endpoints())], BOT_ALLOWED_ORIGINS=origins,
                           BOT_ACTIONS="in-process" if self.actions_in_process else "server")
        try:
            if actions is not None:
                wait_for(f"http://localhost:{self.actions_port}/health", timeout, actions)
            wait_for(f"{self.rasa_url}/status?token={self.token}", timeout, rasa)
            if web:
                site = self._spawn("web", [py, "-m", "bot.web", "--host", self.host,
                                           "--port", str(self.web_port), "--bot-url", self.rasa_url,
                                           "--allowed-origins", *origins.split()])
                wait_for(self.web_url + "/", 60, site)
        except Exception:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.procs.clear()


def tracker_store_settings(url: str) -> dict[str, str | int]:
    """Rasa's SQL tracker store settings for a SQLAlchemy URL (SQLite or PostgreSQL alike)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    dialect = "sqlite" if parsed.get_backend_name() == "sqlite" else parsed.drivername
    out: dict[str, str | int] = {"dialect": dialect, "db": parsed.database or ""}
    # Rasa reads the host from the endpoint's `url` key (a `host` key would be passed twice)
    for key, value in (("url", parsed.host), ("port", parsed.port), ("username", parsed.username),
                       ("password", parsed.password)):
        if value:
            out[key] = value
    return out


def lock_store_settings(url: str) -> dict[str, str | int]:
    """Rasa's Redis lock store settings for a `redis://[:password@]host[:port][/db]` URL."""
    from urllib.parse import urlsplit

    parsed = urlsplit(url)
    if parsed.scheme != "redis" or not parsed.hostname:
        raise ValueError(f"BOT_LOCK_STORE_URL must be redis://host:port/db, not {parsed.scheme or 'no'} scheme")
    out: dict[str, str | int] = {"url": parsed.hostname, "port": parsed.port or 6379,
                                 "db": int(parsed.path.strip("/") or 0)}
    if parsed.password:
        out["password"] = parsed.password
    return out


def api_token(given: str | None, dev: bool) -> str:
    """The HTTP API token to use: a real one, or the development token only when asked for."""
    if given and given != DEV_TOKEN:
        return given
    if dev:
        return DEV_TOKEN
    raise SystemExit("Set BOT_API_TOKEN to a secret token (the HTTP API returns conversations), "
                     "or pass --dev to run on this machine with the development token.")


def stop_on_signals() -> None:
    """Ctrl-C, SIGTERM and a closed terminal all stop the stack, even when started in the background
    (where SIGINT arrives ignored)."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.default_int_handler)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shell", action="store_true", help="chat in the terminal instead of serving the website")
    ap.add_argument("--dev", action="store_true", help=f"allow the development token {DEV_TOKEN!r}")
    ap.add_argument("--token", default=settings().api_token, help="the HTTP API token (BOT_API_TOKEN)")
    ap.add_argument("--actions-port", type=int, default=5055)
    ap.add_argument("--rasa-port", type=int, default=5005)
    ap.add_argument("--web-port", type=int, default=8080)
    args = ap.parse_args(argv)
    url = settings().database_url
    stack = Stack(actions_port=args.actions_port, rasa_port=args.rasa_port, web_port=args.web_port,
                  token=api_token(args.token, args.dev), tracker_db=sqlite_path(url) or ROOT / "rasa.db",
                  database_url=url)
    stop_on_signals()
    try:
        stack.start(web=not args.shell, rasa_server=not args.shell)
        if args.shell:
            os.environ["RASA_TELEMETRY_ENABLED"] = "false"
            return subprocess.call([sys.executable, "-m", "rasa", "shell", "--model", str(ensure_model()),
                                    "--endpoints", str(stack._endpoints())], cwd=ROOT)
        if stack.token == DEV_TOKEN:
            print(f"Development token {DEV_TOKEN!r} in use: set BOT_API_TOKEN before serving patients.")
        print(f"\nThe bot is running:\n"
              f"  website (chat)      {stack.web_url}/\n"
              f"  widget demo         {stack.web_url}/embed-demo   (script: {stack.web_url}/widget.js)\n"
              f"  Rasa web client     {stack.web_url}/demo/webchat\n"
              f"  REST API            POST {stack.rasa_url}/webhooks/rest/webhook\n"
              f"  HTTP API (token)    {stack.rasa_url}/conversations/ID/tracker?token={stack.token}\n"
              f"Press Ctrl-C to stop.", flush=True)
        for beat in itertools.count(1):
            time.sleep(2)
            stack.revive()
            if beat % 1800 == 0:  # hourly
                stack.purge()
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
