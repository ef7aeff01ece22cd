#!/usr/bin/env bash
# Projection throughput (issue 24, target 2): both adoption projections rebuilt (`projections rebuild`), then caught up
# from zero (`projections catch-up` after their progress and tables are emptied), on a copy of a seed template of the
# private cluster `bench`, synchronous_commit off as for a rebuild. Each round checks that the catch-up leaves every
# adoption table as the rebuild left it (a digest of each table's rows, in order).
#   bench/projections.sh [--size 100k|1M|10M] [--rounds 2]
# The templates are bench/load.sh's (algoritma_seed_100k, _1m; _10m after `bench/load.sh --only "10M:dashboard"`);
# the template is migrated first, so a copy starts at the code's shape. LOAD_CLUSTER as in bench/load.sh.
# Prints each round's seconds and events/s, and the database's time per statement of the last rebuild when the
# cluster preloads pg_stat_statements (docs/benchmarks.md, "Running the benchmarks"). Results: docs/benchmarks.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE=1M ROUNDS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    *) echo "usage: bench/projections.sh [--size 100k|1M|10M] [--rounds N]" >&2; exit 2 ;;
  esac
done
TEMPLATE=algoritma_seed_$(tr '[:upper:]' '[:lower:]' <<<"$SIZE")
COPY=algoritma_projections

API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
dotnet build "$ROOT/src/Algoritma.Api/Algoritma.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
CLUSTER=${LOAD_CLUSTER:-$("$ROOT/infra/local/pg.sh" up bench)}
ALGORITMA_DB=$CLUSTER
export ALGORITMA_DB
source "$ROOT/bench/lib/adoption-steps.sh"
if [ "$(on_postgres "SELECT count(*) FROM pg_database WHERE datname = '$TEMPLATE'")" != 1 ]; then
  echo "no template $TEMPLATE on the cluster: bench/load.sh seeds it" >&2
  exit 1
fi
on_postgres "ALTER SYSTEM SET synchronous_commit = off" >/dev/null
on_postgres "SELECT pg_reload_conf()" >/dev/null
ALGORITMA_DB=$(with_database "$TEMPLATE" "$CLUSTER") cli db migrate >/dev/null
statements=$([[ "$(on_postgres "SHOW shared_preload_libraries")" == *pg_stat_statements* ]] && echo 1 || echo 0)

adoption_tables() { sql "SELECT table_name FROM information_schema.tables WHERE table_schema = 'marten' AND table_name LIKE 'adoption%' ORDER BY 1"; }

# digest: one line per adoption table, its name and the md5 of its rows in order
digest() {
  local table
  for table in $(adoption_tables); do
    echo "$table $(sql "SELECT md5(coalesce(string_agg(t::text, chr(10) ORDER BY t::text), '')) FROM marten.$table t")"
  done
}

# the template's events, which every copy holds (counted once: at 10M a count takes seconds)
EVENTS=$(ALGORITMA_DB=$(with_database "$TEMPLATE" "$CLUSTER") sql "SELECT count(*) FROM marten.mt_events")

# timed LABEL COMMAND...: runs the CLI command, prints its seconds (the process's start included) and events/s
timed() {
  local label=$1 started seconds
  shift
  started=$(date +%s.%N)
  cli "$@" >/dev/null
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  printf '[projections] %s %s: %s events in %.1f s (%.0f events/s)\n' "$SIZE" "$label" "$EVENTS" "$seconds" "$(echo "$EVENTS / $seconds" | bc -l)"
}

for round in $(seq 1 "$ROUNDS"); do
  on_postgres "DROP DATABASE IF EXISTS $COPY WITH (FORCE)" >/dev/null
  on_postgres "CREATE DATABASE $COPY TEMPLATE $TEMPLATE" >/dev/null
  ALGORITMA_DB=$(with_database "$COPY" "$CLUSTER")
  sql "VACUUM ANALYZE" >/dev/null
  if [ "$statements" = 1 ]; then sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()" >/dev/null; fi
  timed "round $round rebuild" projections rebuild
  if [ "$statements" = 1 ] && [ "$round" = "$ROUNDS" ]; then
    sql "SELECT format('  %s s  %s calls  %s', round(total_exec_time::numeric / 1000, 1), calls, left(regexp_replace(query, '\s+', ' ', 'g'), 90))
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         ORDER BY total_exec_time DESC LIMIT 8"
  fi
  rebuilt=$(digest)
  sql "DELETE FROM marten.mt_event_progression WHERE name IN ('Adoption:All', 'AdoptionCitizens:All')" >/dev/null
  for table in $(adoption_tables); do sql "TRUNCATE marten.$table" >/dev/null; done
  timed "round $round catch-up from zero" projections catch-up
  if [ "$(digest)" != "$rebuilt" ]; then
    echo "[projections] the catch-up left other tables than the rebuild" >&2
    diff <(echo "$rebuilt") <(digest) >&2 || true
    exit 1
  fi
  echo "[projections] round $round: the catch-up's tables equal the rebuild's ($(wc -l <<<"$rebuilt") tables)"
done
on_postgres "DROP DATABASE IF EXISTS $COPY WITH (FORCE)" >/dev/null
