"""Resident memory of a process tree, from /proc (Linux), sampled while the load runs."""
from __future__ import annotations

import os
import threading
from pathlib import Path

LABELS = (("bot.serve", "supervisor"), ("bot.action_server", "actions"), ("bot.web", "web"),
          ("rasa run", "rasa"))


def label(pid: int) -> str:
    """A short name for a process from its command line."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return str(pid)
    return next((name for key, name in LABELS if key in cmd), cmd.split(" ")[0].rsplit("/", 1)[-1] or str(pid))


def tree(root: int) -> list[int]:
    """The process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class PeakMemory:
    """The highest resident memory of each process of a tree, sampled every `interval` seconds."""

    def __init__(self, root: int, interval: float = 1.0) -> None:
        self.root, self.interval = root, interval
        self.peak: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        now: dict[str, float] = {}
        for pid in tree(self.root):
            name = label(pid)
            now[name] = now.get(name, 0.0) + rss_mb(pid)
        for name, mb in now.items():
            self.peak[name] = max(self.peak.get(name, 0.0), mb)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> "PeakMemory":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()
