"""Helpers that drive the chat widget in a Playwright page."""

from __future__ import annotations

import re
import socket
from pathlib import Path

ALLOWED_ORIGIN = "http://allowed.example"
ALLOWED_HOSTNAME = "127.0.0.1"  # the fake third-party site's origin on this name is allowed...
OTHER_HOSTNAME = "localhost"  # ...and on this name it is not
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
MOBILE = {"width": 320, "height": 640}
ZOOM_200 = {"width": 640, "height": 400}  # 1280x800 at 200% zoom

FALLBACK = (
    "Sorry, I can't connect right now. If someone's life is at risk call 999. "
    "Otherwise call 111 or go to 111.nhs.uk."
)
XSS = "<img src=x onerror=window.__xss=1>"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_idle(page, timeout: float = 15_000) -> None:
    """Wait until the widget is not waiting for the bot."""
    page.wait_for_selector('.nhsbot-log[aria-busy="false"]', state="attached", timeout=timeout)


def send(page, text: str) -> None:
    """Type a message in the widget, press Enter, wait for the bot's answer."""
    box = page.locator("#nhsbot-input")
    box.fill(text)
    box.press("Enter")
    wait_idle(page)


def bot_texts(page) -> list[str]:
    return page.locator(".nhsbot-msg--bot:not(.nhsbot-typing)").all_inner_texts()


def user_texts(page) -> list[str]:
    return [t.removeprefix("You:").strip() for t in page.locator(".nhsbot-msg--user").all_inner_texts()]


def open_widget(page) -> None:
    """Open the floating widget (embed mode) by clicking its launcher."""
    page.locator(".nhsbot-launcher").click()
    page.wait_for_selector("#nhsbot-panel", state="visible")


def open_chat(page, web, where: str) -> None:
    """The chat on the home page ("home"), or the floating widget opened on the embed demo."""
    if where == "home":
        page.goto(web.url + "/")
        page.wait_for_selector("#nhsbot-input")
    else:
        page.goto(web.url + "/embed-demo")
        open_widget(page)


def no_horizontal_scroll(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def csp_violations(page) -> list[str]:
    return [m for m in page.console_log if "Content Security Policy" in m]


def third_party_host_page(site, hostname: str, widget_src: str, bot_url: str, extra: str = "") -> str:
    """Register, on the fake third-party ``site``, a page that embeds the widget with the one
    tag; returns its URL at ``http://<hostname>:<port>/``."""
    name = f"surgery-{len(site.pages)}.html"
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>A surgery</title></head>"
        "<body><main><h1>A surgery website</h1><p>Some text.</p></main>"
        f'<script src="{widget_src}" data-bot-url="{bot_url}" {extra}></script></body></html>'
    )
    return site.add(name, html, hostname)


def shot(page, directory: Path, name: str, full_page: bool = False) -> Path:
    path = directory / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def run_to_card(page) -> None:
    """The scripted conversation: symptom typed, a quick reply clicked, age, postcode -> card."""
    send(page, "I've got a sore throat")
    page.get_by_role("button", name="No", exact=True).click()
    wait_idle(page)
    send(page, "30")
    send(page, "DA1 2AB")
    page.wait_for_selector(".nhsbot-card")


def in_viewport(page, locator) -> bool:
    """The element is wholly inside the visible screen (not scrolled away, not cut)."""
    box = locator.bounding_box()
    view = page.viewport_size
    return bool(box) and box["y"] >= -1 and box["y"] + box["height"] <= view["height"] + 1 \
        and box["x"] >= -1 and box["x"] + box["width"] <= view["width"] + 1


def shown_in_log(page, locator) -> bool:
    """The element is wholly inside the conversation's visible area (the log scrolls)."""
    box, log = locator.bounding_box(), page.locator(".nhsbot-log").bounding_box()
    return bool(box and log) and box["y"] >= log["y"] - 1 and \
        box["y"] + box["height"] <= log["y"] + log["height"] + 1


def assert_card_fills_phone(page, card) -> None:
    """Finding 1 of issue 9: on a phone the conversation fills the screen, the advice card's top
    (urgency and advice) is in view, and 999 is one tap away."""
    view = page.viewport_size
    panel = page.locator(".nhsbot-panel").bounding_box()
    assert abs(panel["y"]) <= 2 and panel["height"] >= view["height"] - 2, (panel, view)
    log = page.locator(".nhsbot-log").bounding_box()
    assert log["height"] >= 0.5 * view["height"], (log, view)
    for part in (card.locator(".nhsbot-card__level"), card.locator(".nhsbot-card__title")):
        assert in_viewport(page, part) and shown_in_log(page, part), part
    call = page.locator(".nhsbot-999 a[href='tel:999']")
    assert call.is_visible() and in_viewport(page, call)
    assert no_horizontal_scroll(page)


def log_text(page) -> str:
    return page.locator(".nhsbot-log").inner_text()


def pdf_pages(pdf: bytes) -> int:
    """The number of pages of a PDF that Chromium wrote (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
