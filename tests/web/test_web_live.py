"""End to end against the REAL stack: the website's widget talking to the real Rasa server.

Needs the fixture ``live_stack`` (from ``tests/conftest.py``), an object with ``.rasa_url``,
``.web_url`` and ``.token`` (the Rasa HTTP API token, for the tracker). Run with ``-m live``.
"""

from __future__ import annotations

import re
import time

import httpx
import pytest
from webui_helpers import (
    DESKTOP,
    FALLBACK,
    MOBILE,
    OTHER_HOSTNAME,
    PHONE,
    assert_card_fills_phone,
    bot_texts,
    in_viewport,
    log_text,
    open_widget,
    pdf_pages,
    shot,
    third_party_host_page,
    wait_idle,
)

from bot.records.reference import normalise
from bot.records.store import RecordStore

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


def sender_of(page) -> str:
    return page.evaluate(
        "Object.keys(sessionStorage).filter(k => k.endsWith(':sender'))"
        ".map(k => JSON.parse(sessionStorage[k]))[0]"
    )


def converse(stack, page, first: str) -> str:
    """Type ``first`` in the widget on the page, then answer the bot's questions (using the
    tracker's ``requested_slot``) until a card (advice or services) appears; the sender id."""
    box = page.locator("#nhsbot-input")
    box.wait_for()
    cards = page.locator(".nhsbot-card").count()
    box.fill(first)
    box.press("Enter")
    wait_idle(page, timeout=30_000)
    sender = sender_of(page)
    for _ in range(MAX_TURNS):
        assert page.locator(".nhsbot-msg--error").count() == 0, "the widget could not reach the bot"
        if page.locator(".nhsbot-card").count() > cards:
            break
        slots = tracker(stack, sender).get("slots", {})
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
    assert page.locator(".nhsbot-card").count() > cards, f"no card after {MAX_TURNS} turns: {bot_texts(page)}"
    return sender


def live_page(browser, stack, viewport: dict | None = None, path: str = "/", **context_args):
    context = browser.new_context(viewport=viewport or DESKTOP, **context_args)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.console_log = []
    page.on("console", lambda m: page.console_log.append(f"{m.type}: {m.text}"))
    page.goto(stack.web_url.rstrip("/") + path)
    return context, page


def test_sore_throat_reaches_a_disposition_card(live_stack, browser):
    context, page = live_page(browser, live_stack)
    try:
        sender = converse(live_stack, page, "I've got a sore throat")
        card = page.locator(".nhsbot-card").last
        assert card.locator(".nhsbot-card__title strong").inner_text().strip()
        assert card.locator(".nhsbot-card__level").inner_text().strip()
        assert card.locator(".nhsbot-card__safety").inner_text().strip()
        slots = tracker(live_stack, sender).get("slots", {})
        assert slots.get("disposition") == card.get_attribute("data-disposition")
    finally:
        context.close()


def test_summary_with_its_reference_copies_and_prints_on_one_page(live_stack, browser):
    """Issue 10: the real bot's "What you told us" shows in the widget with the reference number of
    the pilot record the action server wrote; Copy puts its lines on the clipboard; Print gives one
    clean A4 page with the advice, services, safety advice and summary."""
    context, page = live_page(browser, live_stack, permissions=["clipboard-read", "clipboard-write"])
    try:
        page.add_init_script("window.print = () => { window.__prints = (window.__prints || 0) + 1; };")
        page.reload()
        sender = converse(live_stack, page, "I've got a sore throat")
        box = page.locator(".nhsbot-log .nhsbot-summary")
        box.wait_for()
        reference = box.get_attribute("data-reference")
        assert normalise(reference) == reference
        sent = [e["data"]["custom"]["summary"] for e in tracker(live_stack, sender)["events"]
                if e.get("event") == "bot" and "summary" in ((e.get("data") or {}).get("custom") or {})]
        assert sent and sent[-1]["reference"] == reference
        lines = sent[-1]["lines"]
        assert box.locator(".nhsbot-summary__title").inner_text() == lines[0]
        assert reference in box.locator(".nhsbot-summary__quote").inner_text()
        store, deadline = RecordStore(live_stack.db_url), time.monotonic() + 15
        while store.get(reference) is None and time.monotonic() < deadline:
            time.sleep(0.3)
        assert store.get(reference).conversation_id == sender  # the reference a clinician looks up

        box.get_by_role("button", name="Copy this summary").click()
        box.locator(".nhsbot-summary__status").filter(has_text="Copied").wait_for()
        copied = page.evaluate("navigator.clipboard.readText()").split("\n")
        shown = [box.locator(".nhsbot-summary__title").inner_text(),
                 *box.locator(".nhsbot-summary__lines li").all_inner_texts(),
                 box.locator(".nhsbot-summary__quote").inner_text()]
        assert copied == shown and len(copied) == len(lines)
        # what the bot sent, as the tracker store keeps it (phone numbers, even services', are redacted there)
        assert all(c == sent_line for c, sent_line in zip(copied, lines, strict=True) if "[phone]" not in sent_line)

        card = page.locator(".nhsbot-card").last
        advice = card.locator(".nhsbot-card__title").inner_text()
        safety = card.locator(".nhsbot-card__safety p").nth(1).inner_text()
        services = card.locator(".nhsbot-service__name").all_inner_texts()
        box.get_by_role("button", name="Print this advice and summary").click()
        assert page.evaluate("window.__prints") == 1
        page.emulate_media(media="print")
        printed = page.locator("body").inner_text()
        for words in [advice, safety, *services, *copied]:
            assert words in printed, words
        assert not page.locator(".nhsbot-panel").is_visible()
        pdf = page.pdf(format="A4", margin={"top": "1cm", "bottom": "1cm", "left": "1cm", "right": "1cm"})
        assert pdf_pages(pdf) == 1
    finally:
        context.close()


# ---- issue 9 ("The patient's experience") against the real stack -------------------------------

@pytest.mark.parametrize("viewport", [pytest.param(PHONE, id="375x740"), pytest.param(MOBILE, id="320x640")])
def test_phone_advice_card_fills_the_screen(live_stack, browser, viewport):
    """Findings 1 and 7: on a phone the conversation fills the screen with the card's top in
    view and 999 one tap away; the advice is said once, labelled with a timeframe, in plain words."""
    context, page = live_page(browser, live_stack, viewport)
    try:
        converse(live_stack, page, "I've got a sore throat")
        card = page.locator(".nhsbot-card").last
        assert_card_fills_phone(page, card)
        title = card.locator(".nhsbot-card__title").inner_text()
        # said once in the card (the 'what you told us' summary after it names the advice again, on purpose)
        assert log_text(page).split("What you told us")[0].count(title) == 1, log_text(page)
        level = card.locator(".nhsbot-card__level").evaluate("e => e.textContent")
        assert re.fullmatch(r"Urgency: .+ – (now|today|within 3 days|when you can|at home)", level), level
        for jargon in ["incl.", "Based on:", "PEARS/MECS"]:
            assert jargon not in log_text(page)
    finally:
        context.close()


def test_nearest_pharmacy_lists_services(live_stack, browser):
    """Findings 5 and 3: the bot sends services without a disposition; the widget shows them,
    with their notes, no meaningless "0.0 km", and a way to contact each."""
    context, page = live_page(browser, live_stack, MOBILE)
    try:
        sender = converse(live_stack, page, "Where's the nearest pharmacy?")
        assert tracker(live_stack, sender).get("slots", {}).get("disposition") is None
        card = page.locator(".nhsbot-card").last
        assert "nhsbot-card--services" in card.get_attribute("class")
        assert card.locator(".nhsbot-card__title").inner_text() == "Pharmacies near you"
        services = card.locator(".nhsbot-service")
        assert services.count() >= 1
        assert in_viewport(page, card.locator(".nhsbot-card__title"))
        text = card.inner_text()
        assert "Opening hours are not in the data" in text  # the note the bot sends
        assert not re.search(r"\b0\.\d km", text)
        for service in services.all():
            assert service.locator(".nhsbot-service__name").inner_text().strip()
            tel = service.locator(".nhsbot-service__links a[href^='tel:']")
            search = service.locator("a[href='https://www.nhs.uk/service-search/']")
            assert tel.count() + search.count() == 1, service.inner_text()
    finally:
        context.close()


def test_call_buttons_for_999_and_a_mental_health_crisis(live_stack, browser):
    """Finding 8: the 999, 111 option 2, Samaritans and SHOUT numbers are tap-to-call buttons."""
    context, page = live_page(browser, live_stack, MOBILE)
    try:
        converse(live_stack, page, "I have crushing chest pain and I am sweating")
        card = page.locator(".nhsbot-card").last
        assert card.get_attribute("data-disposition") == "call_999"
        call = card.get_by_role("link", name="Call 999 now")
        assert call.get_attribute("href") == "tel:999"
        assert call.bounding_box()["height"] >= 44 and in_viewport(page, call)

        page.get_by_role("button", name="Start again").click()
        wait_idle(page, timeout=30_000)
        converse(live_stack, page, "I want to kill myself")
        card = page.locator(".nhsbot-card").last
        assert card.get_attribute("data-disposition") == "mental_health_crisis"
        expected = {"Call 111, option 2": "tel:111", "Call Samaritans: 116 123": "tel:116123",
                    "Text SHOUT to 85258": "sms:85258?body=SHOUT", "Call 999": "tel:999"}
        for name, href in expected.items():
            link = card.get_by_role("link", name=name, exact=True)
            assert link.get_attribute("href") == href, name
            assert link.bounding_box()["height"] >= 44, name
    finally:
        context.close()


def test_widget_on_a_site_not_in_the_allow_list_cannot_connect(live_stack, browser, host_site):
    """Finding 11: what the embed page and docs/web.md explain: a site not in BOT_ALLOWED_ORIGINS
    gets "Sorry, I can't connect" (the browser blocks the bot's answer), and the console says why."""
    url = third_party_host_page(host_site, OTHER_HOSTNAME, live_stack.web_url + "/widget.js", live_stack.rasa_url)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    logs: list[str] = []
    page.on("console", lambda m: logs.append(m.text))
    try:
        page.goto(url)
        open_widget(page)
        page.locator("#nhsbot-input").fill("I've got a sore throat")
        page.locator("#nhsbot-input").press("Enter")
        page.locator(".nhsbot-msg--error").wait_for(timeout=30_000)
        assert FALLBACK in page.locator(".nhsbot-msg--error").inner_text()
        assert any("BOT_ALLOWED_ORIGINS" in m for m in logs), logs
    finally:
        context.close()


def test_screenshots_for_the_docs(live_stack, browser, screenshots_dir):
    """The screenshots in docs/web.md (copied from artifacts/screenshots/live-*.png)."""
    shots = {}
    context, page = live_page(browser, live_stack, DESKTOP)
    try:
        converse(live_stack, page, "I've got a sore throat")
        shots["desktop-card"] = shot(page, screenshots_dir, "live-desktop-1280-card")
    finally:
        context.close()
    context, page = live_page(browser, live_stack, MOBILE)
    try:
        page.wait_for_selector("#nhsbot-input")
        shots["phone-home"] = shot(page, screenshots_dir, "live-phone-320-home")
        converse(live_stack, page, "I've got a sore throat")
        page.mouse.move(0, 0)
        shots["phone-card"] = shot(page, screenshots_dir, "live-phone-320-card")
        # the same card whole: a window as tall as the card, still 320 px wide
        card = page.locator(".nhsbot-card").last
        height = int(card.bounding_box()["height"]) + 260
        page.set_viewport_size({"width": 320, "height": max(640, height)})
        page.wait_for_timeout(300)
        card.evaluate("c => c.closest('.nhsbot-log').scrollTop = c.offsetTop - 8")
        shots["phone-card-whole"] = shot(page, screenshots_dir, "live-phone-320-card-whole")
    finally:
        context.close()
    for path in shots.values():
        assert path.stat().st_size > 0
