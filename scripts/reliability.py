"""Reliability evidence over the real servers: fuzzing, a soak, a long message, long conversations.

    .venv/bin/python scripts/reliability.py fuzz --messages 10000 [--write]
    .venv/bin/python scripts/reliability.py soak --conversations 50 --minutes 5 [--write]
    .venv/bin/python scripts/reliability.py long [--write]
    .venv/bin/python scripts/reliability.py turns --turns 150 [--write]

Each subcommand starts its own stack (action server and Rasa, no website) on free ports with a
throwaway tracker store, talks to the REST channel (POST /webhooks/rest/webhook) as clients do,
stops the stack, prints a summary and, with --write, replaces its own section of
docs/reliability.md (between <!-- reliability:NAME:start --> and <!-- reliability:NAME:end -->).

fuzz  N random requests across many conversations: random unicode (lone surrogates, emoji,
      right-to-left text, control characters), huge and empty strings, JSON of the wrong type for
      the message and the sender, malformed bodies. Expected: 0 server errors (5xx), 0 empty
      replies (a 200 with []), every reply a non-empty JSON list.
soak  concurrent simulated patients holding realistic multi-turn conversations (a pool of symptom
      openers; questions answered with 'no', an age or a postcode; a pause to type between turns)
      for the duration. Reports errors, turns, p50/p95 turn latency.
long  a 100 KB message (refused kindly by the length cap, BOT_MAX_MESSAGE_CHARS) sent over and
      over alongside a normal patient conversation; the normal patient's p95 must stay under 1 s.
turns a few patients (3) each hold one long conversation (150 turns) without pause: to the advice,
      then follow-up questions, thanks and new symptoms, never a restart. Reports per block of 30
      turns the p50/p95 turn latency and the tracker store's size for the conversation (everything
      stored, and the latest session, which Rasa loads on every turn). Expected flat: the last
      block's p50 and largest loaded session (in events) at most 1.5 times the first block's.

The per-conversation rate limit is raised (BOT_RATE_LIMIT=100000) for the servers started here,
so the load is not refused with 429; the limit itself is tested in tests/live/test_channel_guard.py.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DOC = ROOT / "docs" / "reliability.md"
FAULT_TEXT = "something went wrong on my side"  # the guard's safe fault advice (messages.yml `fault`)
LONG_TEXT = "That's a long message"  # messages.yml `long_message`
NO_BUTTON = re.compile(r"^\s*(no\b|none|nope|not sure|i don.?t know|neither)", re.I)


# --------------------------------------------------------------------------------------------- HTTP

def post(url: str, body: bytes, content_type: str | None = "application/json",
         timeout: float = 30) -> tuple[int, object, float]:
    """(status, parsed JSON reply or the raw text when not JSON, seconds). Status 0: no answer."""
    headers = {"Content-Type": content_type} if content_type else {}
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as refused:
        status, raw = refused.code, refused.read()
    except Exception as exc:  # noqa: BLE001 - connection refused, reset, timeout: a result, not a crash
        return 0, f"{type(exc).__name__}: {exc}", time.perf_counter() - t0
    elapsed = time.perf_counter() - t0
    try:
        return status, json.loads(raw), elapsed
    except ValueError:
        return status, raw[:200].decode("utf-8", "replace"), elapsed


def say(rasa_url: str, sender: str, message: object, timeout: float = 30) -> tuple[int, object, float]:
    return post(rasa_url + "/webhooks/rest/webhook", json.dumps({"sender": sender, "message": message}).encode(),
                timeout=timeout)


def texts(replies: object) -> str:
    if not isinstance(replies, list):
        return ""
    return " ".join(str(m.get("text") or "") for m in replies if isinstance(m, dict))


def disposition(replies: object) -> str | None:
    for m in replies if isinstance(replies, list) else []:
        custom = m.get("custom") if isinstance(m, dict) else None
        if isinstance(custom, dict) and custom.get("disposition"):
            return custom["disposition"]
    return None


def pct(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank, as scripts/bench_serving.py), in ms."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[int(q * (len(ordered) - 1))]


# --------------------------------------------------------------------------------------------- stack

def start_stack(rate_limit: int = 100_000):
    from bot.serve import Stack, free_port

    os.environ["BOT_RATE_LIMIT"] = str(rate_limit)  # the servers inherit this process's environment
    logs = Path(tempfile.mkdtemp(prefix="reliability-"))
    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(),
                  token="t", tracker_db=logs / "rasa.db", log_dir=logs)
    t0 = time.perf_counter()
    stack.start(web=False)
    print(f"stack up in {time.perf_counter() - t0:.1f} s (logs in {logs})", flush=True)
    return stack, logs


def log_problems(logs: Path) -> dict[str, int]:
    """What the servers logged: tracebacks, failed or stalled turns, and server restarts."""
    text = "\n".join(p.read_text(errors="replace") for p in logs.glob("*.log"))
    return {"tracebacks": text.count("Traceback (most recent call last)"),
            "failed_or_stalled_turns": text.count("the turn failed or took over")}


def restarts(stack) -> int:
    return sum(1 for p in stack.procs.values() if p.poll() is not None)


# --------------------------------------------------------------------------------------------- fuzz

EMOJI = "😀🤒🤕🤢🤮🤧😷💊🩹🩺❤️‍🔥👨‍👩‍👧‍👦🏳️‍🌈👍🏽🫠🧑🏿‍⚕️🇬🇧"
RTL = ["أشعر بألم في صدري", "יש לי כאב ראש חזק", "میرے بچے کو بخار ہے", "درد دندان دارم",
       "\u202eniap tsehc\u202c", "\u200fصداع\u200e headache"]
CONTROL = [chr(c) for c in range(0, 32)] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\u200d",
                                            "\ufffe", "\uffff", "\U0010ffff", "\u0300", "\u034f"]
SURROGATES = ["\ud83d", "\ude00", "\udfff", "\ud800", "\udc00"]
REAL = ["chest pain", "I have toothache", "my 2 year old has a temperature", "sore throat for 3 days",
        "my lips are going blue", "no", "yes", "40", "DA11 0DG", "start again", "help", "not sure",
        "I feel like ending my life", "my son has hurt his wrist", "rash that doesn't fade", "bye"]
PLANES = [(0x20, 0x7e), (0xa0, 0x24f), (0x370, 0x3ff), (0x400, 0x4ff), (0x590, 0x6ff), (0x900, 0x97f),
          (0x3040, 0x30ff), (0x4e00, 0x9fff), (0xac00, 0xd7a3), (0xd800, 0xdfff), (0xe000, 0xf8ff),
          (0xfff0, 0xffff), (0x1f300, 0x1faff), (0x10000, 0x10ffff)]


def random_text(rng: random.Random, max_len: int = 300) -> str:
    """Random unicode: every plane, lone surrogates, emoji, RTL, control and combining characters."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.random()
        if kind < 0.35:
            lo, hi = rng.choice(PLANES)
            parts.append("".join(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 40))))
        elif kind < 0.5:
            parts.append("".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 10))))
        elif kind < 0.6:
            parts.append(rng.choice(RTL))
        elif kind < 0.72:
            parts.append("".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 10))))
        elif kind < 0.8:
            parts.append(rng.choice(SURROGATES))
        else:
            parts.append(rng.choice(REAL))
    return "".join(parts)[:max_len]


def wrong_type(rng: random.Random) -> object:
    return rng.choice([None, 0, -1, 7, 3.14, 1e308, True, False, [], ["chest pain"], {}, {"text": "chest pain"},
                       [[[[]]]], {"message": {"message": "hi"}}, [None, 1, "a"], 2 ** 70])


def bad_sender(rng: random.Random) -> object:
    return rng.choice([None, "", "default", "short", "x" * 129, "x" * 100_000, "has space in it",
                       "../../etc/passwd", "name;DROP TABLE events", "émoji-😀-sender", "\ud83dabcdefghij",
                       "abc\x00defghij", 12345678, -1, 1.5, True, ["sender-123456"], {"id": "sender-123456"}])


def fuzz_request(rng: random.Random, senders: list[str]) -> tuple[str, bytes, str | None]:
    """One random request: (kind, body, content type)."""
    sender = rng.choice(senders)
    kind = rng.choices(["unicode", "huge", "empty", "wrong_message", "wrong_sender", "malformed", "real"],
                       weights=[45, 5, 8, 12, 10, 12, 8])[0]
    if kind == "unicode":
        body = {"sender": sender, "message": random_text(rng)}
    elif kind == "huge":
        unit = rng.choice(["my head hurts ", "😀", "\ud83d", "ب", "\x00", "a"])
        body = {"sender": sender, "message": unit * rng.choice([3001, 10_000, 100_000, 400_000])}
    elif kind == "empty":
        body = {"sender": sender, "message": rng.choice(["", " ", "\n\t", "\u200b", "\x00", "\u3000" * 5, "\ufeff"])}
    elif kind == "wrong_message":
        body = {"sender": sender, "message": wrong_type(rng)}
    elif kind == "wrong_sender":
        body = {"sender": bad_sender(rng), "message": rng.choice([random_text(rng, 60), rng.choice(REAL)])}
    elif kind == "real":
        body = {"sender": sender, "message": rng.choice(REAL)}
    else:  # malformed: bytes that are not the JSON object the channel expects
        raw = rng.choice([
            b"", b"not json", b"{", b'{"sender": "abcdefgh", "message": ', b"[]", b'["chest pain"]', b"null",
            b"42", b'"chest pain"', b"true", b'{"sender": "abcdefghi", "message": "\xff\xfe bad utf-8"}',
            b"\xff\xfe\x00\x00", b'{"message": NaN, "sender": Infinity}', b"[" * 5000 + b"]" * 5000,
            b'{"a":' * 3000 + b"1" + b"}" * 3000, b'{"sender": "dup-sender-1", "sender": 5, "message": "hi"}',
            b"\x00" * 1000, b"message=chest+pain&sender=abcdefghij", json.dumps({"message": "hi"}).encode() * 3,
            ("{\"sender\": \"%s\", \"message\": \"\\ud800\\udc00\\udbff\"}" % sender).encode(),
            os.urandom(rng.randint(1, 2000)),
        ])
        ctype = rng.choice(["application/json", "text/plain", "application/x-www-form-urlencoded", None,
                            "application/json; charset=latin-1", "multipart/form-data; boundary=x"])
        return kind, raw, ctype
    extra = rng.random()
    if extra < 0.1:
        body["metadata"] = wrong_type(rng)
    elif extra < 0.15:
        body = {k: body[k] for k in rng.sample(list(body), k=len(body))}  # key order does not matter
        body["unexpected"] = random_text(rng, 50)
    ensure_ascii = rng.random() < 0.5  # lone surrogates only survive as \\u escapes; raw UTF-8 otherwise
    try:
        data = json.dumps(body, ensure_ascii=ensure_ascii).encode("utf-8")
    except UnicodeEncodeError:
        data = json.dumps(body).encode("utf-8")
    return kind, data, "application/json"


def fuzz(args) -> dict:
    rng = random.Random(args.seed)
    stack, logs = start_stack()
    senders = [f"fuzz-{uuid.uuid4().hex[:12]}" for _ in range(max(10, args.messages // 5))]
    requests = [fuzz_request(rng, senders) for _ in range(args.messages)]
    url = stack.rasa_url + "/webhooks/rest/webhook"
    lock = threading.Lock()
    statuses, kinds, server_errors, empties, not_lists, no_answer, faults = Counter(), Counter(), [], [], [], [], 0
    latencies: list[float] = []
    fault_samples: list[tuple] = []

    def one(item):
        nonlocal faults
        kind, body, ctype = item
        status, reply, elapsed = post(url, body, ctype, timeout=args.timeout)
        with lock:
            statuses[status] += 1
            kinds[kind] += 1
            latencies.append(elapsed)
            sample = (kind, status, body[:120])
            if status >= 500:
                server_errors.append(sample)
            elif status == 0:
                no_answer.append(sample + (str(reply)[:120],))
            elif reply == []:
                empties.append(sample)
            elif not (isinstance(reply, list) and reply and all(isinstance(m, dict) for m in reply)):
                not_lists.append(sample + (str(reply)[:120],))
            if FAULT_TEXT in texts(reply):
                faults += 1
                fault_samples.append(sample)

    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(args.concurrency) as pool:
            for i, _ in enumerate(pool.map(one, requests), 1):
                if i % 1000 == 0:
                    print(f"  {i} sent, {len(server_errors)} server errors, {len(empties)} empty", flush=True)
        wall = time.perf_counter() - t0
        died = restarts(stack)
    finally:
        stack.stop()
    problems = log_problems(logs)
    result = {
        "messages": args.messages, "conversations": len(senders), "concurrency": args.concurrency,
        "seed": args.seed, "wall_s": wall, "server_errors": len(server_errors), "empty_replies": len(empties),
        "not_a_reply_list": len(not_lists), "no_answer": len(no_answer), "fault_replies": faults,
        "statuses": dict(sorted(statuses.items())), "kinds": dict(sorted(kinds.items())),
        "p50_ms": pct(latencies, 0.5), "p95_ms": pct(latencies, 0.95), "max_ms": pct(latencies, 1.0),
        "servers_died": died, **problems,
        "examples": [repr(x) for x in (server_errors + empties + not_lists + no_answer)[:10]],
        "fault_examples": [repr(x) for x in fault_samples[:12]],
    }
    ok = not (server_errors or empties or not_lists or no_answer)
    result["verdict"] = "PASS" if ok else "FAIL"
    return result


def fuzz_markdown(r: dict, cmd: str) -> list[str]:
    statuses = ", ".join(f"{k}: {v}" for k, v in r["statuses"].items())
    kinds = ", ".join(f"{k} {v}" for k, v in r["kinds"].items())
    lines = [f"{r['messages']:,} requests over {r['conversations']:,} conversations, {r['concurrency']} at a "
             f"time, seed {r['seed']}, in {r['wall_s']:.0f} s. Request kinds: {kinds}.", "",
             "| measure | result | expected |", "|---|---|---|",
             f"| server errors (5xx) | {r['server_errors']} | 0 |",
             f"| empty replies (200 with `[]`) | {r['empty_replies']} | 0 |",
             f"| replies that are not a non-empty JSON list | {r['not_a_reply_list']} | 0 |",
             f"| no answer (connection error or over {r.get('timeout', 30):.0f} s) | {r['no_answer']} | 0 |",
             f"| safe fault advice given (a turn failed or took over BOT_TURN_SECONDS) | {r['fault_replies']} | 0 |",
             f"| tracebacks in the server logs | {r['tracebacks']} | 0 |",
             f"| servers that died | {r['servers_died']} | 0 |",
             f"| HTTP statuses | {statuses} | 200, 400 (and 429 only when too fast) |",
             f"| latency p50 / p95 / max | {r['p50_ms']:.0f} / {r['p95_ms']:.0f} / {r['max_ms']:.0f} ms | |"]
    if r["examples"]:
        lines += ["", "First failures:", ""] + [f"- `{e}`" for e in r["examples"]]
    if r["fault_examples"]:
        lines += ["", "First requests answered with the safe fault advice (kind, status, start of the body):", ""]
        lines += [f"- `{e[:200]}`" for e in r["fault_examples"]]
    return lines


# --------------------------------------------------------------------------------------------- soak

OPENERS = [
    "I've had a really sore throat for two days", "I have toothache", "my 2 year old has a temperature",
    "I've got a rash on my arm", "my son has hurt his wrist playing football", "I keep getting headaches",
    "I've got a cough that won't go away", "it burns when I pee", "I think I have conjunctivitis, my eye is red",
    "I have back pain", "my ear hurts", "I've been feeling really low and anxious", "I have diarrhoea and sickness",
    "I've cut my finger and it won't stop bleeding", "I have chest pain", "my baby won't stop crying and is hot",
    "I twisted my ankle", "I have a blocked nose and sinus pain", "I've got an insect bite that's swollen",
    "I'm pregnant and have some bleeding", "I have pain in my tummy", "I feel dizzy", "I have a sore knee",
    "I've got a rash that doesn't fade under a glass", "my dad's face is drooping and his speech is slurred",
    "I need the morning after pill", "I have a painful tooth and my face is swollen", "I have shingles I think",
    "my child has been stung by a wasp", "I have flu symptoms",
]
AGES = ["34", "7", "67", "2", "45", "19", "81", "my son is 4", "28", "she's 52"]
POSTCODES = ["DA11 0DG", "DA1 1AA", "DA12", "BR8 7AA", "DA2 6QA", "TN15", "DA9", "BR8"]
AFTER = ["thanks", "thank you, bye", "start again"]


def patient_reply(rng: random.Random, replies: object) -> str:
    """What a patient says next: an age or a postcode when asked, else the 'no'-like button, else 'no'."""
    said = texts(replies).lower()
    if "how old" in said:
        return rng.choice(AGES)
    if "postcode" in said and "?" in said:
        return rng.choice(POSTCODES)
    if "how long" in said:
        return rng.choice(["2 days", "since yesterday", "a week", "a few hours"])
    if "male or female" in said:
        return rng.choice(["male", "female"])
    if "pregnant" in said and "?" in said:
        return "no"
    for m in replies if isinstance(replies, list) else []:
        for b in (m.get("buttons") or []) if isinstance(m, dict) else []:
            if NO_BUTTON.match(b.get("title", "")):
                return b.get("payload") or b.get("title")
    return "no"


def soak(args) -> dict:
    stack, logs = start_stack()
    deadline = time.monotonic() + 60 * args.minutes
    lock = threading.Lock()
    latencies: list[float] = []
    errors, dispositions = Counter(), Counter()
    counts = Counter()
    examples: list[str] = []

    def patient(n: int) -> None:
        rng = random.Random(args.seed * 1000 + n)
        time.sleep(rng.uniform(0, args.think_max))  # patients do not all arrive at once
        while time.monotonic() < deadline:
            sender = f"soak-{n}-{uuid.uuid4().hex[:10]}"
            text, advice = rng.choice(OPENERS), None
            for _ in range(12):
                status, replies, elapsed = say(stack.rasa_url, sender, text, timeout=args.timeout)
                problem = None
                if status == 0:
                    problem = "no answer"
                elif status >= 500:
                    problem = f"HTTP {status}"
                elif status != 200:
                    problem = f"HTTP {status}"
                elif not isinstance(replies, list) or not replies:
                    problem = "empty reply"
                elif FAULT_TEXT in texts(replies):
                    problem = "safe fault advice (turn failed or stalled)"
                with lock:
                    counts["turns"] += 1
                    latencies.append(elapsed)
                    if problem:
                        errors[problem] += 1
                        if len(examples) < 10:
                            examples.append(f"{problem}: {text!r} -> {str(replies)[:100]}")
                if problem:
                    break
                advice = disposition(replies)
                if advice or time.monotonic() >= deadline:
                    break
                time.sleep(rng.uniform(args.think_min, args.think_max))  # reading and typing
                text = patient_reply(rng, replies)
            with lock:
                counts["conversations"] += 1
                if advice:
                    counts["advised"] += 1
                    dispositions[advice] += 1
            if advice and time.monotonic() < deadline and rng.random() < 0.5:  # a word after the advice
                time.sleep(rng.uniform(args.think_min, args.think_max))
                status, replies, elapsed = say(stack.rasa_url, sender, rng.choice(AFTER), timeout=args.timeout)
                with lock:
                    counts["turns"] += 1
                    latencies.append(elapsed)
                    if status != 200 or not replies or FAULT_TEXT in texts(replies):
                        errors["after-advice turn failed"] += 1
            time.sleep(rng.uniform(args.think_min, args.think_max))

    t0 = time.perf_counter()
    try:
        with ThreadPoolExecutor(args.conversations) as pool:
            list(pool.map(patient, range(args.conversations)))
        wall = time.perf_counter() - t0
        died = restarts(stack)
    finally:
        stack.stop()
    result = {
        "concurrent_patients": args.conversations, "minutes": args.minutes, "wall_s": wall,
        "think_s": [args.think_min, args.think_max], "turns": counts["turns"],
        "conversations": counts["conversations"], "advised": counts["advised"],
        "turns_per_s": counts["turns"] / wall, "errors": sum(errors.values()), "error_kinds": dict(errors),
        "p50_ms": pct(latencies, 0.5), "p95_ms": pct(latencies, 0.95), "p99_ms": pct(latencies, 0.99),
        "max_ms": pct(latencies, 1.0), "servers_died": died, **log_problems(logs),
        "dispositions": dict(dispositions.most_common()), "examples": examples,
    }
    result["verdict"] = "PASS" if result["errors"] == 0 and died == 0 else "FAIL"
    return result


def soak_markdown(r: dict, cmd: str) -> list[str]:
    kinds = ", ".join(f"{k} {v}" for k, v in r["error_kinds"].items()) or "none"
    disp = ", ".join(f"{k} {v}" for k, v in r["dispositions"].items())
    lines = [f"{r['concurrent_patients']} concurrent patients for {r['minutes']:g} min "
             f"({r['wall_s']:.0f} s wall), each pausing {r['think_s'][0]:g}-{r['think_s'][1]:g} s "
             "between turns to read and type.", "",
             "| measure | result |", "|---|---|",
             f"| patient turns | {r['turns']:,} ({r['turns_per_s']:.1f} a second) |",
             f"| conversations (reached advice) | {r['conversations']:,} ({r['advised']:,}) |",
             f"| errors (no answer, non-200, empty reply, safe fault advice) | {r['errors']} ({kinds}) |",
             f"| turn latency p50 / p95 / p99 / max | {r['p50_ms']:.0f} / {r['p95_ms']:.0f} / "
             f"{r['p99_ms']:.0f} / {r['max_ms']:.0f} ms |",
             f"| tracebacks / failed or stalled turns in the server logs | {r['tracebacks']} / "
             f"{r['failed_or_stalled_turns']} |",
             f"| servers that died | {r['servers_died']} |", "",
             f"Advice given: {disp}."]
    if r["examples"]:
        lines += ["", "First errors:", ""] + [f"- `{e}`" for e in r["examples"]]
    return lines


# --------------------------------------------------------------------------------------------- long

def normal_patient(rasa_url: str, rng: random.Random, timeout: float = 30) -> tuple[list[float], list[str]]:
    """One realistic conversation (no pauses), to advice or 12 turns: its turn latencies and problems."""
    sender, text = f"normal-{uuid.uuid4().hex[:12]}", rng.choice(OPENERS)
    latencies, problems = [], []
    for _ in range(12):
        status, replies, elapsed = say(rasa_url, sender, text, timeout=timeout)
        latencies.append(elapsed)
        if status != 200 or not replies or FAULT_TEXT in texts(replies):
            problems.append(f"HTTP {status}: {str(replies)[:100]}")
            break
        if disposition(replies):
            break
        text = patient_reply(rng, replies)
    return latencies, problems


def long_message(size: int = 100_000) -> str:
    return ("my head hurts and I feel sick " * (size // 30 + 1))[:size]


def long_run(rasa_url: str, conversations: int = 10, long_senders: int = 2, seed: int = 1,
             timeout: float = 30) -> dict:
    """Normal conversations alone (baseline), then again while 100 KB messages are sent without pause."""
    rng = random.Random(seed)
    baseline = []
    for _ in range(max(2, conversations // 3)):
        baseline += normal_patient(rasa_url, rng, timeout)[0]
    stop = threading.Event()
    long_results: list[tuple[int, bool, float]] = []
    lock = threading.Lock()
    body = long_message()

    def flood(n: int) -> None:
        sender = f"long-{n}-{uuid.uuid4().hex[:10]}"
        while not stop.is_set():
            status, replies, elapsed = say(rasa_url, sender, body, timeout=timeout)
            with lock:
                long_results.append((status, LONG_TEXT in texts(replies), elapsed))

    threads = [threading.Thread(target=flood, args=(n,), daemon=True) for n in range(long_senders)]
    for t in threads:
        t.start()
    normal, problems = [], []
    try:
        for _ in range(conversations):
            lat, prob = normal_patient(rasa_url, rng, timeout)
            normal += lat
            problems += prob
    finally:
        stop.set()
        for t in threads:
            t.join(timeout + 5)
    return {
        "message_chars": len(body), "message_bytes": len(body.encode()), "long_senders": long_senders,
        "long_sent": len(long_results), "long_refused_kindly": sum(1 for s, kind, _ in long_results if s == 200 and kind),
        "long_other": sum(1 for s, kind, _ in long_results if not (s == 200 and kind)),
        "long_p50_ms": pct([e for *_, e in long_results], 0.5), "long_p95_ms": pct([e for *_, e in long_results], 0.95),
        "normal_turns": len(normal), "normal_problems": problems,
        "normal_p50_ms": pct(normal, 0.5), "normal_p95_ms": pct(normal, 0.95), "normal_max_ms": pct(normal, 1.0),
        "baseline_turns": len(baseline), "baseline_p50_ms": pct(baseline, 0.5), "baseline_p95_ms": pct(baseline, 0.95),
    }


def long_cmd(args) -> dict:
    stack, logs = start_stack()
    try:
        result = long_run(stack.rasa_url, args.conversations, args.long_senders, args.seed, args.timeout)
        result["servers_died"] = restarts(stack)
    finally:
        stack.stop()
    result.update(log_problems(logs))
    ok = (result["normal_p95_ms"] < 1000 and not result["normal_problems"] and result["long_other"] == 0
          and result["long_sent"] > 0 and result["servers_died"] == 0)
    result["verdict"] = "PASS" if ok else "FAIL"
    return result


def long_markdown(r: dict, cmd: str) -> list[str]:
    lines = [f"A message of {r['message_chars']:,} characters ({r['message_bytes'] / 1000:.0f} KB) sent over and "
             f"over, without pause, from {r['long_senders']} conversations while normal patients "
             "(no pauses between turns) went through their conversations.", "",
             "| measure | result | goal |", "|---|---|---|",
             f"| 100 KB messages sent / refused kindly (200, the `long_message` reply) / other | "
             f"{r['long_sent']:,} / {r['long_refused_kindly']:,} / {r['long_other']} | all refused kindly |",
             f"| 100 KB message reply p50 / p95 | {r['long_p50_ms']:.0f} / {r['long_p95_ms']:.0f} ms | |",
             f"| normal patient turns alongside | {r['normal_turns']} ({len(r['normal_problems'])} failed) | 0 failed |",
             f"| normal turn p50 / p95 / max alongside | {r['normal_p50_ms']:.0f} / {r['normal_p95_ms']:.0f} / "
             f"{r['normal_max_ms']:.0f} ms | p95 < 1000 ms |",
             f"| normal turn p50 / p95 alone (baseline, {r['baseline_turns']} turns) | {r['baseline_p50_ms']:.0f} / "
             f"{r['baseline_p95_ms']:.0f} ms | |",
             f"| tracebacks in the server logs / servers that died | {r['tracebacks']} / {r['servers_died']} | 0 / 0 |"]
    return lines


# --------------------------------------------------------------------------------------------- turns

# What a patient says after the advice when they keep talking: follow-up questions, thanks, and now
# and then a new symptom (which the bot triages again). Never "start again" or anything the bot
# reads as a restart (bot.conversation.respond.RESTART, the start_again intent).
FOLLOW_UPS = [
    "thanks", "ok thank you", "can I take paracetamol for it?", "what if it gets worse?", "is it contagious?",
    "how long will it last?", "ok", "will it go away on its own?", "can I still go to work?",
    "should I be worried?", "is there anything I can do at home?", "thank you that's helpful",
    "what time does the pharmacy open?", "can I drink alcohol?", "do I need antibiotics?", "cheers",
]
NEW_SYMPTOMS = [
    "I also have a headache now", "I've got a cough as well", "my back hurts too", "I feel a bit sick",
    "I've got a runny nose", "my ear is sore now", "I've got a rash on my arm", "my knee is sore",
    "I have a sore throat as well", "I've had diarrhoea since this morning", "my eye is red and itchy",
    "I've got toothache too", "I feel dizzy when I stand up", "I've been coughing up phlegm",
]
RESTARTED_TEXT = "let's start again"  # messages.yml `restarted`


def next_turn(rng: random.Random, replies: object, advised: bool) -> str:
    """A question is answered as in the soak; after advice, a follow-up (or now and then a new symptom)."""
    said = texts(replies)
    asked = "?" in said or any(isinstance(m, dict) and m.get("buttons") for m in replies or [])
    if not advised or (asked and "anything else" not in said.lower()):
        return patient_reply(rng, replies)
    return rng.choice(NEW_SYMPTOMS) if rng.random() < 0.25 else rng.choice(FOLLOW_UPS)


def session_size(db: Path, sender: str) -> dict[str, int]:
    """What the SQL tracker store holds for `sender`: all its events, and the events of its latest
    session (since the last `session_started`), which is what Rasa's SQLTrackerStore.retrieve loads
    on every turn. Bytes are of the stored JSON."""
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        total = conn.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(data AS BLOB))), 0) FROM events "
                             "WHERE sender_id = ?", (sender,)).fetchone()
        start = conn.execute("SELECT MAX(timestamp) FROM events WHERE sender_id = ? AND type_name = "
                             "'session_started'", (sender,)).fetchone()[0]
        session = conn.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(data AS BLOB))), 0) FROM events "
                               "WHERE sender_id = ? AND timestamp >= ?", (sender, start or 0)).fetchone()
        state = conn.execute("SELECT LENGTH(CAST(data AS BLOB)) FROM events WHERE sender_id = ? AND "
                             "type_name = 'slot' AND data LIKE '%\"triage_state\"%' ORDER BY id DESC LIMIT 1",
                             (sender,)).fetchone()
    return {"stored_events": total[0], "stored_bytes": total[1], "session_events": session[0],
            "session_bytes": session[1], "state_bytes": state[0] if state else 0}


def long_conversation(rasa_url: str, db: Path, turns: int, seed: int, timeout: float = 30) -> dict:
    """One patient who keeps talking for `turns` turns: per turn its latency, and after it what the
    tracker store holds for the conversation."""
    rng = random.Random(seed)
    sender, text, advised = f"turns-{seed}-{uuid.uuid4().hex[:10]}", rng.choice(OPENERS), False
    rows, problems, dispositions = [], [], Counter()
    for n in range(1, turns + 1):
        status, replies, elapsed = say(rasa_url, sender, text, timeout=timeout)
        said = texts(replies)
        if status != 200 or not isinstance(replies, list) or not replies or FAULT_TEXT in said:
            problems.append(f"turn {n} HTTP {status}: {text!r} -> {str(replies)[:100]}")
        elif RESTARTED_TEXT in said:
            problems.append(f"turn {n}: {text!r} restarted the conversation")
        advice = disposition(replies)
        if advice:
            advised = True
            dispositions[advice] += 1
        rows.append({"turn": n, "s": elapsed, **session_size(db, sender)})
        text = next_turn(rng, replies, advised)
    return {"rows": rows, "problems": problems, "dispositions": dispositions}


def turns_run(rasa_url: str, db: Path, turns: int = 150, conversations: int = 3, block: int = 30,
              seed: int = 1, timeout: float = 30) -> dict:
    """`conversations` long conversations at once; per block of `block` turns: latency p50/p95 over
    all of them, and the largest tracker (all events, and the latest session) any of them had."""
    with ThreadPoolExecutor(conversations) as pool:
        runs = list(pool.map(lambda n: long_conversation(rasa_url, db, turns, seed * 1000 + n, timeout),
                             range(conversations)))
    blocks = []
    for lo in range(1, turns + 1, block):
        hi = min(turns, lo + block - 1)
        rows = [r for run in runs for r in run["rows"] if lo <= r["turn"] <= hi]
        last = [max((r for r in run["rows"] if r["turn"] <= hi), key=lambda r: r["turn"]) for run in runs]
        blocks.append({
            "turns": f"{lo}-{hi}", "p50_ms": pct([r["s"] for r in rows], 0.5), "p95_ms": pct([r["s"] for r in rows], 0.95),
            "stored_kb": max(r["stored_bytes"] for r in last) / 1000,
            "session_events_max": max(r["session_events"] for r in rows),
            "session_kb_max": max(r["session_bytes"] for r in rows) / 1000,
            "state_kb_max": max(r["state_bytes"] for r in rows) / 1000,
        })
    first, final = blocks[0], blocks[-1]
    return {
        "turns": turns, "conversations": conversations, "block": block, "seed": seed, "blocks": blocks,
        "problems": [p for run in runs for p in run["problems"]],
        "dispositions": dict(sum((run["dispositions"] for run in runs), Counter()).most_common()),
        "p50_ratio": final["p50_ms"] / first["p50_ms"],
        "session_ratio": final["session_events_max"] / first["session_events_max"],
        "session_kb_ratio": final["session_kb_max"] / first["session_kb_max"],
        "stored_kb_per_turn": final["stored_kb"] / turns,
    }


def turns_cmd(args) -> dict:
    stack, logs = start_stack()
    try:
        result = turns_run(stack.rasa_url, stack.tracker_db, args.turns, args.conversations, args.block,
                           args.seed, args.timeout)
        result["servers_died"] = restarts(stack)
    finally:
        stack.stop()
    result.update(log_problems(logs))
    flat = result["p50_ratio"] <= 1.5 and result["session_ratio"] <= 1.5
    ok = flat and not result["problems"] and result["servers_died"] == 0 and result["tracebacks"] == 0
    result["verdict"] = "PASS" if ok else "FAIL"
    return result


def turns_markdown(r: dict, cmd: str) -> list[str]:
    lines = [f"{r['conversations']} patients at once, each holding one conversation of {r['turns']} turns "
             f"without pause (to advice, then follow-up questions, thanks and now and then a new symptom; "
             f"never \"start again\"). Per block of {r['block']} turns: latency over all their turns; the "
             "tracker store's size for the largest of them.", "",
             "| turns | p50 / p95 | stored for the conversation (all sessions) | latest session, loaded each "
             "turn (largest) | `triage_state` slot (largest) |", "|---|---|---|---|---|"]
    for b in r["blocks"]:
        lines.append(f"| {b['turns']} | {b['p50_ms']:.0f} / {b['p95_ms']:.0f} ms | {b['stored_kb']:.0f} KB | "
                     f"{b['session_events_max']:,} events, {b['session_kb_max']:.0f} KB | {b['state_kb_max']:.1f} KB |")
    lines += ["", f"Last block against the first: p50 x{r['p50_ratio']:.2f}, largest loaded session "
              f"x{r['session_ratio']:.2f} in events (flat when both are at most x1.5; x{r['session_kb_ratio']:.2f} "
              f"in bytes). Stored: {r['stored_kb_per_turn']:.1f} KB "
              f"a turn. Problems (non-200, empty, fault advice, a restart): {len(r['problems'])}; tracebacks in the "
              f"server logs: {r['tracebacks']}; servers that died: {r['servers_died']}.",
              "", "Advice given: " + ", ".join(f"{k} {v}" for k, v in r["dispositions"].items()) + "."]
    if r["problems"]:
        lines += ["", "First problems:", ""] + [f"- `{p}`" for p in r["problems"][:10]]
    return lines


# --------------------------------------------------------------------------------------------- report

def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + (" (with uncommitted changes in the work tree)" if dirty else "")
    except OSError:
        return "unknown"


def write_section(name: str, title: str, cmd: str, body: list[str], verdict: str) -> None:
    start, end = f"<!-- reliability:{name}:start -->", f"<!-- reliability:{name}:end -->"
    header = [start, f"### Recorded: {title}", "",
              f"Run {time.strftime('%Y-%m-%d %H:%M')} on this machine ({os.cpu_count()} CPUs, shared with other "
              f"work, so timings are noisy), commit `{commit()}`: `{cmd}`. Verdict: **{verdict}**.", ""]
    section = "\n".join(header + body + ["", end])
    text = DOC.read_text() if DOC.exists() else "# Reliability\n"
    if start in text and end in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOC.write_text(text)
    print(f"wrote the {name} section of {DOC.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fuzz", help="random and malformed requests")
    f.add_argument("--messages", type=int, default=10_000)
    f.add_argument("--concurrency", type=int, default=8)
    s = sub.add_parser("soak", help="concurrent patients for a while")
    s.add_argument("--conversations", type=int, default=50, help="concurrent patients")
    s.add_argument("--minutes", type=float, default=5)
    s.add_argument("--think-min", type=float, default=2.0, help="shortest pause between a patient's turns (s)")
    s.add_argument("--think-max", type=float, default=6.0, help="longest pause between a patient's turns (s)")
    lg = sub.add_parser("long", help="a 100 KB message alongside a normal patient")
    lg.add_argument("--conversations", type=int, default=40, help="normal conversations alongside")
    lg.add_argument("--long-senders", type=int, default=2)
    t = sub.add_parser("turns", help="long conversations: is a late turn as fast as an early one?")
    t.add_argument("--turns", type=int, default=150, help="patient turns in each conversation")
    t.add_argument("--conversations", type=int, default=3, help="long conversations at once")
    t.add_argument("--block", type=int, default=30, help="turns per reported block")
    for p in (f, s, lg, t):
        p.add_argument("--seed", type=int, default=1)
        p.add_argument("--timeout", type=float, default=30, help="client timeout per request (s)")
        p.add_argument("--write", action="store_true", help=f"update this subcommand's section of {DOC.name}")
    args = ap.parse_args(argv)
    cmd = ".venv/bin/python scripts/reliability.py " + " ".join(argv if argv is not None else sys.argv[1:])
    cmd = cmd.replace(" --write", "")
    run, md, title = {"fuzz": (fuzz, fuzz_markdown, "fuzz"), "soak": (soak, soak_markdown, "soak"),
                      "long": (long_cmd, long_markdown, "long message"),
                      "turns": (turns_cmd, turns_markdown, "long conversations")}[args.cmd]
    result = run(args)
    result["timeout"] = args.timeout
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    print(f"{args.cmd}: {result['verdict']}")
    if args.write:
        write_section(args.cmd, title, cmd, md(result, cmd), result["verdict"])
    return 0 if result["verdict"] == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
