#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (playwright's own browser download is
# not reachable here). Installs it with apt-get when it is missing and we may.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium fehlt: installiere Debians Paket »chromium« mit apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  "$CHROMIUM" --version
else
  echo "Chromium fehlt unter $CHROMIUM. Bitte installieren: sudo apt-get install chromium" >&2
  echo "(oder CHROMIUM_PATH auf ein vorhandenes Chromium setzen)" >&2
  exit 1
fi
