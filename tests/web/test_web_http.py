"""HTTP-level checks of the website: pages, security headers, CSP, CORS, assets (no browser)."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import httpx
import pytest

from bot.web import create_app
from bot.web.app import nhsuk_css_without_font_cdn, webchat_bundle_without_font_cdn
from bot.web.security import content_security_policy, cors_headers, normalise_origins, origin_of

PAGES = ["/", "/privacy", "/embed-demo", "/demo/webchat"]


class ScriptAudit(HTMLParser):
    """Collects inline scripts, event-handler attributes, inline styles and script sources."""

    def __init__(self) -> None:
        super().__init__()
        self.inline_scripts: list[str] = []
        self.handlers: list[str] = []
        self.style_attrs: list[str] = []
        self.style_elements = 0
        self.script_srcs: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")
        if "style" in attrs:
            self.style_attrs.append(tag)
        if tag == "style":
            self.style_elements += 1
        if tag == "script":
            if attrs.get("src"):
                self.script_srcs.append(attrs["src"])
            else:
                self._in_inline_script = True
                self.inline_scripts.append("")

    def handle_data(self, data):
        if self._in_inline_script:
            self.inline_scripts[-1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False


def audit(html: str) -> ScriptAudit:
    parser = ScriptAudit()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def client(web):
    with httpx.Client(base_url=web.url, timeout=10) as c:
        yield c


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_csp_and_security_headers(client, web, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["img-src"] == "'self' data:"
    assert directives["frame-ancestors"] == "'self'"
    assert directives["object-src"] == "'none'"
    connect = directives["connect-src"].split()
    assert "'self'" in connect and web.bot_url in connect
    if path == "/demo/webchat":  # the third-party Rasa web client injects <style> elements
        assert directives["style-src"] == "'self' 'unsafe-inline'"
    else:
        assert directives["style-src"] == "'self'"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert r.headers["x-frame-options"] == "SAMEORIGIN"


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_or_style(client, path):
    found = audit(client.get(path).text)
    assert found.inline_scripts == []
    assert found.handlers == []
    assert found.style_attrs == []
    assert found.style_elements == 0
    assert found.script_srcs, "every page loads its JavaScript from files"


def test_home_page_content(client, web):
    html = client.get("/").text
    assert 'class="nhsuk-header' in html
    assert "Call 999 if someone's life is at risk" in html
    assert "nhsuk-card--care--emergency" in html
    assert f'src="/widget.js" data-bot-url="{web.bot_url}"' in html
    assert "Contains public sector information licensed under the" in html
    assert "Open Government Licence v3.0" in html
    text = re.sub(r"<[^>]+>", "", html)
    assert "Contains public sector information licensed under the Open Government Licence v3.0" in text
    assert "Postcode district data © GeoNames, CC BY 4.0" in text
    assert 'href="/privacy"' in html
    assert "/nhsuk/nhsuk-frontend.min.css" in html


def test_privacy_page_says_what_is_kept_and_for_how_long(client):
    html = client.get("/privacy").text
    assert "<h1>Privacy notice</h1>" in html
    assert "30 days" in html
    assert "not a medical record" in html
    assert "session storage" in html
    assert "do not need" in html.lower()


def test_embed_demo_uses_the_one_tag(client, web):
    html = client.get("/embed-demo").text
    tag = f'<script src="{web.url}/widget.js" data-bot-url="{web.bot_url}"></script>'
    assert tag in html
    assert html.count("<script") == 1


def test_webchat_demo_page_and_bundle(client, web):
    html = client.get("/demo/webchat").text
    srcs = audit(html).script_srcs
    assert "/vendor/rasa-webchat/index.js" in srcs
    assert "/static/webchat-demo.js" in srcs
    assert f'data-bot-url="{web.bot_url}"' in html
    bundle = client.get("/vendor/rasa-webchat/index.js")
    assert bundle.status_code == 200
    assert bundle.headers["content-type"].startswith("application/javascript")
    assert "WebChat" in bundle.text[:2000]
    assert "fonts.googleapis.com" not in bundle.text
    demo_js = client.get("/static/webchat-demo.js").text
    assert "socketUrl" in demo_js and "/socket.io/" in demo_js


def test_nhsuk_frontend_served_from_node_modules_without_cdn(client):
    css = client.get("/nhsuk/nhsuk-frontend.min.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert ".nhsuk-header" in css.text
    assert "assets.nhs.uk" not in css.text
    js = client.get("/nhsuk/nhsuk-frontend.min.js")
    assert js.status_code == 200 and "initAll" in js.text
    for asset in ["/assets/images/favicon.svg", "/assets/images/nhsuk-icon-cross.svg", "/favicon.ico"]:
        assert client.get(asset).status_code == 200, asset


def test_widget_assets(client):
    js = client.get("/widget.js")
    assert js.status_code == 200
    assert js.headers["content-type"].startswith("application/javascript")
    assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text
    assert "eval(" not in js.text
    css = client.get("/widget.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.head("/widget.js").status_code == 200


@pytest.mark.parametrize("asset", ["/widget.js", "/widget.css"])
def test_widget_cors_only_for_allowed_origins(client, web, asset):
    allowed = client.get(asset, headers={"Origin": web.allowed_origin})
    assert allowed.headers.get("access-control-allow-origin") == web.allowed_origin
    assert "Origin" in allowed.headers.get("vary", "")
    other = client.get(asset, headers={"Origin": "http://other.example"})
    assert other.status_code == 200
    assert "access-control-allow-origin" not in other.headers
    none = client.get(asset)
    assert "access-control-allow-origin" not in none.headers
    preflight = client.options(asset, headers={"Origin": web.allowed_origin})
    assert preflight.status_code == 204
    assert preflight.headers.get("access-control-allow-origin") == web.allowed_origin


def test_pages_do_not_get_cors(client, web):
    r = client.get("/", headers={"Origin": web.allowed_origin})
    assert "access-control-allow-origin" not in r.headers


def test_not_found_is_an_nhs_page(client):
    r = client.get("/no-such-page")
    assert r.status_code == 404
    assert "Page not found" in r.text
    assert "content-security-policy" in r.headers


# ---- units --------------------------------------------------------------------------------


def test_origin_helpers():
    assert origin_of("https://Bot.Example.org:5005/some/path") == "https://bot.example.org:5005"
    assert origin_of("http://localhost:5005/") == "http://localhost:5005"
    with pytest.raises(ValueError):
        origin_of("javascript:alert(1)")
    assert normalise_origins(["https://a.example, https://b.example/", "*", ""]) == [
        "https://a.example",
        "https://b.example",
        "*",
    ]


def test_csp_builder():
    csp = content_security_policy("https://bot.example.org:5005/")
    assert "connect-src 'self' https://bot.example.org:5005 wss://bot.example.org:5005" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp


def test_cors_builder():
    allowed = ["https://gp.example"]
    assert cors_headers("https://gp.example", allowed)["Access-Control-Allow-Origin"] == "https://gp.example"
    assert "Access-Control-Allow-Origin" not in cors_headers("https://evil.example", allowed)
    assert "Access-Control-Allow-Origin" not in cors_headers("null", allowed)
    assert cors_headers("https://any.example", ["*"])["Access-Control-Allow-Origin"] == "https://any.example"


def test_font_cdn_is_stripped():
    css = "a{b:c}@font-face{font-family:X;src:url(https://assets.nhs.uk/f.woff2)}d{e:f}"
    assert nhsuk_css_without_font_cdn(css) == "a{b:c}d{e:f}"
    js = '"@import url(https://fonts.googleapis.com/css?family=Inter:400&display=swap);",".x{}"'
    assert webchat_bundle_without_font_cdn(js) == '"",".x{}"'


def test_create_app_validates_bot_url(tmp_path):
    with pytest.raises(ValueError):
        create_app("not a url", [])
    app = create_app("http://localhost:5005/", ["https://gp.example"], node_modules=tmp_path)
    assert app.ctx.web.bot_url == "http://localhost:5005"
    assert app.ctx.web.allowed_origins == ["https://gp.example"]
    assert app.ctx.web.missing_assets()  # empty node_modules folder: warns, still builds


def test_cli_rejects_a_bad_bot_url():
    proc = subprocess.run(
        [sys.executable, "-m", "bot.web", "--bot-url", "ftp://nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "not an absolute http(s) URL" in proc.stderr
