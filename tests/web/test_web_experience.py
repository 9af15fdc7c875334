"""Issue 9, "The patient's experience" (the web part), in Chromium against the FAKE bot. The fake
bot sends the real bot's shapes (tests/web/webui_fake_bot.py); test_web_live.py repeats the
phone layout, services without a disposition and call buttons against the real stack.

Each test names the finding of issue 9 it covers."""

from __future__ import annotations

import re

import pytest
from webui_fake_bot import CHECKLIST, COLD_CARE, DISPOSITION, MENTAL_HEALTH_CRISIS, NEAREST_PHARMACIES, PHARMACY_NOTE
from webui_helpers import (
    DESKTOP,
    MOBILE,
    OTHER_HOSTNAME,
    PHONE,
    assert_card_fills_phone,
    free_port,
    in_viewport,
    log_text,
    no_horizontal_scroll,
    open_chat,
    open_widget,
    run_to_card,
    send,
    third_party_host_page,
    wait_idle,
)

pytestmark = pytest.mark.usefixtures("browser")

SIZES = [pytest.param(DESKTOP, id="1280x800"), pytest.param(PHONE, id="375x740"), pytest.param(MOBILE, id="320x640")]
PHONES = [pytest.param(PHONE, id="375x740"), pytest.param(MOBILE, id="320x640")]
SERVICE_SEARCH = "https://www.nhs.uk/service-search/"


def home(new_page, web, viewport):
    page = new_page(viewport)
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    return page


# ---- finding 1: on a phone the advice is cut off ----------------------------------------------

@pytest.mark.parametrize("viewport", PHONES)
def test_phone_conversation_fills_the_screen_and_card_top_in_view(web, new_page, viewport):
    page = home(new_page, web, viewport)
    run_to_card(page)
    assert_card_fills_phone(page, page.locator(".nhsbot-card").last)
    # the same for a second card later in the conversation, and for a list of services
    send(page, "chest pain")
    assert_card_fills_phone(page, page.locator(".nhsbot-card").last)
    send(page, "nearest pharmacy")
    card = page.locator(".nhsbot-card").last
    assert in_viewport(page, card.locator(".nhsbot-card__title"))


def test_phone_embedded_widget_card_top_in_view(web, new_page):
    page = new_page(MOBILE)
    page.goto(web.url + "/embed-demo")
    open_widget(page)
    run_to_card(page)
    assert_card_fills_phone(page, page.locator(".nhsbot-card").last)


# ---- finding 2: the chat is hard to find ------------------------------------------------------

@pytest.mark.parametrize("viewport", SIZES)
def test_home_page_puts_the_conversation_first_with_999_one_tap_away(web, new_page, viewport):
    page = home(new_page, web, viewport)
    page.wait_for_timeout(200)
    # in the first screen, without scrolling: the chat, its first message and the message box...
    assert page.evaluate("window.scrollY") == 0
    for selector in [".nhsbot-title", ".nhsbot-log .nhsbot-msg--bot", "#nhsbot-input", ".nhsbot-send"]:
        assert in_viewport(page, page.locator(selector).first), selector
    # ...and a 999 call button, one tap away
    call = page.locator("a[href='tel:999']").first
    assert call.is_visible() and in_viewport(page, call)
    assert call.inner_text().strip() == "Call 999"
    assert call.bounding_box()["height"] >= 44
    # the chat comes before the full 999 advice, which is still on the page
    order = page.evaluate(
        "document.querySelector('#nhsbot-chat').compareDocumentPosition(document.querySelector('#call-999'))"
    )
    assert order & 4, "the chat should come before the 999 card"
    assert page.locator("#call-999").is_visible()
    assert no_horizontal_scroll(page)


# ---- finding 3: service notes, distances, no phone, no name -----------------------------------

def test_services_show_notes_meaningful_distances_and_a_way_to_call(web, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    run_to_card(page)
    services = page.locator(".nhsbot-card").last.locator(".nhsbot-service")
    near, far = services.nth(0), services.nth(1)
    # the note the bot sends with a service
    assert PHARMACY_NOTE in near.inner_text()
    # 0.0 km from the postcode sector's centre means nothing: "In your area"; further, whole km
    assert "In your area" in near.inner_text()
    assert "About 2 km (1 mile) away" in far.inner_text()
    assert not re.search(r"\d\.\d km", log_text(page))

    send(page, "toothache")
    card = page.locator(".nhsbot-card").last
    nameless, named = card.locator(".nhsbot-service").nth(0), card.locator(".nhsbot-service").nth(1)
    # a dentist without a name is titled by its kind
    assert nameless.locator(".nhsbot-service__name").inner_text() == "Dental practice"
    assert "check whether it offers NHS treatment" in nameless.inner_text()
    assert "taking new NHS patients: adults no, children no" in named.inner_text()
    # no phone: a link to the NHS website's service search instead
    for service in (nameless, named):
        assert service.locator("a[href^='tel:']").count() == 0
        search = service.get_by_role("link", name=re.compile("Find their phone number on the NHS website"))
        assert search.get_attribute("href") == SERVICE_SEARCH


# ---- finding 5: services without a disposition ------------------------------------------------

def test_services_without_a_disposition_are_shown(web, fake_bot, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    send(page, "nearest pharmacy")
    card = page.locator(".nhsbot-card--services")
    card.wait_for()
    assert card.locator(".nhsbot-card__title").inner_text() == "Pharmacies near you"
    services = card.locator(".nhsbot-service")
    assert services.count() == 3
    for i, service in enumerate(NEAREST_PHARMACIES["services"]):
        assert services.nth(i).locator(".nhsbot-service__name").inner_text() == service["name"]
        # each service says which area lists it (the nearest may be across a border)
        assert services.nth(i).locator(".nhsbot-service__area").inner_text() == f"Area: {service['area']}"
    # the lead-in is said once, then the list
    assert log_text(page).count(NEAREST_PHARMACIES["title"]) == 1
    assert "Pharmacies near you: Core Pharmacy, Boots Pharmacy, Bean Pharmacy." in \
        page.locator("[aria-live='polite']").inner_text()
    # it survives a reload (sessionStorage)
    page.reload()
    page.wait_for_selector(".nhsbot-card--services")
    assert page.locator(".nhsbot-card--services .nhsbot-service").count() == 3


# ---- finding 7: the advice once, labels with a timeframe, plain words -------------------------

def label(card) -> str:
    return card.locator(".nhsbot-card__level").evaluate("e => e.textContent")


def test_advice_is_said_once_with_a_timeframe_in_plain_words(web, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    run_to_card(page)
    text = log_text(page).split("What you told us")[0]  # the summary after the card names the advice again
    for words in ["Speak to a community pharmacist", DISPOSITION["reasons"][0], DISPOSITION["safety_net"]]:
        assert text.count(words) == 1, words
    card = page.locator(".nhsbot-card").last
    assert label(card) == "Urgency: Not urgent – when you can"
    for jargon in ["incl.", "Based on:"]:
        assert jargon not in text
    scheme = card.locator(".nhsbot-card__scheme")
    assert scheme.inner_text().startswith("What is Pharmacy First? An NHS service")

    send(page, "red eye")
    card = page.locator(".nhsbot-card").last
    assert label(card) == "Urgency: Soon – within 3 days"
    assert "PEARS/MECS" not in card.inner_text()
    assert "What is the minor eye conditions service?" in card.locator(".nhsbot-card__scheme").inner_text()

    labels = {"chest pain": "Emergency – now", "a and e": "Emergency – now", "kill myself": "Urgent – now",
              "xss card": "Urgent – today"}  # fmt: skip
    for message, words in labels.items():
        send(page, message)
        assert label(page.locator(".nhsbot-card").last) == f"Urgency: {words}"
    # and the advice text is never repeated as a chat bubble
    bubbles = " ".join(page.locator(".nhsbot-msg--bot").all_inner_texts())
    assert "Call 999 now" not in bubbles and "Go to A&E now" not in bubbles


def test_self_care_card_says_what_to_do_buy_when_to_get_help_and_links_the_nhs_page(web, page):
    page.goto(web.url + "/")
    page.wait_for_selector("#nhsbot-input")
    send(page, "a cold")
    card = page.locator(".nhsbot-card").last
    care = card.locator(".nhsbot-card__care")
    assert care.locator(".nhsbot-card__sub").all_inner_texts() == ["What you can do", "What you can buy", "Get help if"]
    assert care.locator("li").all_inner_texts() == [*COLD_CARE["do"], *COLD_CARE["buy"], *COLD_CARE["get_help"]]
    link = card.get_by_role("link", name=re.compile(r"^NHS website: Common cold"))
    assert link.get_attribute("href") == "https://www.nhs.uk/conditions/common-cold/"
    assert link.get_attribute("target") == "_blank"
    # said once: the bot's text copy of the care advice is not shown as chat bubbles too
    bubbles = " ".join(page.locator(".nhsbot-msg--bot").all_inner_texts())
    assert "What you can do" not in bubbles and COLD_CARE["do"][0] not in bubbles


# ---- finding 8: call buttons ------------------------------------------------------------------

def call_link(scope, name: str):
    return scope.get_by_role("link", name=re.compile(rf"^{re.escape(name)}"))


def test_call_buttons_for_999_111_samaritans_shout_and_each_service(web, new_page):
    page = home(new_page, web, MOBILE)
    send(page, "chest pain")
    card = page.locator(".nhsbot-card").last
    call = call_link(card, "Call 999 now")
    assert call.get_attribute("href") == "tel:999"
    assert call.bounding_box()["height"] >= 44 and in_viewport(page, call)

    send(page, "kill myself")
    card = page.locator(".nhsbot-card").last
    expected = {
        "Call 111, option 2": "tel:111",
        "Call Samaritans: 116 123": "tel:116123",
        "Text SHOUT to 85258": "sms:85258?body=SHOUT",
        "Call 999": "tel:999",
    }
    for name, href in expected.items():
        link = call_link(card, name).first
        assert link.get_attribute("href") == href, name
        assert link.bounding_box()["height"] >= 44, name
    # the numbers in the safety advice's sentence are links too
    safety = card.locator(".nhsbot-card__safety p").nth(1)
    assert safety.inner_text() == MENTAL_HEALTH_CRISIS["safety_net"]
    assert safety.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))") == [
        "tel:999", "sms:85258?body=SHOUT", "tel:116123"]
    # a service with a phone gets a call link named after it
    line = card.locator(".nhsbot-service__links").get_by_role("link", name=re.compile("^Call 111"))
    assert line.get_attribute("href") == "tel:111"
    assert "NHS 111, option 2" in line.evaluate("a => a.textContent")

    send(page, "nearest pharmacy")
    services = page.locator(".nhsbot-card").last.locator(".nhsbot-service")
    for i, service in enumerate(NEAREST_PHARMACIES["services"]):
        links = services.nth(i).locator("a[href^='tel:']")
        if service.get("phone"):
            assert links.get_attribute("href") == "tel:" + service["phone"].replace(" ", "")
            assert links.bounding_box()["height"] >= 44
        else:
            assert links.count() == 0


# ---- finding 10: printing ---------------------------------------------------------------------

CONTRAST_ON_WHITE = """root => {
  const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
      .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const bad = [];
  for (const e of root.querySelectorAll('*')) {
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !e.offsetParent) continue;
    const s = getComputedStyle(e);
    const ratio = 1.05 / (lum(s.color) + 0.05);
    if (ratio < 4.5) bad.push(e.textContent.trim().slice(0, 40) + ' ' + s.color);
  }
  return bad;
}"""


@pytest.mark.parametrize("where", ["home", "embedded"])
def test_print_shows_the_whole_advice_in_dark_ink(web, new_page, where):
    page = new_page(DESKTOP)
    open_chat(page, web, where)
    run_to_card(page)
    send(page, "a and e")  # level 4: white links on a dark card on screen
    send(page, "nearest pharmacy")
    page.emulate_media(media="print")
    page.wait_for_timeout(200)
    log, panel = page.locator(".nhsbot-log"), page.locator(".nhsbot-panel")
    for box in (log, panel):
        assert box.evaluate("e => e.scrollHeight <= e.clientHeight + 1"), "cut at the chat box's height"
    bottom = panel.evaluate("e => e.getBoundingClientRect().bottom")
    for card in page.locator(".nhsbot-card").all():
        assert card.evaluate("e => e.getBoundingClientRect().bottom") <= bottom + 1
        for part in [".nhsbot-card__title", ".nhsbot-service", ".nhsbot-card__safety"]:
            if card.locator(part).count():
                assert card.locator(part).first.is_visible(), part
    # every word prints dark on white paper (browsers drop backgrounds when printing), on the
    # home page the 999 card's too
    assert page.locator("main" if where == "home" else ".nhsbot").evaluate(CONTRAST_ON_WHITE) == []
    assert not page.locator(".nhsbot-form").is_visible()
    assert page.pdf(format="A4").startswith(b"%PDF")


# ---- finding 11: embedding needs the bot's allow-list -----------------------------------------

def test_embed_demo_page_explains_the_allow_list(web, page):
    page.goto(web.url + "/embed-demo")
    section = page.locator("#allow-list")
    text = section.inner_text()
    assert "BOT_ALLOWED_ORIGINS" in text
    assert 'BOT_ALLOWED_ORIGINS="http://localhost:8080 https://www.example-surgery.nhs.uk" bash scripts/run.sh' in text
    assert "Sorry, I can't connect" in text
    assert "--cors" in text and "--allowed-origins" in text


def test_widget_says_in_the_console_when_the_bot_cannot_be_reached(web, host_site, page):
    url = third_party_host_page(host_site, OTHER_HOSTNAME, web.url + "/widget.js", f"http://127.0.0.1:{free_port()}")
    page.goto(url)
    open_widget(page)
    send(page, "hello")
    page.wait_for_selector(".nhsbot-msg--error")
    hint = [m for m in page.console_log if "BOT_ALLOWED_ORIGINS" in m]
    assert hint and f"http://{OTHER_HOSTNAME}:{host_site.port}" in hint[0], page.console_log


# ---- what to build: the emergency checklist before the first question -------------------------

@pytest.mark.parametrize("viewport", PHONES)
def test_a_vague_first_message_gets_the_emergency_checklist_before_the_question(web, new_page, viewport):
    page = home(new_page, web, viewport)
    send(page, "something is wrong")
    checklist = page.locator(".nhsbot-checklist")
    assert checklist.count() == 1
    signs = checklist.locator(".nhsbot-checklist__signs li").all_inner_texts()
    assert signs == CHECKLIST["signs"]
    # its top and its big Call 999 button in view, before the question and its answers
    assert in_viewport(page, checklist.locator(".nhsbot-card__title"))
    call = checklist.get_by_role("link", name="Call 999", exact=True)
    assert call.get_attribute("href") == "tel:999" and in_viewport(page, call)
    box = call.bounding_box()
    assert box["height"] >= 56 and box["width"] >= 0.8 * checklist.bounding_box()["width"]
    question = page.locator(".nhsbot-msg--bot").filter(has_text="is any of these happening now")
    assert checklist.evaluate("(c, q) => !!(c.compareDocumentPosition(q) & 4)", question.element_handle())
    assert page.get_by_role("button", name="No", exact=True).is_visible()
    assert "Call 999 now if someone:" in page.locator("[aria-live='polite']").inner_text()
    assert no_horizontal_scroll(page)
    # the conversation goes on with the question
    page.get_by_role("button", name="No", exact=True).click()
    wait_idle(page)
    assert page.locator(".nhsbot-checklist").count() == 1
    # kept across a reload, like every entry
    page.reload()
    page.wait_for_selector(".nhsbot-checklist")
