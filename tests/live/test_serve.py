"""The README's run command: everything starts, says where to chat, and every way it ends stops it all."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.action_server import TOKEN_HEADER
from bot.serve import free_port

ROOT = Path(__file__).resolve().parents[2]


def listening(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        return s.connect_ex((host, port)) == 0


def outward_address() -> str | None:
    """This machine's address on its network (not loopback), if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a shell's background job starts


def start_serve(tmp_path, *extra: str):
    ports = {"--actions-port": free_port(), "--rasa-port": free_port(), "--web-port": free_port()}
    args = [a for kv in ports.items() for a in (kv[0], str(kv[1]))]
    log_path = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "BOT_API_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "bot.serve", *args, *extra], cwd=ROOT,
                            stdout=log_path.open("w"), stderr=subprocess.STDOUT,
                            env={**env, "PYTHONUNBUFFERED": "1"}, preexec_fn=ignore_sigint)
    deadline = time.monotonic() + 240
    while "Press Ctrl-C" not in log_path.read_text():
        assert proc.poll() is None, log_path.read_text()[-3000:]
        assert time.monotonic() < deadline, "bot.serve did not come up"
        time.sleep(1)
    return proc, ports, log_path.read_text()


def servers_gone(ports: dict[str, int], within: float = 40) -> bool:
    deadline = time.monotonic() + within
    while any(listening(p) for p in ports.values()):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.5)
    return True


def test_ctrl_c_stops_everything_even_started_in_the_background(tmp_path):
    proc, ports, printed = start_serve(tmp_path, "--dev")
    try:
        web = f"http://localhost:{ports['--web-port']}/"
        assert web in printed and "/webhooks/rest/webhook" in printed
        assert "Development token" in printed
        with urllib.request.urlopen(web, timeout=10) as resp:
            assert resp.status == 200
        address = outward_address()
        if address:
            assert not any(listening(p, address) for p in ports.values()), "a server listens beyond localhost"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
        assert servers_gone(ports), "a server outlived Ctrl-C"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_servers_die_with_a_killed_supervisor(tmp_path):
    proc, ports, _ = start_serve(tmp_path, "--dev")
    proc.kill()
    proc.wait(timeout=10)
    assert servers_gone(ports, within=30), "servers were orphaned by a killed supervisor"


def test_refuses_to_start_without_a_real_token_unless_dev():
    env = {k: v for k, v in os.environ.items() if k != "BOT_API_TOKEN"}
    for extra in ([], ["--token", "local-dev-token"]):
        run = subprocess.run([sys.executable, "-m", "bot.serve", *extra], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode != 0 and "BOT_API_TOKEN" in run.stderr


@pytest.mark.parametrize("headers", [{}, {TOKEN_HEADER: "guessed"}])
def test_action_server_answers_only_rasa(live_stack, headers):
    tracker = {"next_action": "action_respond", "tracker": {"sender_id": "x", "slots": {},
               "latest_message": {"text": "chest pain"}, "events": []}, "domain": {}, "version": "3.6.0"}
    request = urllib.request.Request(f"http://localhost:{live_stack.actions_port}/webhook",
                                     data=json.dumps(tracker).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401
    assert b"triage_state" not in refused.value.read()
