"""Routes of the website: pages, the embeddable widget, and front-end assets from node_modules."""

from __future__ import annotations

from pathlib import Path

from sanic import Sanic, response
from sanic.exceptions import NotFound
from sanic.request import Request

from . import pages, pilot
from .app import (
    STATIC_DIR,
    WebConfig,
    nhsuk_css_without_font_cdn,
    webchat_bundle_without_font_cdn,
)
from .security import cors_headers, security_headers

HTML_CACHE = {"Cache-Control": "no-cache"}
ASSET_CACHE = {"Cache-Control": "public, max-age=3600"}
WIDGET_CACHE = {"Cache-Control": "public, max-age=300"}

JS = "application/javascript; charset=utf-8"
CSS = "text/css; charset=utf-8"

GET_HEAD = ["GET", "HEAD"]  # Sanic drops the body of HEAD answers

MISSING_ASSET = "Front-end package not installed: run `npm ci` in the repository root.\n"


def _absolute(request: Request, path: str) -> str:
    """An absolute URL on this site for the host the browser used (for the embed snippet)."""
    scheme = request.headers.get("x-forwarded-proto") or request.scheme or "http"
    host = request.headers.get("x-forwarded-host") or request.host
    return f"{scheme}://{host}{path}"


def register_routes(app: Sanic, config: WebConfig) -> None:
    cache: dict[str, bytes] = {}

    def read_cached(key: str, path: Path, transform=None) -> bytes | None:
        if key not in cache:
            if not path.is_file():
                return None
            data = path.read_bytes()
            if transform is not None:
                data = transform(data.decode("utf-8")).encode("utf-8")
            cache[key] = data
        return cache[key]

    # ---- pages -------------------------------------------------------------------------------

    @app.route("/", methods=GET_HEAD)
    async def home(request: Request):
        return response.html(pages.home_page(config.bot_url), headers=HTML_CACHE)

    @app.route("/privacy", methods=GET_HEAD)
    async def privacy(request: Request):
        return response.html(pilot.privacy_page(config.retention_days), headers=HTML_CACHE)  # + the pilot record

    @app.route("/embed-demo", methods=GET_HEAD)
    async def embed_demo(request: Request):
        page = pages.embed_demo_page(config.bot_url, _absolute(request, "/widget.js"), config.allowed_origins)
        return response.html(page, headers=HTML_CACHE)

    @app.route("/demo/webchat", methods=GET_HEAD)
    async def webchat_demo(request: Request):
        return response.html(pages.webchat_demo_page(config.bot_url), headers=HTML_CACHE)

    @app.route("/healthz", methods=GET_HEAD)
    async def healthz(request: Request):
        return response.json({"status": "ok", "assets_installed": not config.missing_assets()})

    # ---- the embeddable widget (CORS for the allowed origins) ---------------------------------

    def widget_asset(request: Request, filename: str, content_type: str):
        headers = dict(WIDGET_CACHE)
        headers.update(cors_headers(request.headers.get("origin"), config.allowed_origins))
        if request.method == "OPTIONS":
            return response.empty(status=204, headers=headers)
        body = read_cached(filename, STATIC_DIR / filename)
        if body is None:  # pragma: no cover - the files ship with the package
            return response.text("widget asset missing\n", status=500)
        return response.raw(body, headers=headers, content_type=content_type)

    @app.route("/widget.js", methods=["GET", "HEAD", "OPTIONS"])
    async def widget_js(request: Request):
        return widget_asset(request, "widget.js", JS)

    @app.route("/widget.css", methods=["GET", "HEAD", "OPTIONS"])
    async def widget_css(request: Request):
        return widget_asset(request, "widget.css", CSS)

    # ---- site assets and nhsuk-frontend / rasa-webchat from node_modules ----------------------

    app.static("/static", str(STATIC_DIR), name="site_static")

    def vendored(url: str, key: str, path, content_type: str, clean=None) -> None:
        """Serve one file from node_modules (cached, optionally cleaned of CDN references)."""

        async def handler(request: Request):
            body = read_cached(key, path, clean)
            if body is None:
                return response.text(MISSING_ASSET, status=503)
            return response.raw(body, headers=ASSET_CACHE, content_type=content_type)

        app.add_route(handler, url, methods=GET_HEAD, name=key.replace(".", "_"))

    vendored("/nhsuk/nhsuk-frontend.min.css", "nhsuk.css", config.nhsuk_css, CSS, nhsuk_css_without_font_cdn)
    vendored("/nhsuk/nhsuk-frontend.min.js", "nhsuk.js", config.nhsuk_js, JS)
    vendored("/vendor/rasa-webchat/index.js", "webchat.js", config.webchat_bundle, JS,
             webchat_bundle_without_font_cdn)

    if config.nhsuk_assets.is_dir():
        app.static("/assets", str(config.nhsuk_assets), name="nhsuk_assets")

        @app.route("/favicon.ico", methods=GET_HEAD)
        async def favicon(request: Request):
            return await response.file(
                str(config.nhsuk_assets / "images" / "favicon.ico"), headers=ASSET_CACHE
            )

    else:

        @app.get("/assets/<rest:path>")
        async def assets_missing(request: Request, rest: str):
            return response.text(MISSING_ASSET, status=503)

    # ---- headers on every response, and an NHS-styled 404 ------------------------------------

    @app.exception(NotFound)
    async def not_found(request: Request, exception: Exception):
        content = (
            "<h1>Page not found</h1>\n"
            '<p>If you typed the web address, check it is correct.</p>\n'
            '<p>Go to the <a href="/">home page</a> to use the chat.</p>\n'
        )
        return response.html(pages.nhs_layout("Page not found", content), status=404)

    @app.on_response
    async def add_security_headers(request: Request, resp):
        csp = config.csp_webchat_demo if request.path == "/demo/webchat" else config.csp
        for key, value in security_headers(csp).items():
            resp.headers[key] = value
