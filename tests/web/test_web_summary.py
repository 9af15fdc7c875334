"""The "What you told us" summary in the widget (real browser, FAKE bot): shown once with its
reference number, Print (one clean A4 page with the advice, services, safety advice and summary),
Copy (clipboard API, and a selected textarea without it) and Share (only where the browser has the
Web Share API). The real stack is covered in test_web_live.py."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from test_web_a11y import AXE_OPTIONS
from webui_fake_bot import DISPOSITION, LONGEST_CARE, REFERENCE, SUMMARY_LINES
from webui_helpers import DESKTOP, PHONE, bot_texts, open_chat, pdf_pages, run_to_card, send

pytestmark = pytest.mark.usefixtures("browser")

NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"
FAKE_SHARE = NO_SHARE + "Navigator.prototype.share = function (data) { window.__shared = data; return Promise.resolve(); };"
NO_CLIPBOARD_API = """
Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
document.addEventListener('copy', e => {
  const t = e.target;
  window.__copied = t && 'selectionStart' in t ? t.value.slice(t.selectionStart, t.selectionEnd) : null;
});
"""
COUNT_PRINTS = "window.__prints = 0; window.print = () => { window.__prints += 1; };"


def summary_of(page):
    box = page.locator(".nhsbot-log .nhsbot-summary")
    box.wait_for()
    return box


@pytest.mark.parametrize("where", ["home", "embedded"])
def test_the_summary_is_shown_once_with_its_reference_and_buttons(web, new_page, where):
    page = new_page(DESKTOP)
    page.add_init_script(NO_SHARE)
    open_chat(page, web, where)
    run_to_card(page)
    box = summary_of(page)
    assert box.count() == 1 and box.get_attribute("data-reference") == REFERENCE
    assert box.locator(".nhsbot-summary__title").inner_text() == SUMMARY_LINES[0]
    assert box.locator(".nhsbot-summary__lines li").all_inner_texts() == SUMMARY_LINES[1:-1]
    assert box.locator(".nhsbot-summary__quote").inner_text() == SUMMARY_LINES[-1]
    assert box.locator(".nhsbot-summary__ref").all_inner_texts() == [REFERENCE, REFERENCE]  # in bold, twice
    # after the advice card, and the text copy of the summary is not shown as well
    assert page.locator(".nhsbot-card + .nhsbot-summary").count() == 1
    assert not any("About: you, aged 30" in t for t in bot_texts(page))
    assert "You can print, copy or share it." in page.locator("[aria-live='polite']").inner_text()
    # buttons named for what they do; no Share button where the browser cannot share
    tools = box.get_by_role("group", name="Keep this summary")
    assert [b.evaluate("b => b.textContent") for b in tools.get_by_role("button").all()] == [
        "Print this advice and summary", "Copy this summary"]
    for button in tools.get_by_role("button").all():
        assert button.bounding_box()["height"] >= 44
    # kept across a reload, like the rest of the conversation
    page.reload()
    if where == "embedded":
        page.wait_for_selector("#nhsbot-panel", state="visible")
    assert summary_of(page).get_attribute("data-reference") == REFERENCE


def test_copy_puts_the_summary_on_the_clipboard_and_says_copied(web, new_page):
    page = new_page(DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    open_chat(page, web, "home")
    run_to_card(page)
    copy = summary_of(page).get_by_role("button", name="Copy this summary")
    copy.click()
    status = page.locator(".nhsbot-summary__status[role='status']")
    status.filter(has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == "\n".join(SUMMARY_LINES)
    assert page.evaluate("document.activeElement.textContent") == "Copy this summary"
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_copy_without_the_clipboard_api_selects_the_text_and_copies_it(web, new_page):
    page = new_page(DESKTOP)
    page.add_init_script(NO_CLIPBOARD_API)
    open_chat(page, web, "home")
    run_to_card(page)
    assert page.evaluate("navigator.clipboard") is None
    summary_of(page).get_by_role("button", name="Copy this summary").click()
    page.locator(".nhsbot-summary__status").filter(has_text="Copied").wait_for()
    assert page.evaluate("window.__copied") == "\n".join(SUMMARY_LINES)
    assert page.locator(".nhsbot-copy").count() == 0  # the textarea is gone
    assert page.evaluate("document.activeElement.textContent") == "Copy this summary"


def test_share_uses_the_web_share_api_where_the_browser_has_it(web, new_page):
    page = new_page(PHONE)
    page.add_init_script(FAKE_SHARE)
    open_chat(page, web, "home")
    run_to_card(page)
    share = summary_of(page).get_by_role("button", name="Share this summary")
    share.click()
    page.wait_for_function("window.__shared")
    assert page.evaluate("window.__shared") == {"title": SUMMARY_LINES[0], "text": "\n".join(SUMMARY_LINES)}
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def printed_text(page) -> str:
    page.emulate_media(media="print")
    page.wait_for_timeout(100)
    return page.locator("body").inner_text()  # what is rendered: display:none parts give no text


@pytest.mark.parametrize("where", ["home", "embedded"])
def test_print_gives_one_clean_page_with_the_advice_services_safety_net_and_summary(web, new_page, where):
    page = new_page(DESKTOP)
    page.add_init_script(COUNT_PRINTS)
    open_chat(page, web, where)
    run_to_card(page)
    summary_of(page).get_by_role("button", name="Print this advice and summary").click()
    assert page.evaluate("window.__prints") == 1
    text = printed_text(page)
    assert "Speak to a community pharmacist" in text and DISPOSITION["reasons"][0] in text
    for service in DISPOSITION["services"]:
        assert service["name"] in text and service["address"] in text
    assert "If it gets worse" in text and DISPOSITION["safety_net"] in text
    for line in SUMMARY_LINES:
        assert line in text, line
    # nothing else: not the conversation, the message box, the page's header, the buttons
    assert "Is it so painful that you cannot swallow?" not in text
    for hidden in (".nhsbot-panel", "#nhsbot-input", ".nhsbot-summary__tools"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert "Print this advice" not in text and "Riverside Surgery" not in text and "Find the right NHS help" not in text
    pdf = page.pdf(format="A4", margin={"top": "1cm", "bottom": "1cm", "left": "1cm", "right": "1cm"})
    assert pdf_pages(pdf) == 1
    # after printing, the page is as it was
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".nhsbot-printout").count() == 0
    assert page.evaluate("document.documentElement.className") == ""
    assert page.locator(".nhsbot-panel").is_visible()


def test_the_longest_care_advice_still_prints_on_one_page(web, new_page):
    """The advice card with the longest care advice in care_advice.yml, services, safety advice and
    the summary: Print still gives one A4 page, with every line of the care advice on it."""
    page = new_page(DESKTOP)
    page.add_init_script(COUNT_PRINTS)
    open_chat(page, web, "home")
    send(page, "longest care")
    summary_of(page).get_by_role("button", name="Print this advice and summary").click()
    text = printed_text(page)
    for line in [*LONGEST_CARE["do"], *LONGEST_CARE["buy"], *LONGEST_CARE["get_help"], SUMMARY_LINES[-1]]:
        assert line in text, line
    pdf = page.pdf(format="A4", margin={"top": "1cm", "bottom": "1cm", "left": "1cm", "right": "1cm"})
    assert pdf_pages(pdf) == 1


def test_the_browsers_own_print_prints_the_same_page(web, new_page):
    page = new_page(DESKTOP)
    open_chat(page, web, "home")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # before any advice: the whole page
    assert page.locator(".nhsbot-printout").count() == 0
    run_to_card(page)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # Ctrl+P: the advice and summary
    text = printed_text(page)
    assert SUMMARY_LINES[0] in text and DISPOSITION["safety_net"] in text
    assert "Is it so painful that you cannot swallow?" not in text
    assert pdf_pages(page.pdf(format="A4", margin={"top": "1cm", "bottom": "1cm"})) == 1
