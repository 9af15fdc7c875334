"""The website's Sanic application: configuration, asset locations and the app factory."""

from __future__ import annotations

import itertools
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sanic import Sanic

from bot.settings import settings

from .security import content_security_policy, normalise_origins, origin_of
from .staff import StaffAccounts

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
STATIC_DIR = PACKAGE_DIR / "static"

_app_numbers = itertools.count(1)

# nhsuk-frontend's compiled CSS loads the Frutiger web font from the NHS font CDN. This site serves
# nothing from a CDN and its CSP allows fonts from 'self' only, so the @font-face rules are removed
# when the CSS is served; the NHS font stack then falls back to Arial, as it does for NHS.UK
# when the font cannot load.
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
# The same for the rasa-webchat bundle, whose injected CSS @imports a Google Fonts stylesheet.
_GOOGLE_FONTS_IMPORT = re.compile(r"@import url\(https://fonts\.googleapis\.com/[^)]*\);")


@dataclass
class WebConfig:
    bot_url: str
    allowed_origins: list[str]
    node_modules: Path
    retention_days: int  # BOT_RETENTION_DAYS, as `bot purge` deletes: what the privacy notice says
    csp: str = field(init=False)
    csp_webchat_demo: str = field(init=False)

    def __post_init__(self) -> None:
        self.csp = content_security_policy(self.bot_url)
        self.csp_webchat_demo = content_security_policy(self.bot_url, third_party_client=True)

    @property
    def nhsuk_dist(self) -> Path:
        return self.node_modules / "nhsuk-frontend" / "dist" / "nhsuk"

    @property
    def nhsuk_css(self) -> Path:
        return self.nhsuk_dist / "nhsuk-frontend.min.css"

    @property
    def nhsuk_js(self) -> Path:
        return self.nhsuk_dist / "nhsuk-frontend.min.js"

    @property
    def nhsuk_assets(self) -> Path:
        return self.nhsuk_dist / "assets"

    @property
    def webchat_bundle(self) -> Path:
        return self.node_modules / "rasa-webchat" / "lib" / "index.js"

    def missing_assets(self) -> list[Path]:
        wanted = [self.nhsuk_css, self.nhsuk_js, self.nhsuk_assets, self.webchat_bundle]
        return [p for p in wanted if not p.exists()]


def nhsuk_css_without_font_cdn(css: str) -> str:
    """nhsuk-frontend CSS with its CDN @font-face rules removed (see ``_FONT_FACE``)."""
    return _FONT_FACE.sub("", css)


def webchat_bundle_without_font_cdn(js: str) -> str:
    """The rasa-webchat bundle with its Google Fonts ``@import`` removed."""
    return _GOOGLE_FONTS_IMPORT.sub("", js)


def normalise_bot_url(bot_url: str) -> str:
    """The bot's base URL without a trailing slash; must be an absolute http(s) URL."""
    bot_url = (bot_url or "").strip().rstrip("/")
    origin_of(bot_url)  # raises ValueError when not http(s)
    return bot_url


def create_app(
    bot_url: str,
    allowed_origins: list[str],
    *,
    node_modules: str | os.PathLike | None = None,
    name: str | None = None,
    database_url: str | None = None,
    staff: StaffAccounts | None = None,
) -> Sanic:
    """Build the website app.

    ``bot_url``: base URL of the Rasa server the widget talks to (REST channel, and socket.io for
    the web client demo). ``allowed_origins``: origins (``scheme://host[:port]``, or ``*``) that may
    fetch ``/widget.js`` and ``/widget.css`` with CORS. ``node_modules``: where ``npm ci`` put the
    front-end packages (default: the settings' ``BOT_NODE_MODULES``, else ``<repo>/node_modules``).
    """
    from . import pilot  # local imports: both import this module
    from .routes import register_routes

    modules = Path(node_modules or settings().node_modules)
    config = WebConfig(
        bot_url=normalise_bot_url(bot_url),
        allowed_origins=normalise_origins(allowed_origins),
        node_modules=modules.resolve(),
        retention_days=settings().retention_days,
    )
    missing = config.missing_assets()
    if missing:
        logger.warning(
            "Front-end packages missing (%s): run `npm ci` in the repository root. "
            "Pages will load without the NHS styles.",
            ", ".join(str(p) for p in missing),
        )

    app = Sanic(name or f"nhsbot_web_{next(_app_numbers)}")
    app.config.FALLBACK_ERROR_FORMAT = "text"
    app.ctx.web = config
    register_routes(app, config)
    # the pilot pages: staff sign-in (BOT_CLINICIANS, BOT_COMMISSIONERS), records in BOT_DATABASE_URL
    pilot.register(app, pilot.pilot_config(database_url, staff, config.retention_days))
    return app
