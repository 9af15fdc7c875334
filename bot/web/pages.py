"""HTML for the website's pages, in the NHS design system (nhsuk-frontend markup).

Pages are plain strings: every value put into them goes through :func:`html.escape`. No page has
inline script or inline style; JavaScript and CSS are separate files (see ``static/``).
"""

from __future__ import annotations

from html import escape

SERVICE_NAME = "Find the right NHS help"
AREA = "Kent and Medway"

NHS_LOGO_PATH = (
    "M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 "
    "10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 "
    "32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 "
    "2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 "
    "28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
)

OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/"
GEONAMES_URL = "https://www.geonames.org/"


def _header() -> str:
    return f"""<header class="nhsuk-header" data-module="nhsuk-header" role="banner">
  <div class="nhsuk-header__container nhsuk-width-container">
    <div class="nhsuk-header__service">
      <a class="nhsuk-header__service-logo" href="/" aria-label="NHS: {escape(SERVICE_NAME)} homepage">
        <svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS">
          <title>NHS</title>
          <path fill="currentcolor" d="{NHS_LOGO_PATH}"/>
        </svg>
      </a>
      <a class="nhsuk-header__service-name" href="/">{escape(SERVICE_NAME)}</a>
    </div>
  </div>
</header>"""


def _emergency_notice(heading_level: int = 2) -> str:
    h = f"h{heading_level}"
    return f"""<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" id="call-999">
  <div class="nhsuk-card__heading-container">
    <{h} class="nhsuk-card__heading">
      <span role="text">
        <span class="nhsuk-u-visually-hidden">Immediate action required: </span>Call 999 if someone's life is at risk
      </span>
    </{h}>
    <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
  </div>
  <div class="nhsuk-card__content">
    <p>For example, if someone:</p>
    <ul>
      <li>has sudden chest pain, or is struggling to breathe</li>
      <li>is unconscious, having a fit, or suddenly confused</li>
      <li>has signs of a stroke: face dropping, cannot lift both arms, or speech problems</li>
      <li>is bleeding heavily, or has a severe allergic reaction</li>
    </ul>
    <p>Do not use this chat in an emergency. For urgent help that is not an emergency, call 111 or go to <a href="https://111.nhs.uk/">111.nhs.uk</a>.</p>
  </div>
</div>"""


def _footer() -> str:
    return f"""<footer class="nhsuk-footer" role="contentinfo">
  <div class="nhsuk-width-container">
    <div class="nhsuk-footer__meta">
      <h2 class="nhsuk-u-visually-hidden">Support links</h2>
      <ul class="nhsuk-footer__list">
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/">Home</a></li>
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/privacy">Privacy notice</a></li>
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/embed-demo">Add the chat to your website</a></li>
      </ul>
      <p class="nhsuk-body-s" id="attribution-ogl">Contains public sector information licensed under the <a class="nhsuk-footer__list-item-link" href="{OGL_URL}" rel="license">Open Government Licence v3.0</a>.</p>
      <p class="nhsuk-body-s" id="attribution-geonames">Postcode district data © <a class="nhsuk-footer__list-item-link" href="{GEONAMES_URL}">GeoNames</a>, <a class="nhsuk-footer__list-item-link" href="{CC_BY_URL}" rel="license">CC BY 4.0</a>.</p>
      <p class="nhsuk-body-s">This service gives advice about where to get help. It does not diagnose and it is not a medical record.</p>
    </div>
  </div>
</footer>"""


def nhs_layout(title: str, content: str, *, extra_head: str = "", body_end: str = "") -> str:
    """A full NHS page: skip link, header, main content, footer (pages place the 999 notice)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(title)} - {escape(SERVICE_NAME)} - NHS</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#005eb8">
  <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48">
  <link rel="icon" href="/assets/images/favicon.svg" sizes="any" type="image/svg+xml">
  <link rel="apple-touch-icon" href="/assets/images/nhsuk-icon-180.png">
  <link rel="manifest" href="/assets/manifest.json">
  <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css">
  <link rel="stylesheet" href="/static/site.css">
  <script type="module" src="/static/site.js"></script>
{extra_head}</head>
<body>
  <a class="nhsuk-skip-link" data-module="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
{_header()}
  <div class="nhsuk-width-container">
    <main class="nhsuk-main-wrapper" id="maincontent">
{content}
    </main>
  </div>
{_footer()}
{body_end}</body>
</html>
"""


def home_page(bot_url: str) -> str:
    """The chat first; the 999 advice above it in the chat (a call button) and, in full, beside it
    (below it on a phone)."""
    content = f"""
<div class="nhsuk-grid-row">
  <div class="nhsuk-grid-column-two-thirds">
    <h1 class="app-chat-title">Find the right NHS help for your symptoms</h1>
    <p class="app-chat-intro">Tell the chat below what is wrong. It asks a few questions and tells you where to get help in {escape(AREA)}.</p>
    <section class="app-chat" aria-labelledby="chat-heading">
      <h2 id="chat-heading" class="nhsuk-u-visually-hidden">Chat about your symptoms</h2>
      <div id="nhsbot-chat" class="app-chat__container"></div>
      <noscript>
        <div class="nhsuk-inset-text">
          <p>The chat needs JavaScript. For help now, call 111 or go to <a href="https://111.nhs.uk/">111.nhs.uk</a>. If someone's life is at risk, call 999.</p>
        </div>
      </noscript>
      <p class="nhsuk-body-s app-chat__privacy">You do not need to give your name or any other personal details. Read our <a href="/privacy">privacy notice</a>.</p>
    </section>
  </div>
  <div class="nhsuk-grid-column-one-third">
{_emergency_notice()}
    <div class="nhsuk-card">
      <div class="nhsuk-card__content">
        <h2 class="nhsuk-card__heading nhsuk-heading-s">Other ways to get help</h2>
        <ul class="nhsuk-list">
          <li><a href="https://111.nhs.uk/">NHS 111 online</a> or <a href="tel:111">call 111</a>, any time</li>
          <li><a href="https://www.nhs.uk/service-search/pharmacy/find-a-pharmacy">Find a pharmacy</a></li>
          <li><a href="https://www.nhs.uk/service-search/find-a-gp">Find a GP surgery</a></li>
          <li><a href="https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/">Urgent help for mental health</a></li>
        </ul>
      </div>
    </div>
  </div>
</div>
"""
    body_end = (
        f'<script src="/widget.js" data-bot-url="{escape(bot_url)}" data-mode="inline" '
        f'data-container="nhsbot-chat"></script>\n'
    )
    return nhs_layout("Chat about your symptoms", content, body_end=body_end)


PRIVACY_KEPT = "<h2>How long we keep it</h2>"  # the section the pilot pages replace (bot/web/pilot.py)
PRIVACY_AFTER_KEPT = "<h2>This is not a medical record</h2>"


def privacy_page(retention_days: int) -> str:
    content = f"""
<h1>Privacy notice</h1>
<p class="nhsuk-lede-text">This chat helps you find the right NHS service. You do not need to give us any personal details to use it.</p>
{_emergency_notice()}

<h2>What we collect</h2>
<ul>
  <li>the messages you type and the answers you choose</li>
  <li>the advice the chat gives you, and the services it suggests</li>
  <li>a random conversation number made by your browser, so that your messages stay together</li>
</ul>
<p>The chat may ask for an age, whether the person is male or female, whether they may be pregnant, and a postcode or the first part of a postcode (such as DA1). It only uses these to give safe advice and to find services near you.</p>
<div class="nhsuk-inset-text">
  <span class="nhsuk-u-visually-hidden">Information: </span>
  <p>Do not type your name, date of birth, NHS number, address, phone number or email address. We do not need them.</p>
</div>

{PRIVACY_KEPT}
<p>On our server, conversations are kept for {int(retention_days)} days, so that we can check the advice is safe and improve the service. They are then deleted.</p>
<p>In your browser, the conversation is kept in session storage until you close the tab or choose "Start again". We do not use cookies or tracking.</p>

{PRIVACY_AFTER_KEPT}
<p>The conversation is not added to your GP record or any NHS record, and it is not shared with the services it suggests. If you go to a service, tell them about your symptoms yourself.</p>

<h2>Links to other websites</h2>
<p>The "Get directions" link opens Google Maps, which has its own privacy policy. Service websites have their own privacy notices.</p>

<h2>Data we use</h2>
<p>Service details contain public sector information licensed under the Open Government Licence v3.0. Postcode district data © GeoNames, licensed under CC BY 4.0.</p>
"""
    return nhs_layout("Privacy notice", content)


def webchat_demo_page(bot_url: str) -> str:
    content = f"""
<h1>Demo: standard Rasa web client</h1>
<p>This page shows the bot in the standard Rasa web client (<code>rasa-webchat</code>), which talks to the Rasa server over socket.io. The NHS chat on the <a href="/">home page</a> uses the REST channel instead.</p>
{_emergency_notice()}
<div id="webchat" class="app-webchat"></div>
"""
    # the widget's cards draw the bot's custom payloads (widget.js in data-mode="cards")
    extra_head = '  <link rel="stylesheet" href="/widget.css" data-nhsbot-css>\n'
    body_end = (
        '<script src="/widget.js" data-mode="cards"></script>\n'
        '<script src="/vendor/rasa-webchat/index.js"></script>\n'
        f'<script src="/static/webchat-demo.js" data-bot-url="{escape(bot_url)}"></script>\n'
    )
    return nhs_layout("Rasa web client demo", content, extra_head=extra_head, body_end=body_end)


ALLOW_LIST_COMMAND = 'BOT_ALLOWED_ORIGINS="http://localhost:8080 https://www.example-surgery.nhs.uk" bash scripts/run.sh'


def _allow_list(allowed_origins: list[str]) -> str:
    """What a site that embeds the widget needs from the bot: its origin in the allow-list."""
    now = ""
    if allowed_origins:
        items = "".join(f"<li><code>{escape(o)}</code></li>" for o in allowed_origins)
        now = f"<p>This server allows these websites now:</p>\n      <ul>{items}</ul>"
    return f"""<section id="allow-list" aria-labelledby="allow-list-h">
      <h2 id="allow-list-h">The bot must allow your website</h2>
      <p>The chat talks to the bot straight from your visitors' browsers, and the bot answers only websites on its allow-list. Until your website is on it, the chat on your pages answers every message with "Sorry, I can't connect right now".</p>
      <p>Ask whoever runs the bot to add your website's origin (<code>https://</code> and the host name, with a port if it has one and no path, for example <code>https://www.example-surgery.nhs.uk</code>) to the setting <code>BOT_ALLOWED_ORIGINS</code> (space- or comma-separated) and restart the bot. The list replaces the default, so it must keep the bot's own website too:</p>
      <pre class="gp-code"><code>{escape(ALLOW_LIST_COMMAND)}</code></pre>
      <p>That one setting is given to both servers (Rasa's <code>--cors</code> and the website's <code>--allowed-origins</code>). If they are started separately, give the same origins to each: <code>rasa run --cors "https://www.example-surgery.nhs.uk http://localhost:8080" ...</code> and <code>python -m bot.web --allowed-origins https://www.example-surgery.nhs.uk ...</code>.</p>
      {now}
    </section>"""


def embed_demo_page(bot_url: str, widget_src: str, allowed_origins: list[str] | None = None) -> str:
    """A made-up GP practice website that embeds the widget with the one tag, and says what the
    bot must allow for it to work on another website."""
    tag = f'<script src="{escape(widget_src)}" data-bot-url="{escape(bot_url)}"></script>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Riverside Surgery, Dartford (demo site)</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/embed-demo.css">
</head>
<body>
  <header class="gp-header">
    <div class="gp-wrap">
      <p class="gp-brand">Riverside Surgery</p>
      <p class="gp-tagline">Dr A Patel &amp; Partners · Dartford</p>
    </div>
  </header>
  <nav class="gp-nav" aria-label="Practice">
    <div class="gp-wrap">
      <ul>
        <li><a href="/embed-demo">Home</a></li>
        <li><a href="/embed-demo#appointments">Appointments</a></li>
        <li><a href="/embed-demo#opening">Opening times</a></li>
        <li><a href="/privacy">Privacy</a></li>
      </ul>
    </div>
  </nav>
  <main class="gp-wrap" id="main">
    <p class="gp-demo-note">This is a demonstration website. Riverside Surgery is not a real practice.</p>
    <h1>Welcome to Riverside Surgery</h1>
    <p class="gp-alert"><strong>If someone's life is at risk, call 999.</strong></p>
    <section id="appointments" aria-labelledby="appointments-h">
      <h2 id="appointments-h">Not sure where to get help?</h2>
      <p>Use the <strong>NHS help chat</strong> button at the bottom of the page. It asks a few questions and tells you whether to look after yourself at home, see a pharmacist, contact us, call 111 or go to A&amp;E.</p>
      <p>To book an appointment, call us on <a href="tel:01322000000">01322 000000</a>.</p>
    </section>
    <section id="opening" aria-labelledby="opening-h">
      <h2 id="opening-h">Opening times</h2>
      <p>Monday to Friday, 8am to 6:30pm. When we are closed, call 111.</p>
    </section>
    <section aria-labelledby="embed-h">
      <h2 id="embed-h">Adding the chat to your website</h2>
      <p>This page adds the chat with one tag:</p>
      <pre class="gp-code"><code>{escape(tag)}</code></pre>
    </section>
    {_allow_list(allowed_origins or [])}
  </main>
  <footer class="gp-footer">
    <div class="gp-wrap">
      <p>Riverside Surgery (demo). Contains public sector information licensed under the Open Government Licence v3.0. Postcode district data © GeoNames, CC BY 4.0.</p>
    </div>
  </footer>
  {tag}
</body>
</html>
"""
