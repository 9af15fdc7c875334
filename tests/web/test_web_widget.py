"""The chat widget in a real browser (Debian's Chromium through Playwright), against the FAKE bot."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from webui_fake_bot import DISPOSITION
from webui_helpers import (
    ALLOWED_HOSTNAME,
    DESKTOP,
    FALLBACK,
    MOBILE,
    OTHER_HOSTNAME,
    XSS,
    ZOOM_200,
    bot_texts,
    csp_violations,
    free_port,
    no_horizontal_scroll,
    open_widget,
    run_to_card,
    send,
    shot,
    third_party_host_page,
    user_texts,
    wait_idle,
)

pytestmark = pytest.mark.usefixtures("browser")


def sender_of(page) -> str:
    return page.evaluate(
        "Object.keys(sessionStorage).filter(k => k.endsWith(':sender')).map(k => JSON.parse(sessionStorage[k]))[0]"
    )


def test_full_conversation_reload_and_start_again(web, fake_bot, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    send(page, "I've got a sore throat")
    assert "Is it so painful that you cannot swallow?" in bot_texts(page)[-1]

    # quick reply: the title is shown as the patient's message, the payload is sent
    quick = page.locator(".nhsbot-quick__btn")
    assert quick.all_inner_texts() == ["Yes", "No"]
    page.get_by_role("button", name="No", exact=True).click()
    wait_idle(page)
    sender = sender_of(page)
    assert (sender, "/deny") in fake_bot.received
    assert user_texts(page)[-1] == "No"
    assert page.locator(".nhsbot-quick").count() == 0  # answered: the buttons go

    send(page, "30")
    send(page, "DA1 2AB")
    card = page.locator(".nhsbot-card")
    card.wait_for()
    assert card.get_attribute("data-disposition") == "pharmacy"
    assert card.get_attribute("data-level") == "1"
    # the advice in bold (in plain words), the urgency in words (and colour), the safety net
    assert card.locator(".nhsbot-card__title strong").inner_text() == "Speak to a community pharmacist"
    assert card.locator(".nhsbot-card__level").inner_text().strip().endswith("Not urgent – when you can")
    band = card.locator(".nhsbot-card__level").evaluate("e => getComputedStyle(e).backgroundColor")
    assert band == "rgb(51, 0, 114)"  # NHS purple for level 1
    assert DISPOSITION["safety_net"] in card.inner_text()
    assert DISPOSITION["reasons"][0] in card.inner_text()
    assert "From what you told me: sore throat." in card.inner_text()
    assert DISPOSITION["area_note"] in card.inner_text()

    first = DISPOSITION["services"][0]
    service = card.locator(".nhsbot-service").first
    assert first["name"] in service.inner_text()
    assert first["address"] in service.inner_text()
    assert first["opening_times"] in service.inner_text()
    assert "In your area" in service.inner_text()
    tel = service.locator("a[href^='tel:']")
    assert tel.get_attribute("href") == "tel:01322123456"
    assert tel.inner_text().startswith("Call " + first["phone"])
    directions = service.get_by_role("link", name=re.compile("Get directions"))
    assert directions.get_attribute("href") == (
        "https://www.google.com/maps/dir/?api=1&destination=" + quote(first["address"], safe="")
    )
    assert directions.get_attribute("rel") == "noopener noreferrer"
    assert service.locator(f"a[href='{first['url']}']").count() == 1
    # a javascript: URL from the bot is never made into a link
    assert page.locator(".nhsbot a[href^='javascript:']").count() == 0
    assert card.locator(".nhsbot-service").nth(1).get_by_role("link", name=re.compile("Website")).count() == 0

    # reload: the transcript and the sender id survive (sessionStorage)
    before_users = user_texts(page)
    page.reload()
    page.wait_for_selector(".nhsbot-card")
    assert user_texts(page) == before_users
    assert sender_of(page) == sender
    assert page.locator(".nhsbot-card .nhsbot-service").count() == 2

    # start again: sends "start again" with the same sender and clears the transcript
    page.get_by_role("button", name="Start again").click()
    wait_idle(page)
    assert (sender, "start again") in fake_bot.received
    assert page.locator(".nhsbot-card").count() == 0
    assert user_texts(page) == []
    assert "start again" in bot_texts(page)[-1].lower()
    assert page.evaluate("document.activeElement.id") == "nhsbot-input"
    # the greeting's buttons work too
    page.get_by_role("button", name="Sore throat", exact=True).click()
    wait_idle(page)
    assert (sender, "I've got a sore throat") in fake_bot.received
    assert user_texts(page) == ["Sore throat"]
    page.reload()
    page.wait_for_selector("#nhsbot-input")
    assert user_texts(page) == ["Sore throat"]
    assert csp_violations(page) == []


def test_embedded_widget_keyboard_only(web, page):
    page.goto(web.url + "/embed-demo")
    launcher = page.locator(".nhsbot-launcher")
    launcher.wait_for()
    assert launcher.get_attribute("aria-expanded") == "false"
    # reach the launcher with Tab only
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('nhsbot-launcher')"):
            break
    else:
        pytest.fail("the launcher cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    panel = page.locator("#nhsbot-panel")
    panel.wait_for(state="visible")
    assert panel.get_attribute("role") == "dialog"
    assert page.evaluate("document.activeElement.id") == "nhsbot-input"
    assert page.locator("label[for='nhsbot-input']").inner_text() == "Your message"

    page.keyboard.type("I've got a sore throat")
    page.keyboard.press("Enter")
    wait_idle(page)
    # the new bot message is announced in the polite live region
    live = page.locator("[aria-live='polite']")
    assert "Is it so painful that you cannot swallow?" in live.inner_text()
    # from the message box, Shift+Tab reaches the quick replies (last one first)
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "No"
    page.keyboard.press("Enter")
    wait_idle(page)
    assert user_texts(page)[-1] == "No"
    assert page.evaluate("document.activeElement.id") == "nhsbot-input"
    assert "How old" in live.inner_text()

    # Escape closes the panel and gives focus back to the launcher
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('nhsbot-launcher')")
    assert launcher.get_attribute("aria-expanded") == "false"
    # and it opens again with the conversation kept
    page.keyboard.press("Enter")
    panel.wait_for(state="visible")
    assert user_texts(page) == ["I've got a sore throat", "No"]
    # the Close button works the same way
    page.get_by_role("button", name="Close chat").click()
    panel.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('nhsbot-launcher')")
    assert csp_violations(page) == []


def test_card_announced_and_urgency_words(web, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    send(page, "xss card")
    card = page.locator(".nhsbot-card")
    assert card.get_attribute("data-level") == "3"
    assert "Urgent – today" in card.locator(".nhsbot-card__level").inner_text()
    # no title in the payload: the default advice for the code (triage contract) is shown
    assert card.locator(".nhsbot-card__title").inner_text() == "Contact your GP practice today (111 when it is closed)"
    live = page.locator("[aria-live='polite']").inner_text()
    assert "Urgent – today" in live and "Contact your GP practice today" in live


def test_patient_typed_xss_is_literal_text(web, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    send(page, XSS)
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert user_texts(page)[-1] == XSS
    assert bot_texts(page)[-1].endswith("You said: " + XSS)
    assert page.locator(".nhsbot img").count() == 0
    bubble = page.locator(".nhsbot-msg--user").last
    assert bubble.is_visible() and XSS in bubble.inner_text()
    page.reload()  # and again when re-rendered from sessionStorage
    page.wait_for_selector(".nhsbot-msg--user")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert user_texts(page)[-1] == XSS


def test_xss_in_disposition_payload_is_literal_text(web, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    send(page, "xss card")
    card = page.locator(".nhsbot-card")
    card.wait_for()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(".nhsbot img").count() == 0
    text = card.inner_text()
    assert f"Evil {XSS} Surgery" in text
    assert f"{XSS} 1 Bad Road" in text
    assert f"Opening times: {XSS}" in text
    assert card.locator(".nhsbot-service__name strong").inner_text() == f"Evil {XSS} Surgery"
    assert card.locator(".nhsbot-service__address").is_visible()
    assert page.locator(".nhsbot a[href^='javascript:']").count() == 0
    directions = card.get_by_role("link", name=re.compile("Get directions"))
    assert directions.get_attribute("href").endswith(quote(f"{XSS} 1 Bad Road", safe=""))


@pytest.mark.parametrize("problem", ["closed port", "HTTP 500", "time-out"])
def test_bot_unreachable_shows_fallback_advice(web, host_site, page, problem):
    bot_url, extra, message = web.bot_url, "", "I've got a sore throat"
    if problem == "closed port":
        bot_url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    elif problem == "HTTP 500":
        message = "fail please"
    else:
        extra, message = 'data-timeout-ms="1000"', "slow please"
    host = third_party_host_page(host_site, OTHER_HOSTNAME, web.url + "/widget.js", bot_url, extra)
    page.goto(host)
    open_widget(page)
    send(page, message)
    error = page.locator(".nhsbot-msg--error")
    error.wait_for()
    assert FALLBACK in error.inner_text()
    assert "999" in error.inner_text() and "111" in error.inner_text()
    assert error.locator("a[href='tel:999']").count() == 1
    assert error.locator("a[href='tel:111']").count() == 1
    assert FALLBACK in page.locator("[aria-live='polite']").inner_text()
    assert user_texts(page) == [message]


def test_widget_on_another_site_and_cors_in_the_browser(web, host_site, page):
    """The one tag on a third-party page; with crossorigin the script loads only for an allowed origin."""
    src = web.url + "/widget.js"
    extra = 'crossorigin="anonymous"'
    ok = third_party_host_page(host_site, ALLOWED_HOSTNAME, src, web.bot_url, extra)
    page.goto(ok)
    page.wait_for_selector(".nhsbot-launcher")
    open_widget(page)
    send(page, "I've got a sore throat")
    assert "Is it so painful" in bot_texts(page)[-1]
    assert csp_violations(page) == []

    blocked = third_party_host_page(host_site, OTHER_HOSTNAME, src, web.bot_url, extra)
    page.goto(blocked)
    page.wait_for_timeout(1000)
    assert page.locator(".nhsbot-launcher").count() == 0
    assert any("Access-Control-Allow-Origin" in m for m in page.console_log), page.console_log


@pytest.mark.parametrize("viewport", [MOBILE, ZOOM_200], ids=["320px", "200pc-zoom"])
def test_no_horizontal_scroll_small_screens(web, new_page, viewport):
    page = new_page(viewport)
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    assert no_horizontal_scroll(page)
    run_to_card(page)
    send(page, XSS)  # long unbroken text must wrap
    assert no_horizontal_scroll(page)
    page.goto(web.url + "/privacy")
    assert no_horizontal_scroll(page)
    page.goto(web.url + "/embed-demo")
    open_widget(page)
    send(page, "xss card")
    page.wait_for_selector(".nhsbot-card")
    assert no_horizontal_scroll(page)
    box = page.locator("#nhsbot-panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    log = page.locator(".nhsbot-log")
    assert log.evaluate("e => e.scrollWidth <= e.clientWidth")


def test_screenshots(web, new_page, screenshots_dir):
    for name, viewport in [("desktop", DESKTOP), ("mobile-320", MOBILE)]:
        page = new_page(viewport)
        page.goto(web.url + "/")
        page.wait_for_selector("#nhsbot-input")
        assert shot(page, screenshots_dir, f"{name}-home", full_page=True).stat().st_size > 0
        run_to_card(page)
        page.locator(".nhsbot-card").scroll_into_view_if_needed()
        shot(page, screenshots_dir, f"{name}-home-card", full_page=True)
        page.goto(web.url + "/embed-demo")
        page.wait_for_selector(".nhsbot-launcher")
        shot(page, screenshots_dir, f"{name}-embed-closed")
        open_widget(page)
        run_to_card(page)
        shot(page, screenshots_dir, f"{name}-embed-widget-card")
        page.goto(web.url + "/privacy")
        shot(page, screenshots_dir, f"{name}-privacy", full_page=True)
    names = {p.name for p in screenshots_dir.glob("*.png")}
    for expected in ["desktop-home.png", "desktop-embed-widget-card.png", "mobile-320-home.png",
                     "mobile-320-embed-widget-card.png"]:  # fmt: skip
        assert expected in names
