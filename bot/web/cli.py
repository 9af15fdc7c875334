"""Command line: ``python -m bot.web --host 127.0.0.1 --port 8080 --bot-url http://localhost:5005``."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .app import create_app


def build_parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog="python -m bot.web",
        description="Serve the NHS signposting website, the embeddable widget and the demos.",
    )
    parser.add_argument("--host", default=env("NHSBOT_WEB_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(env("NHSBOT_WEB_PORT", "8080")))
    parser.add_argument(
        "--bot-url",
        default=env("NHSBOT_BOT_URL", "http://localhost:5005"),
        help="base URL of the Rasa server, as the browser reaches it (default %(default)s)",
    )
    parser.add_argument(
        "--allowed-origins",
        nargs="*",
        default=[o for o in env("NHSBOT_ALLOWED_ORIGINS", "").split(",") if o.strip()],
        metavar="ORIGIN",
        help="origins allowed to fetch widget.js/widget.css with CORS "
        "(space- or comma-separated, e.g. https://www.example-surgery.nhs.uk; '*' for any)",
    )
    parser.add_argument(
        "--node-modules",
        default=env("NHSBOT_WEB_NODE_MODULES"),
        help="folder where `npm ci` installed nhsuk-frontend and rasa-webchat "
        "(default: <repo>/node_modules)",
    )
    parser.add_argument(
        "--retention-days",
        type=int,
        default=int(env("NHSBOT_RETENTION_DAYS", "30")),
        help="how long the server keeps conversations, as stated in the privacy notice",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        app = create_app(
            args.bot_url,
            args.allowed_origins,
            node_modules=args.node_modules,
            retention_days=args.retention_days,
            name="nhsbot_web",
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    app.run(host=args.host, port=args.port, access_log=args.access_log, motd=False, workers=1)
    return 0
