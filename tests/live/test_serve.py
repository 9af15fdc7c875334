"""The README's run command: everything starts, says where to chat, and Ctrl-C stops it all."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.serve import free_port

ROOT = Path(__file__).resolve().parents[2]


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_serve_starts_everything_and_ctrl_c_stops_it(tmp_path):
    ports = {"--actions-port": free_port(), "--rasa-port": free_port(), "--web-port": free_port()}
    args = [a for kv in ports.items() for a in (kv[0], str(kv[1]))]
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "bot.serve", *args], cwd=ROOT, stdout=log,
                            stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 240
        while "Press Ctrl-C" not in (tmp_path / "serve.log").read_text():
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "bot.serve did not come up"
            time.sleep(1)
        printed = (tmp_path / "serve.log").read_text()
        web = f"http://localhost:{ports['--web-port']}/"
        assert web in printed and "/webhooks/rest/webhook" in printed
        with urllib.request.urlopen(web, timeout=10) as resp:
            assert resp.status == 200
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
        time.sleep(1)
        assert not any(listening(p) for p in ports.values()), "a server outlived Ctrl-C"
    finally:
        if proc.poll() is None:
            proc.kill()
