#!/usr/bin/env bash
# The console's browser tests drive the system's Chromium (Playwright's own browser downloads cannot work
# offline). Installs Debian's package when no Chromium is found and this user may run apt-get.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "no Chromium found: install your system's chromium package, or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "installing Debian's chromium for the browser tests"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
