#!/usr/bin/env bash
# The whole test suite, as CI runs it (README: `npm test`). Sets up a fresh machine first, then:
# types, the library build and its package checks, size budgets, and every Vitest project
# (jsdom units, Node emulator/server tests, Chromium component and story tests; the Node tests
# again under Node 22 and 24; then the end-to-end suite on its own so it has the machine to
# itself; then the adopter apps of test/apps). Its last line is `N passed, N failed`, counted from
# Vitest's JSON reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

step() { printf '\n== %s\n' "$*" >&2; }

step typecheck
npx tsc -p tsconfig.json --noEmit
step lint
npx eslint .
npx prettier --check . --log-level warn
step build
npx vite build --logLevel warn
step package checks
bash scripts/check-package.sh
step size budgets
npx size-limit

# run_vitest NODE NAME ARGS…: one Vitest run under the given Node binary, its JSON report kept as NAME.
run_vitest() {
  local node=$1 name=$2
  shift 2
  step "vitest: $name"
  "$node" node_modules/vitest/vitest.mjs run "$@" --reporter=default --reporter=json \
    --outputFile.json="$reports/$name.json" || true
}
run_vitest node components --project unit --project node --project browser --project storybook
# The server and emulator entries run on the user's Node: the node project again on each newer line.
for major in 22 24; do
  run_vitest "$(bash scripts/node-versions.sh "$major")" "node-$major" --project node
done
run_vitest node e2e --project e2e
# Adopter apps (test/apps): Next.js 16, Vite + React 19 (pnpm) and Vite + React 18, each installing the
# packed tarball and the README's install line from the registry, built, type-checked and driven through
# one check in Chromium. Their folders outside the repo and the package managers' caches are kept.
run_vitest node adopter-apps --project apps

node scripts/count-tests.mjs "$reports"/*.json
