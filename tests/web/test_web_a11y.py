"""Accessibility: axe-core (through axe-playwright-python) must report zero violations, at desktop
1280x800 and on phones 375x740 and 320x640, on the pages and with the widget showing every kind of
card (advice at each urgency, services without a disposition, call buttons) and the emergency
checklist."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from webui_helpers import DESKTOP, MOBILE, PHONE, open_widget, run_to_card, send

pytestmark = pytest.mark.usefixtures("browser")

VIEWPORTS = [pytest.param(DESKTOP, id="desktop-1280"), pytest.param(PHONE, id="phone-375"),
             pytest.param(MOBILE, id="mobile-320")]
# WCAG 2.0/2.1 A and AA, plus axe's best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def assert_no_violations(axe: Axe, page) -> None:
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", ["/", "/privacy"])
def test_pages_have_no_axe_violations(web, new_page, axe, viewport, path):
    page = new_page(viewport)
    page.goto(web.url + path)
    page.wait_for_load_state("networkidle")
    if path == "/":
        page.wait_for_selector("#nhsbot-input")
    assert_no_violations(axe, page)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_with_card_has_no_axe_violations(web, new_page, axe, viewport):
    page = new_page(viewport)
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    run_to_card(page)
    assert_no_violations(axe, page)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_with_every_kind_of_card_has_no_axe_violations(web, new_page, axe, viewport):
    page = new_page(viewport)
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    for message in ["something is wrong", "chest pain", "a and e", "kill myself", "red eye", "toothache",
                    "a cold", "nearest pharmacy"]:
        send(page, message)
    assert page.locator(".nhsbot-card__care").count() == 1
    assert page.locator(".nhsbot-card").count() == 7 and page.locator(".nhsbot-checklist").count() == 1
    assert_no_violations(axe, page)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_open_widget_with_cards_has_no_axe_violations(web, new_page, axe, viewport):
    page = new_page(viewport)
    page.goto(web.url + "/embed-demo")
    page.wait_for_selector(".nhsbot-launcher")
    assert_no_violations(axe, page)  # closed
    open_widget(page)
    run_to_card(page)
    send(page, "xss card")  # a second card, urgent (red)
    send(page, "I've got a sore throat")  # quick replies visible too
    assert page.locator(".nhsbot-card").count() == 2
    assert_no_violations(axe, page)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_fallback_message_has_no_axe_violations(web, new_page, axe, viewport, host_site):
    from webui_helpers import OTHER_HOSTNAME, free_port, third_party_host_page

    page = new_page(viewport)
    url = third_party_host_page(
        host_site, OTHER_HOSTNAME, web.url + "/widget.js", f"http://127.0.0.1:{free_port()}"
    )
    page.goto(url)
    open_widget(page)
    send(page, "hello")
    page.wait_for_selector(".nhsbot-msg--error")
    assert_no_violations(axe, page)
