#!/usr/bin/env bash
# Lints the packed tarball as a consumer receives it: publint --strict and Are The Types Wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
tarball=$(npm pack --silent --pack-destination "$out" | tail -n 1)
npx publint --strict "$out/$tarball"
npx attw --profile esm-only --exclude-entrypoints ./styles.css --format table-flipped "$out/$tarball"
