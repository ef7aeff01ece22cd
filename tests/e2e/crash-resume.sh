#!/usr/bin/env bash
# Crash and resume: kill -9 the API while its daemon is catching up the adoption projection, start it again,
# and check that the answers equal those of a rebuild from the events, and that no event was counted twice.
# Expects ALGORITMA_DB (any database on the cluster; a fresh one is made beside it) and a Release build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
# shellcheck source=../../bench/lib/adoption-steps.sh
source "$ROOT/bench/lib/adoption-steps.sh"
LOG="$ROOT/tests/e2e/.crash-resume.log"
trap 'kill -KILL ${API_PID:-0} 2>/dev/null || true' EXIT

fresh_database algoritma_crash_resume
cli db migrate >/dev/null
cli tenants apply --folder "$ROOT/tenants-config" >/dev/null
echo "[crash-resume] simulating two months of samarinda"
cli simulate --tenant samarinda --months 2 --end 2026-11-27 --scale 0.3 | tail -n 2

PORT=$(free_port)
# small daemon batches, so that the kill lands between two of them
kill_mid_catch_up "$PORT" "$LOG" Projections__BatchSize=25
start_api "$PORT" "$LOG"
wait_caught_up 120
after_crash=$(answers 2026-09-01 2026-11-28)
check_counts
stop_api

cli projections rebuild
start_api "$PORT" "$LOG"
wait_caught_up 120
rebuilt=$(answers 2026-09-01 2026-11-28)
stop_api

if [ "$after_crash" != "$rebuilt" ]; then
  echo "[crash-resume] FAILED: the answers after the crash differ from a rebuild" >&2
  diff <(python3 -m json.tool <<<"$after_crash") <(python3 -m json.tool <<<"$rebuilt") | head -40 >&2
  exit 1
fi
echo "[crash-resume] ok: after kill -9 and restart the answers equal a rebuild's (${#rebuilt} bytes compared)"
