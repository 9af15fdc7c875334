"""The load generator: concurrent scripted conversations over the REST channel, timed per turn."""
from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from dataclasses import dataclass, field

import httpx


@dataclass
class Step:
    """What one step (a number of concurrent conversations for a fixed time) measured."""

    concurrency: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    conversations: int = 0

    def percentile(self, q: float) -> float:
        """The q-th percentile turn latency in ms (nearest rank)."""
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return 1000 * ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]

    def summary(self) -> dict:
        return {"concurrency": self.concurrency, "seconds": round(self.seconds, 2),
                "turns": len(self.latencies), "errors": self.errors, "conversations": self.conversations,
                "turns_per_s": round(len(self.latencies) / self.seconds, 2) if self.seconds else 0.0,
                **{f"p{q}_ms": round(self.percentile(q), 1) for q in (50, 95, 99)}}


async def _patient(client: httpx.AsyncClient, url: str, scripts, deadline: float, step: Step, prefix: str) -> None:
    """One patient after another, each a new conversation, until the step's time is up."""
    for script in scripts:
        sender = f"{prefix}-{uuid.uuid4().hex[:12]}"
        step.conversations += 1
        for text in script:
            if time.monotonic() >= deadline:
                return
            t0 = time.perf_counter()
            try:
                resp = await client.post(url, json={"sender": sender, "message": text})
                ok = resp.status_code == 200 and isinstance(resp.json(), list)
            except httpx.HTTPError:
                ok = False
            if ok:
                step.latencies.append(time.perf_counter() - t0)
            else:
                step.errors += 1


async def drive(base_url: str, scripts: list[list[str]], concurrency: int, seconds: float) -> Step:
    """`concurrency` patients at once for `seconds`, each cycling through the scripts from its own
    starting point; a turn begun before the deadline is waited for and counted."""
    url = base_url.rstrip("/") + "/webhooks/rest/webhook"
    step = Step(concurrency, seconds)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        t0 = time.monotonic()
        deadline = t0 + seconds
        patients = [_patient(client, url, itertools.islice(itertools.cycle(scripts), i % len(scripts), None),
                             deadline, step, f"bench{concurrency}-{i}") for i in range(concurrency)]
        await asyncio.gather(*patients)
        step.seconds = time.monotonic() - t0
    return step


def run_steps(base_url: str, scripts: list[list[str]], levels: list[int], seconds: float) -> list[Step]:
    return [asyncio.run(drive(base_url, scripts, n, seconds)) for n in levels]
