#!/usr/bin/env bash
# Browser tests of the staff console: Debian's chromium (installed here when missing and running as root) driven by
# playwright-core, against the real API host serving the built console at /t/samarinda/console/. A fresh database
# beside ALGORITMA_DB's gets the migrations, tenants-config/ and eight simulated months of samarinda (scale 0.06,
# about a minute on the shared machine). Expects ALGORITMA_DB and a Release build (test.sh provides both).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
: "${ALGORITMA_DB:?ALGORITMA_DB is not set: run ./test.sh, or export ALGORITMA_DB=\$(infra/local/pg.sh up test)}"
# shellcheck source=../../bench/lib/adoption-steps.sh
source "$ROOT/bench/lib/adoption-steps.sh"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then echo "[console] /usr/bin/chromium is missing: apt-get install chromium (as root)"; exit 1; fi
  echo "[console] installing Debian's chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

"$ROOT/src/Algoritma.Console/build.sh"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

fresh_database algoritma_console_tests
cli db migrate >/dev/null
cli tenants apply --folder "$ROOT/tenants-config" >/dev/null
echo "[console] simulating eight months of samarinda (scale 0.06)"
cli simulate --tenant samarinda --months 8 --scale 0.06 | tail -n 2

PORT=$(free_port)
LOG="$HERE/.api.log"
trap 'stop_api' EXIT
start_api "$PORT" "$LOG"
wait_caught_up 120

cd "$HERE"
ALGORITMA_CONSOLE_API_URL="$API_URL" node --test --test-reporter=spec
