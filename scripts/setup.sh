#!/usr/bin/env bash
# Set up everything the bot and its tests need, idempotently: Python 3.10 venv with pinned
# packages, the NHS design system from npm, and (with --browser) Debian's Chromium for tests.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

find_python() {
  if command -v python3.10 >/dev/null 2>&1 && python3.10 -c 'import sys' >/dev/null 2>&1; then
    command -v python3.10; return
  fi
  if command -v pyenv >/dev/null 2>&1; then
    local v
    v=$(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.[0-9]+)?$' | sort -V | tail -n 1 || true)
    if [ -z "$v" ]; then
      say "Installing Python 3.10 with pyenv"
      pyenv install -s 3.10 >&2
      v=$(pyenv versions --bare | grep -E '^3\.10(\.[0-9]+)?$' | sort -V | tail -n 1)
    fi
    echo "$(pyenv root)/versions/$v/bin/python"; return
  fi
  echo "Python 3.10 is needed (python3.10 on PATH, or pyenv)." >&2; exit 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

stamp_of() { cat pyproject.toml constraints.txt | sha256sum | cut -c1-16; }

if [ ! -x .venv/bin/python ]; then
  py=$(find_python)
  say "Creating .venv with $py"
  "$py" -m venv .venv
fi
if [ "$(cat .venv/.setup-stamp 2>/dev/null)" != "$(stamp_of)" ]; then
  say "Installing pinned Python packages (constraints.txt)"
  .venv/bin/python -m pip install -q --disable-pip-version-check "pip==24.0"
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[test]"
  stamp_of > .venv/.setup-stamp
fi

npm_stamp=$(sha256sum package-lock.json | cut -c1-16)
if [ "$(cat node_modules/.setup-stamp 2>/dev/null)" != "$npm_stamp" ]; then
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  say "Installing the NHS design system and the Rasa web client (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$npm_stamp" > node_modules/.setup-stamp
fi

# PostgreSQL and Redis: the shared tracker and lock stores of several servers (docs/deployment.md);
# the tests start their own on loopback.
command -v redis-server >/dev/null 2>&1 && [ -d /usr/lib/postgresql ] || apt_install postgresql redis-server

if [ "${1:-}" = "--browser" ]; then
  [ -x /usr/bin/chromium ] || apt_install chromium
fi
