#!/usr/bin/env bash
# The staff console's speed: the overview's first load with a cold browser cache to the KPI cards (median of 5,
# Debian's chromium) and the initial route's JavaScript gzipped. Uses the private cluster `bench`, a database
# algoritma_console_bench seeded with a simulated year of samarinda at scale 0.25 (kept; --reseed makes it again).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
ALGORITMA_DB=${ALGORITMA_DB:-$("$ROOT/infra/local/pg.sh" up bench)}
export ALGORITMA_DB
# shellcheck source=lib/adoption-steps.sh
source "$ROOT/bench/lib/adoption-steps.sh"

dotnet build "$ROOT/src/Algoritma.Api/Algoritma.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
"$ROOT/src/Algoritma.Console/build.sh"
(cd "$ROOT/tests/console" && npm ci --no-audit --no-fund --loglevel=error)

seeded=$(on_postgres "SELECT 1 FROM pg_database WHERE datname = 'algoritma_console_bench'")
ALGORITMA_DB=$(with_database algoritma_console_bench)
export ALGORITMA_DB
if [ "${1:-}" = "--reseed" ] || [ "$seeded" != 1 ]; then
  fresh_database algoritma_console_bench
  cli db migrate >/dev/null
  cli tenants apply --folder "$ROOT/tenants-config" >/dev/null
  echo "[bench] simulating a year of samarinda (scale 0.25)"
  cli simulate --tenant samarinda --months 12 --scale 0.25 | tail -n 2
else
  cli db migrate >/dev/null
  cli tenants apply --folder "$ROOT/tenants-config" >/dev/null
fi

PORT=$(free_port)
trap 'stop_api' EXIT
start_api "$PORT" "$ROOT/bench/.console-api.log"
wait_caught_up 300

load=$(ALGORITMA_CONSOLE_API_URL="$API_URL" node "$ROOT/bench/console.mjs")
size=$(node "$ROOT/src/Algoritma.Console/scripts/initial-js-size.mjs")
echo "[bench] first load, cold cache, to the KPI cards: $load"
echo "[bench] initial route's JavaScript: $size"
