#!/usr/bin/env bash
# What a NOTIFY inside a write's transaction costs its commit (docs/benchmarks-log.md, "Notifications and the write's
# commit"): pgbench, 8 clients, the same two-row write with and without `pg_notify` before COMMIT, alternating, on a
# fresh database of the private cluster `bench` (synchronous_commit on, as production). A notifying transaction holds
# PostgreSQL's database-wide notification lock from pre-commit to the end of its commit, WAL flush included, so its
# commits cannot share a flush: compare the transactions per second and the WAL flushes per transaction.
#   bench/notify-commit.sh [--seconds 10] [--rounds 3]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=10 ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    *) echo "usage: bench/notify-commit.sh [--seconds N] [--rounds N]" >&2; exit 2 ;;
  esac
done
ALGORITMA_DB=${BENCH_CLUSTER:-$("$ROOT/infra/local/pg.sh" up bench)}
source "$ROOT/bench/lib/database.sh"
on_postgres "ALTER SYSTEM SET synchronous_commit = on" >/dev/null
on_postgres "SELECT pg_reload_conf()" >/dev/null
fresh_database algoritma_notify_commit
sql < "$ROOT/bench/notify-commit/schema.sql"
PORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ALGORITMA_DB")
PGBENCH=$(dirname "$PSQL_BIN")/pgbench
for round in $(seq "$ROUNDS"); do
  for script in write write-notify; do
    before=$(sql "SELECT wal_sync FROM pg_stat_wal")
    tps=$("$PGBENCH" -h 127.0.0.1 -p "$PORT" -U postgres -n -M prepared -c 8 -j 2 -T "$SECONDS_EACH" \
      -f "$ROOT/bench/notify-commit/$script.sql" algoritma_notify_commit | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
    syncs=$(( $(sql "SELECT wal_sync FROM pg_stat_wal") - before ))
    printf '%-13s round %s: %8.0f transactions/s, %.2f WAL flushes per transaction\n' "$script" "$round" "$tps" \
      "$(echo "$syncs / ($tps * $SECONDS_EACH)" | bc -l)"
  done
done
on_postgres "DROP DATABASE algoritma_notify_commit WITH (FORCE)" >/dev/null
