#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages, when it is missing:
# Chromium (driven by playwright-core; no browser is ever downloaded), a Chinese font (without
# one, pages render as empty boxes), poppler-utils (pdftotext for the print test) and nginx-light
# (tests/build/nginx.test.ts runs its own nginx process on a free loopback port and never uses
# the system service; on a machine with systemd, apt may start that service on port 80).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk\|noto serif cjk' || need+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
if [ ${#need[@]} -eq 0 ]; then
  echo "test machine ready: chromium, a CJK font, pdftotext and nginx are installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${need[@]}"
