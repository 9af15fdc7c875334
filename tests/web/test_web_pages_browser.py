"""The site's pages in the browser: NHS styles load from node_modules, no CSP violation, the
Rasa web client demo starts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect
from webui_helpers import csp_violations, free_port, send
from webui_servers import start_process, start_web

pytestmark = pytest.mark.usefixtures("browser")


@pytest.mark.parametrize("path", ["/", "/privacy", "/embed-demo"])
def test_pages_load_without_csp_violations_or_errors(web, page, path):
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(web.url + path)
    page.wait_for_load_state("networkidle")
    if path != "/privacy":
        page.wait_for_selector("#nhsbot-input", state="attached")
        if path == "/":
            send(page, "I've got a sore throat")
    assert csp_violations(page) == []
    assert [m for m in page.console_log if m.startswith(("error", "pageerror"))] == []
    assert failed == []


def test_nhs_design_system_is_applied(web, page):
    page.goto(web.url + "/")
    page.wait_for_load_state("networkidle")
    header_bg = page.locator(".nhsuk-header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header_bg == "rgb(0, 94, 184)"  # NHS blue
    notice = page.locator(".nhsuk-card--care--emergency")
    assert notice.is_visible()
    assert "Call 999 if someone's life is at risk" in notice.inner_text()
    assert page.evaluate("document.body.classList.contains('nhsuk-frontend-supported')")
    footer = page.locator("footer").inner_text()
    assert "Contains public sector information licensed under the Open Government Licence v3.0" in footer
    assert "Postcode district data © GeoNames, CC BY 4.0" in footer
    page.locator("footer").get_by_role("link", name="Privacy notice").click()
    page.wait_for_url("**/privacy")
    assert page.locator("h1").inner_text() == "Privacy notice"


def test_webchat_demo_page_starts_the_rasa_web_client(web, page):
    scripts = []
    page.on("response", lambda r: scripts.append((r.url, r.status)) if r.url.endswith(".js") else None)
    page.goto(web.url + "/demo/webchat")
    page.wait_for_selector("#webchat .rw-conversation-container", state="attached")
    assert (web.url + "/vendor/rasa-webchat/index.js", 200) in scripts
    assert page.evaluate("typeof window.WebChat.default") == "function"
    # the client's message box is there (it says "Waiting for server..." until socket.io connects)
    box = page.locator("#webchat").get_by_placeholder("Type your answer")
    assert box.count() == 1
    assert page.locator("#webchat .rw-conversation-container").bounding_box()["height"] > 300
    page.wait_for_timeout(500)
    # the fake bot speaks no socket.io, so connection errors are expected; CSP must not block anything
    assert csp_violations(page) == []


@pytest.fixture
def socketio_demo(tmp_path):
    """``start(persistence)`` -> the website pointed at a fake bot behind the project's socket.io
    channel (bot/channels/socketio.py), which allows the website's origin."""
    procs = []

    def start(persistence: bool):
        port = free_port()
        bot_url = f"http://127.0.0.1:{port}"
        web = start_web(bot_url, [], tmp_path)
        procs.append(web)
        script = str(Path(__file__).with_name("webui_fake_socketio_bot.py"))
        procs.append(start_process([sys.executable, script, str(port), "1" if persistence else "0", web.url],
                                   bot_url, "/healthz", tmp_path / "socketio-bot.log", timeout=120))
        return web

    yield start
    for proc in procs:
        proc.stop()


def open_demo(page, web):
    page.goto(web.url + "/demo/webchat")
    box = page.locator("#webchat").get_by_placeholder("Type your answer")
    box.wait_for()
    expect(box).to_be_enabled(timeout=15_000)  # connected (socket.io session confirmed)
    return box


def say_in_demo(page, box, text: str, answer: str):
    box.fill(text)
    box.press("Enter")
    page.locator("#webchat").get_by_text(answer).last.wait_for(timeout=10_000)


@pytest.mark.parametrize("persistence", [False, True], ids=["session_persistence-false", "session_persistence-true"])
def test_webchat_demo_talks_to_the_socketio_channel(page, socketio_demo, persistence):
    """The demo page against the project's socket.io channel: over a WebSocket, allowed by the
    page's CSP, the typed message goes out and the bot's answer comes back; with session
    persistence too (Rasa 3.6's own channel never joined the session's room, so no answer came)."""
    web = socketio_demo(persistence)
    sockets = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    box = open_demo(page, web)
    say_in_demo(page, box, "hello there", "): hello there")
    assert any(url.startswith("ws://127.0.0.1:") for url in sockets)
    assert csp_violations(page) == []


def test_webchat_demo_draws_the_cards_and_keeps_the_conversation_after_a_reload(page, socketio_demo):
    """Finding 9 of issue 9: the Rasa web client draws the advice card from the custom payload (the
    widget's own card, through rasa-webchat's customComponent) and the emergency checklist; after
    a reload the conversation is still on screen and the server carries it on."""
    web = socketio_demo(True)
    box = open_demo(page, web)
    chat = page.locator("#webchat")
    say_in_demo(page, box, "card", "Call 999 now.")
    card = chat.locator(".nhsbot-card[data-disposition='call_999']")
    card.wait_for()
    assert card.locator(".nhsbot-card__level").inner_text().endswith("Emergency \u2013 now")
    assert card.get_by_role("link", name="Call 999 now").get_attribute("href") == "tel:999"
    assert card.locator(".nhsbot-card__safety").inner_text().strip()
    say_in_demo(page, box, "something is wrong", "): something is wrong")
    checklist = chat.locator(".nhsbot-checklist")
    assert checklist.get_by_role("link", name="Call 999").get_attribute("href") == "tel:999"
    n = int(chat.get_by_text("): something is wrong").inner_text().split("message ")[1].split(")")[0])

    page.reload()
    box.wait_for()
    expect(box).to_be_enabled(timeout=15_000)
    assert chat.locator(".nhsbot-card[data-disposition='call_999']").count() == 1  # still on screen
    assert chat.locator(".nhsbot-checklist").count() == 1
    say_in_demo(page, box, "hello again", f"Echo (message {n + 1}): hello again")  # the same conversation
    assert csp_violations(page) == []
    assert [m for m in page.console_log if m.startswith("pageerror")] == []


def test_live_test_driver_against_the_fake_stack(web, browser):
    """The live test's conversation driver, run here against the fake bot (which also fakes the
    tracker endpoint), so that its logic is checked on every run."""
    from types import SimpleNamespace

    from test_web_live import test_sore_throat_reaches_a_disposition_card

    stack = SimpleNamespace(rasa_url=web.bot_url, web_url=web.url, token="not-checked")
    test_sore_throat_reaches_a_disposition_card(stack, browser)
