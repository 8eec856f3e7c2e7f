#!/usr/bin/env bash
# Installs Debian's PostgreSQL server for the indexer's PostgreSQL test (it creates and drops a throwaway cluster with
# pg_createcluster; no service is started here).
set -euo pipefail
if command -v pg_createcluster >/dev/null; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "PostgreSQL is needed for the indexer's PostgreSQL test: install it with 'apt-get install -y postgresql' as root." >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
echo "Installed $(pg_config --version 2>/dev/null || echo postgresql)"
