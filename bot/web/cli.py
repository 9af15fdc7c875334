"""Command line: ``python -m bot.web --host 127.0.0.1 --port 8080 --bot-url http://localhost:5005``."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.settings import settings

from .app import create_app


def build_parser() -> argparse.ArgumentParser:
    env = settings()
    parser = argparse.ArgumentParser(
        prog="python -m bot.web",
        description="Serve the NHS signposting website, the embeddable widget and the demos.",
    )
    parser.add_argument("--host", default=env.web_host)
    parser.add_argument("--port", type=int, default=env.web_port)
    parser.add_argument(
        "--bot-url",
        default=env.bot_url,
        help="base URL of the Rasa server, as the browser reaches it (default %(default)s)",
    )
    parser.add_argument(
        "--allowed-origins",
        nargs="*",
        default=list(env.allowed_origins),
        metavar="ORIGIN",
        help="origins allowed to fetch widget.js/widget.css with CORS "
        "(space- or comma-separated, e.g. https://www.example-surgery.nhs.uk; '*' for any)",
    )
    parser.add_argument(
        "--node-modules",
        default=str(env.node_modules),
        help="folder where `npm ci` installed nhsuk-frontend and rasa-webchat "
        "(default: <repo>/node_modules)",
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
            name="nhsbot_web",
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    app.run(host=args.host, port=args.port, access_log=args.access_log, motd=False, workers=1)
    return 0
