#!/usr/bin/env bash
# Set up (including Debian's Chromium for the browser tests) and run the whole test suite.
# Lint (ruff) and type checks (mypy, configured in pyproject.toml) run first: they are fast and fail the run.
# The Rasa model is trained at most once per run (and reused while its inputs are unchanged).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
.venv/bin/ruff check bot actions tests scripts
.venv/bin/mypy
.venv/bin/python -m bot.model
exec .venv/bin/python -m pytest -q "$@"
