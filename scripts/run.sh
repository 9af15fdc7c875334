#!/usr/bin/env bash
# Set up, train the model if its inputs changed, and start the bot on localhost:
# website + widget on :8080, Rasa REST/socket.io/HTTP API on :5005, actions on :5055.
# `scripts/run.sh --shell` chats in the terminal instead. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m bot.serve --dev "$@"
