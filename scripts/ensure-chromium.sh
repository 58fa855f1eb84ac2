#!/usr/bin/env bash
# Browser tests and `npm start` use Debian's Chromium (or $CHROMIUM_PATH). Install it when missing.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing Debian's chromium (needed for the browser tests)…" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
else
  echo "No Chromium at $bin. Install Chromium and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
