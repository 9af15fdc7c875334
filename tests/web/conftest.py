"""Fixtures for the website and widget tests.

* ``fake_bot``: a FAKE Rasa REST channel on a free loopback port (scripted replies; UI tests only).
* ``host_site``: a made-up third-party (GP practice) website on a third loopback port.
* ``web``: the real website (``python -m bot.web``) on another free loopback port, pointed at the
  fake bot; allowed CORS origins: ``http://allowed.example`` and ``host_site`` on 127.0.0.1.
* ``browser`` / ``new_page``: Debian's Chromium (``/usr/bin/chromium``) driven by Playwright for
  Python. Browser tests skip only when that binary is absent.

The ``live`` marker is for tests against the real Rasa stack (fixture ``live_stack``, provided by
``tests/conftest.py``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from webui_fake_bot import FakeBotServer, HostSite
from webui_helpers import ALLOWED_HOSTNAME, ALLOWED_ORIGIN, DESKTOP
from webui_servers import Process, start_web

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "live: needs the real Rasa server and website (fixture live_stack from tests/conftest.py)",
    )


@pytest.fixture(scope="session")
def fake_bot():
    server = FakeBotServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def host_site():
    """A made-up GP practice website on its own loopback port, to embed the widget cross-origin.
    Its origin on 127.0.0.1 is an allowed origin of the web app; on localhost it is not."""
    site = HostSite().start()
    yield site
    site.stop()


@dataclass
class WebServer:
    url: str
    bot_url: str
    allowed_origin: str
    server: Process = field(repr=False)


@pytest.fixture(scope="session")
def web(fake_bot, host_site, tmp_path_factory):
    origins = [ALLOWED_ORIGIN, host_site.origin(ALLOWED_HOSTNAME)]
    proc = start_web(fake_bot.url, origins, tmp_path_factory.mktemp("web"))
    yield WebServer(proc.url, fake_bot.url, ALLOWED_ORIGIN, proc)
    proc.stop()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium): browser tests skipped")
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    except Exception:
        pw.stop()
        raise
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def new_page(browser):
    """``new_page(viewport=DESKTOP)`` -> a page in a fresh context; ``page.console_log`` collects
    console messages and page errors."""
    contexts = []

    def make(viewport: dict | None = None, **kwargs):
        ctx = browser.new_context(viewport=viewport or DESKTOP, **kwargs)
        ctx.set_default_timeout(15_000)
        contexts.append(ctx)
        page = ctx.new_page()
        page.console_log = []
        page.on("console", lambda m: page.console_log.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: page.console_log.append(f"pageerror: {e}"))
        return page

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(new_page):
    return new_page(DESKTOP)


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
