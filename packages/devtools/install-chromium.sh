#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (playwright cannot download browsers here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Chromium is needed for the browser tests: install it with 'apt-get install -y chromium' as root." >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "Installed $(/usr/bin/chromium --version 2>/dev/null | head -1)"
