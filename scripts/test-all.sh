#!/usr/bin/env bash
# `npm test`: type check, unit + integration tests (vitest, on TEST_DATABASE_URL or an embedded
# PGlite), then the Playwright suite against a production build in Debian Chromium.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/vitest.json test-results/vitest-unit.json test-results/playwright.json test-results/typecheck.json test-results/lint.json

status=0
echo "== type check"
if npx --no-install tsc --noEmit; then tc_pass=1; tc_fail=0; else tc_pass=0; tc_fail=1; status=1; fi
echo "{\"passed\":$tc_pass,\"failed\":$tc_fail}" > test-results/typecheck.json

echo "== lint and format (Biome: layer boundaries, recommended rules)"
if npx --no-install biome check --diagnostic-level=error .; then lint_pass=1; lint_fail=0; else lint_pass=0; lint_fail=1; status=1; fi
echo "{\"passed\":$lint_pass,\"failed\":$lint_fail}" > test-results/lint.json

echo "== unit and integration tests"
# The two vitest projects (vitest.config.ts) run as two processes side by side, one per core: the integration files
# share one database and run one after another; the unit files touch none. The unit log is printed after.
rm -f test-results/vitest-unit.json test-results/vitest-unit.log
npx --no-install vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/vitest-unit.json \
  > test-results/vitest-unit.log 2>&1 &
unit_pid=$!
npx --no-install vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1
wait "$unit_pid" || status=1
echo "== unit tests (run beside the integration tests above)"
cat test-results/vitest-unit.log

if [ "${SKIP_E2E:-}" != "1" ]; then
  echo "== end-to-end tests (Playwright, Chromium)"
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium}: install Debian's chromium (apt-get install -y chromium)" >&2
    echo '{"stats":{"expected":0,"unexpected":1,"flaky":0}}' > test-results/playwright.json
    status=1
  else
    npx --no-install playwright test || status=1
  fi
fi

node scripts/summarise-tests.mjs test-results/typecheck.json test-results/lint.json test-results/vitest.json test-results/vitest-unit.json test-results/playwright.json
exit $status
