#!/usr/bin/env bash
# Debian packages the test suite uses: Prometheus + promtool (rules and dashboard queries
# against a live scrape) and Chromium (the web console). Installed only when missing.
set -euo pipefail
need=()
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "crisiswatch: please install ${need[*]} (tests needing them will be skipped)" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "crisiswatch: not root and no sudo: install ${need[*]} yourself (tests needing them will be skipped)" >&2
    exit 0
  fi
fi
echo "installing Debian packages: ${need[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
