#!/usr/bin/env bash
# Private PostgreSQL cluster for development and tests; no Docker needed.
#   infra/local/pg.sh up NAME     start (or reuse) cluster NAME, print its connection string
#   infra/local/pg.sh down NAME   stop it
#   infra/local/pg.sh psql NAME   open psql on it
# As root the cluster runs as the `postgres` user with its files in the system temp folder (postgres
# may not be able to enter the checkout); otherwise as the current user under .data/. Each checkout
# gets its own ports, so two checkouts never share a cluster by accident.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ACTION=${1:-up}
NAME=${2:-dev}

log() { echo "[pg] $*" >&2; }

find_pg_bin() {
  local v
  for v in 17 16 15 14; do
    if [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]; then echo "/usr/lib/postgresql/$v/bin"; return; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL server binaries missing: installing Debian's postgresql package"
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    find_pg_bin_installed && return
  fi
  log "PostgreSQL server binaries not found. On Debian/Ubuntu: sudo apt-get install postgresql"
  log "or point ALGORITMA_DB at an existing server."
  exit 1
}
find_pg_bin_installed() { local d; d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1); [ -n "$d" ] && echo "$d"; }

PG_BIN=$(find_pg_bin)
HASH=$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
case "$NAME" in dev) OFFSET=0 ;; test) OFFSET=1 ;; bench) OFFSET=2 ;; *) OFFSET=3 ;; esac
PORT=$((20000 + (HASH % 4000) * 4 + OFFSET))

if [ "$(id -u)" = 0 ]; then
  DATA_DIR="${TMPDIR:-/tmp}/algoritma-pg-$HASH/$NAME"
  as_pg() { runuser -u postgres -- "$@"; }
  mkdir -p "$(dirname "$DATA_DIR")" "$ROOT/.data"
  chown postgres "$(dirname "$DATA_DIR")"
  echo "$DATA_DIR" > "$ROOT/.data/pg-$NAME.location"
else
  DATA_DIR="$ROOT/.data/pg-$NAME"
  as_pg() { "$@"; }
  mkdir -p "$ROOT/.data"
fi

connection_string() { echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=algoritma"; }
is_running() { as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; }

init_cluster() {
  log "initialising cluster '$NAME' in $DATA_DIR"
  as_pg mkdir -p "$DATA_DIR"
  as_pg "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PORT"
    echo "unix_socket_directories = '$DATA_DIR'"
    echo "max_connections = 200"
    if [ "$NAME" = test ]; then
      echo "fsync = off"; echo "synchronous_commit = off"; echo "full_page_writes = off"
    fi
  } | as_pg tee -a "$DATA_DIR/postgresql.conf" >/dev/null
}

up() {
  [ -f "$DATA_DIR/PG_VERSION" ] || init_cluster
  if ! is_running; then
    log "starting cluster '$NAME' on 127.0.0.1:$PORT"
    as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 start >/dev/null
  fi
  local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qtAX)
  if [ "$("${psql[@]}" -c "select 1 from pg_database where datname = 'algoritma'")" != 1 ]; then
    "${psql[@]}" -c "create database algoritma" >/dev/null
  fi
  connection_string
}

case "$ACTION" in
  up) up ;;
  down) if is_running; then as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null; fi ;;
  psql) exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d algoritma ;;
  url) connection_string ;;
  *) echo "usage: $0 up|down|psql|url NAME" >&2; exit 2 ;;
esac
