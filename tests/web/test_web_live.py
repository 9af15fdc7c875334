"""End to end against the REAL stack: the website's widget talking to the real Rasa server.

Needs the fixture ``live_stack`` (from ``tests/conftest.py``), an object with ``.rasa_url``,
``.web_url`` and ``.token`` (the Rasa HTTP API token, for the tracker). Run with ``-m live``.
"""

from __future__ import annotations

import re

import httpx
import pytest
from webui_helpers import bot_texts, wait_idle

pytestmark = pytest.mark.live

MAX_TURNS = 20
# Answers for the contract's named slots (``requested_slot``).
SLOT_ANSWERS = {
    "age": "30",
    "sex": "female",
    "pregnant": "no",
    "postcode": "DA1 2AB",
    "duration": "2 days",
}
# Failing that, what the last bot message asks about.
QUESTION_ANSWERS = [
    (re.compile(r"\bhow old\b|\bage\b", re.I), "30"),
    (re.compile(r"\bmale\b|\bfemale\b|\bsex\b|\bgender\b", re.I), "female"),
    (re.compile(r"\bpregnan", re.I), "no"),
    (re.compile(r"\bpostcode\b|\bwhere do you live\b|\barea\b", re.I), "DA1 2AB"),
    (re.compile(r"\bhow long\b", re.I), "2 days"),
]
NO_BUTTON = re.compile(r"^\s*no\b", re.I)


def tracker(stack, sender: str) -> dict:
    r = httpx.get(
        f"{stack.rasa_url.rstrip('/')}/conversations/{sender}/tracker",
        params={"token": stack.token},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()


def answer_for(requested_slot: str | None, question: str) -> str | None:
    if requested_slot in SLOT_ANSWERS:
        return SLOT_ANSWERS[requested_slot]
    for pattern, answer in QUESTION_ANSWERS:
        if pattern.search(question):
            return answer
    return None


def test_sore_throat_reaches_a_disposition_card(live_stack, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(30_000)
    page = context.new_page()
    try:
        page.goto(live_stack.web_url.rstrip("/") + "/")
        box = page.locator("#nhsbot-input")
        box.wait_for()
        box.fill("I've got a sore throat")
        box.press("Enter")
        wait_idle(page, timeout=30_000)
        sender = page.evaluate(
            "Object.keys(sessionStorage).filter(k => k.endsWith(':sender'))"
            ".map(k => JSON.parse(sessionStorage[k]))[0]"
        )
        for _ in range(MAX_TURNS):
            assert page.locator(".nhsbot-msg--error").count() == 0, "the widget could not reach the bot"
            if page.locator(".nhsbot-card").count():
                break
            slots = tracker(live_stack, sender).get("slots", {})
            texts = bot_texts(page)
            question = texts[-1] if texts else ""
            answer = answer_for(slots.get("requested_slot"), question)
            buttons = page.locator(".nhsbot-quick__btn")
            titles = buttons.all_inner_texts()
            if answer is not None and any(t.strip().lower() == answer for t in titles):
                page.get_by_role("button", name=re.compile(rf"^\s*{re.escape(answer)}\s*$", re.I)).first.click()
            elif answer is not None:
                box.fill(answer)
                box.press("Enter")
            elif titles:
                # a closed (e.g. red-flag) question: answer "No" when offered
                pick = next((i for i, t in enumerate(titles) if NO_BUTTON.search(t)), len(titles) - 1)
                buttons.nth(pick).click()
            else:
                box.fill("no")
                box.press("Enter")
            wait_idle(page, timeout=30_000)
        card = page.locator(".nhsbot-card")
        assert card.count() >= 1, f"no disposition card after {MAX_TURNS} turns: {bot_texts(page)}"
        card = card.last
        assert card.locator(".nhsbot-card__title strong").inner_text().strip()
        assert card.locator(".nhsbot-card__level").inner_text().strip()
        assert card.locator(".nhsbot-card__safety").inner_text().strip()
        slots = tracker(live_stack, sender).get("slots", {})
        assert slots.get("disposition") == card.get_attribute("data-disposition")
    finally:
        context.close()
