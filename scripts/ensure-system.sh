#!/usr/bin/env bash
# What the tests need from Debian, installed with apt-get when it is missing
# (as root; otherwise it says what to install):
# - Chromium for the browser tests (playwright's own browser download is not
#   reachable here) and a few fonts, so pages render as visitors see them;
# - Java for the W3C Nu HTML checker (npm package vnu-jar);
# - nginx and Apache, to test the shipped server configurations (deploy/).
# Installing a server must not leave a system service running or holding
# port 80: a policy-rc.d forbids service starts during the install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=(
  chromium
  fonts-dejavu-core
  fonts-liberation
  default-jre-headless
  nginx
  libnginx-mod-http-brotli-filter
  apache2
  openssl
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Für die Tests fehlt: ${missing[*]} – installiere mit apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  # No service may start while packages install (Debian starts nginx/apache2 otherwise).
  policy=/usr/sbin/policy-rc.d
  had_policy=0
  [ -e "$policy" ] && had_policy=1
  if [ "$had_policy" = 0 ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The tests start nginx and Apache themselves; the packages' own services must
  # not come up at the next boot either (systemd enables them on install).
  if [ -d /run/systemd/system ]; then
    for service in nginx apache2; do
      if [[ " ${missing[*]} " == *" $service "* ]]; then
        systemctl disable --now "$service" >/dev/null 2>&1 || true
      fi
    done
  fi
  [ -x "$CHROMIUM" ] && "$CHROMIUM" --version
else
  echo "Für die Tests fehlt: ${missing[*]}. Bitte installieren: sudo apt-get install ${PACKAGES[*]}" >&2
  exit 1
fi
