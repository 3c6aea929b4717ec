#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for this project: Chromium, ffmpeg and redis-server
# from Debian (browser tests, the fake camera, audit-image frames, the shared attempt store's
# tests), then the npm dependencies when node_modules is missing or older than package-lock.json.
# Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# Fonts for the locale screenshots (e2e): without them Japanese and Korean render as empty boxes.
if command -v fc-list >/dev/null 2>&1; then
  [ -n "$(fc-list :lang=ja)" ] || missing+=(fonts-ipafont-gothic)
  [ -n "$(fc-list :lang=ko)" ] || missing+=(fonts-nanum)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
