#!/usr/bin/env bash
# Adoption analytics benchmark (issue 6): simulator append rate, projection catch-up (with a kill -9 half-way),
# rebuild rate, and the latency of the adoption query, on a private cluster `bench`.
#   bench/adoption.sh [--scale 35] [--reuse]
# --scale 35 gives about one million events for Samarinda's year; --reuse keeps the database of the last run
# (its events) and re-measures the rest. Results go to stdout; bench/adoption-report.py writes them into the
# "Adoption analytics" section of docs/benchmarks.md (replaced in place).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALE=35
REUSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    *) echo "usage: bench/adoption.sh [--scale N] [--reuse]" >&2; exit 2 ;;
  esac
done

API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
source "$ROOT/bench/lib/adoption-steps.sh"
LOG="$ROOT/bench/.api.log"
trap 'kill -KILL ${API_PID:-0} 2>/dev/null || true' EXIT
(cd "$ROOT/bench" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$ROOT/src/Algoritma.Api/Algoritma.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

ALGORITMA_DB=$(with_database algoritma_bench "$("$ROOT/infra/local/pg.sh" up bench)")
export ALGORITMA_DB
# a benchmark cluster: commits return before their WAL is flushed (the simulator commits every ~5,000 events; --one-by-one once per command)
on_postgres "ALTER SYSTEM SET synchronous_commit = off" >/dev/null
on_postgres "SELECT pg_reload_conf()" >/dev/null
SIMULATION=${SIMULATION:-"(the database of an earlier run)"}
if [ $REUSE = 0 ]; then
  fresh_database algoritma_bench
  cli db migrate >/dev/null
  cli tenants apply --folder "$ROOT/tenants-config" >/dev/null
  echo "[bench] simulating twelve months of samarinda at scale $SCALE"
  SIMULATION=$(cli simulate --tenant samarinda --months 12 --end 2026-11-27 --scale "$SCALE" | tail -n 1)
  echo "$SIMULATION"
fi
cli db migrate >/dev/null # a reused database gets this build's projection tables
EVENTS=$(high_water)

echo "[bench] projection catch-up over $EVENTS events, killed half-way"
sql "DELETE FROM marten.mt_event_progression WHERE name IN ('Adoption:All', 'AdoptionCitizens:All')" >/dev/null
sql "TRUNCATE $(sql "SELECT string_agg('marten.' || tablename, ', ') FROM pg_tables WHERE schemaname = 'marten' AND tablename LIKE 'adoption_%'")" >/dev/null
PORT=$(free_port)
START=$(date +%s.%N)
launch_api "$PORT" "$LOG"
until [ "$(progress)" -ge $((EVENTS / 2)) ]; do sleep 0.2; done
KILLED_AT=$(progress)
kill_api
start_api "$PORT" "$LOG"
wait_caught_up 3600
CATCH_UP=$(python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$START" "$(date +%s.%N)")
echo "[bench] caught up in ${CATCH_UP}s (killed at $KILLED_AT of $EVENTS)"
check_counts
FROM=2025-11-24
TO=2026-11-28
AFTER_CRASH=$(answers $FROM $TO)

TOKEN=$(city_admin_token)
latency() { node "$ROOT/bench/graphql-latency.mjs" "$API_URL/t/samarinda/graphql" "$TOKEN" "$1" 20 4; }
KPIS="{ adoption(from: \"$FROM\", to: \"$TO\", granularity: WEEK) { periodStart started completed digitalTakeUp completionRate slaCompliance } }"
FULL="{ adoption(from: \"$FROM\", to: \"$TO\", granularity: WEEK) { periodStart started completed digitalTakeUp completionRate slaCompliance activeCitizens newDigitalCitizens counterVisitsAvoided citizenHoursSaved ikm { value } } }"
echo "[bench] adoption query latency (20 s, 4 connections)"
latency "$KPIS" >/dev/null # warm-up
KPIS_RESULT=$(latency "$KPIS")
FULL_RESULT=$(latency "$FULL")
RSS=$(awk '/VmRSS/ { print int($2 / 1024) " MiB" }' "/proc/$API_PID/status")
echo "kpis: $KPIS_RESULT"; echo "full: $FULL_RESULT"; echo "server RSS: $RSS"
stop_api

echo "[bench] rebuild"
REBUILD=$(cli projections rebuild | tail -n 1)
echo "$REBUILD"
start_api "$PORT" "$LOG"
wait_caught_up 600
REBUILT=$(answers $FROM $TO)
stop_api
if [ "$AFTER_CRASH" != "$REBUILT" ]; then echo "[bench] FAILED: answers after the crash differ from the rebuild's" >&2; exit 1; fi
echo "[bench] answers after kill -9 and restart equal the rebuild's (${#REBUILT} bytes)"

python3 "$ROOT/bench/adoption-report.py" "$ROOT/docs/benchmarks.md" \
  --command "bench/adoption.sh $([ $REUSE = 1 ] && echo "--reuse" || echo "--scale $SCALE")" \
  --events "$EVENTS" --simulation "$SIMULATION" --killed-at "$KILLED_AT" --catch-up "$CATCH_UP" --rebuild "$REBUILD" \
  --kpis "$KPIS_RESULT" --full "$FULL_RESULT" --rss "$RSS" >/dev/null
echo "[bench] written to docs/benchmarks.md (bench/adoption-report.py)"
