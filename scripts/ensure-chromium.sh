#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (playwright's own browser download is
# not reachable here), with a few fonts so that pages render as visitors see
# them. Installs what is missing with apt-get when we may.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=(chromium fonts-dejavu-core fonts-liberation)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ -x "$CHROMIUM" ] && { [ "${#missing[@]}" -eq 0 ] || [ -n "${CHROMIUM_PATH:-}" ]; }; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Für die Browser-Tests fehlt: ${missing[*]} – installiere mit apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  "$CHROMIUM" --version
else
  echo "Für die Browser-Tests fehlt: ${missing[*]}. Bitte installieren: sudo apt-get install ${PACKAGES[*]}" >&2
  echo "(oder CHROMIUM_PATH auf ein vorhandenes Chromium setzen)" >&2
  exit 1
fi
