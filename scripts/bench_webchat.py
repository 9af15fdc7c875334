"""Benchmark the Rasa web client demo: how long the bot's answer takes to show once it has arrived.

    .venv/bin/python scripts/bench_webchat.py [--rounds 2]

Starts the real stack on free ports (as the tests do) and, in Debian's Chromium, sends messages
on /demo/webchat; for each, the time from the first `bot_uttered` socket frame to the last message
on screen. Once with the demo as it is, once with rasa-webchat's own `customMessageDelay` (the
demo's setting taken out), which holds each message 30 ms a character (0.8 to 3 s) one after
another. Goal: the answer on screen within 0.5 s of its arrival.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.serve import Stack, free_port  # noqa: E402

DEMO = ROOT / "bot" / "web" / "static" / "webchat-demo.js"
SETTING = "    customMessageDelay: function () { return 0; },\n"
MESSAGES = ["I have crushing chest pain and I am sweating", "I've got toothache, I'm 40", "something is wrong"]
SETTLED_S = 4.5  # no new message for this long: the answer is all on screen


def shown_after_arrival(browser, web_url: str, message: str, demo_js: str) -> tuple[int, float]:
    """The answer's socket frames, and seconds from the first of them to the last message shown."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.route("**/static/webchat-demo.js", lambda r: r.fulfill(body=demo_js, content_type="text/javascript"))
    frames: list[tuple[float, str]] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: frames.append((time.monotonic(), str(f)))))
    try:
        page.goto(web_url + "/demo/webchat")
        box = page.locator("#webchat").get_by_placeholder("Type your answer")
        box.wait_for()
        while box.is_disabled():
            page.wait_for_timeout(100)
        page.wait_for_timeout(3000)  # the init payload's answer
        frames.clear()
        box.fill(message)
        box.press("Enter")
        shown, last, changed = "#webchat .rw-message:not(.rw-typing-indication), #webchat .nhsbot-card", -1, 0.0
        while not changed or time.monotonic() - changed < SETTLED_S:
            n = page.locator(shown).count()
            if n != last:
                last, changed = n, time.monotonic()
            page.wait_for_timeout(50)
        arrived = [t for t, f in frames if "bot_uttered" in f]
        return len(arrived), changed - arrived[0]
    finally:
        context.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    demo = DEMO.read_text()
    assert SETTING in demo, "the demo's customMessageDelay setting has moved: update this script"
    variants = {"the demo (customMessageDelay 0)": demo, "rasa-webchat's default delay": demo.replace(SETTING, "")}
    logs = Path(tempfile.mkdtemp(prefix="bench-webchat-"))
    stack = Stack(actions_port=free_port(), rasa_port=free_port(), web_port=free_port(),
                  token="bench", tracker_db=logs / "rasa.db", log_dir=logs)
    stack.start()
    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
    rows = []
    try:
        for name, js in variants.items():
            for message in MESSAGES:
                seconds = [shown_after_arrival(browser, stack.web_url, message, js) for _ in range(args.rounds)]
                rows.append((name, message, seconds[0][0], statistics.median(s for _, s in seconds)))
    finally:
        browser.close()
        pw.stop()
        stack.stop()
    print(f"Measured {time.strftime('%Y-%m-%d')}: `.venv/bin/python scripts/bench_webchat.py "
          f"--rounds {args.rounds}` (median of the rounds).\n")
    print("| client | message | socket frames | first frame to all shown, s |\n|---|---|---|---|")
    for name, message, frames, median in rows:
        print(f"| {name} | {message} | {frames} | {median:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
