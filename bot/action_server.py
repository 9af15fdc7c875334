"""The action server: Rasa SDK's app, answering only calls that carry this start's shared secret.

    python -m bot.action_server --host 127.0.0.1 --port 5055    # BOT_ACTION_TOKEN must be set

Only Rasa knows the secret (bot.serve gives it to both), so a tracker posted from anywhere else
gets 401 and never sees a patient's state. Errors answer with a bare message, never the request.
"""
from __future__ import annotations

import argparse
import hmac
import logging
import sys

from sanic import Sanic, response
from sanic.request import Request

from bot.privacy.log_filter import redact_logs
from bot.settings import settings

TOKEN_HEADER = "X-Bot-Action-Token"
OPEN_PATHS = {"/health"}
log = logging.getLogger(__name__)


def create_app(token: str) -> Sanic:
    from rasa_sdk.endpoint import create_app as sdk_app

    app = sdk_app("actions", cors_origins=None)

    @app.middleware("request")
    async def require_secret(request: Request):
        if request.path in OPEN_PATHS:
            return None
        if not hmac.compare_digest(request.headers.get(TOKEN_HEADER, ""), token):
            return response.json({"error": "unauthorised"}, status=401)
        return None

    @app.exception(Exception)
    async def failed(request: Request, exception: Exception):
        log.error("action call failed: %s", type(exception).__name__)
        return response.json({"error": "the action failed"}, status=500)

    return app


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default=settings().host)
    ap.add_argument("--port", type=int, default=5055)
    args = ap.parse_args(argv)
    token = settings().action_token
    if not token:
        print("error: set BOT_ACTION_TOKEN (bot.serve does this for you)", file=sys.stderr)
        return 2
    # thinc (under spaCy) imports TensorFlow whenever it is installed (Rasa needs it, the actions do
    # not): about 5 s of start-up and hundreds of MB for nothing (docs/performance.md)
    sys.modules.setdefault("tensorflow", None)  # type: ignore[arg-type]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redact_logs()
    create_app(token).run(host=args.host, port=args.port, workers=1, motd=False, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
