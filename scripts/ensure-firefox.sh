#!/usr/bin/env bash
# The Firefox browser tests use Debian's Firefox ESR (or $FIREFOX_PATH). Install it when missing.
set -euo pipefail
bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
[ -x "$bin" ] && exit 0
if [ -n "${FIREFOX_PATH:-}" ]; then
  echo "No Firefox at FIREFOX_PATH=$FIREFOX_PATH." >&2
  exit 1
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing Debian's firefox-esr (needed for the Firefox tests)…" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq firefox-esr >/dev/null
else
  echo "No Firefox at $bin. Install Firefox (140 or later) and set FIREFOX_PATH to its binary." >&2
  exit 1
fi
