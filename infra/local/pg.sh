#!/usr/bin/env bash
# Private PostgreSQL cluster for development and tests; no Docker needed.
#   infra/local/pg.sh up NAME     start (or reuse) cluster NAME, creating it the first time; print its connection string
#   infra/local/pg.sh down NAME   stop it
#   infra/local/pg.sh psql NAME   open psql on its `algoritma` database
#   infra/local/pg.sh url NAME    print its connection string (starts nothing, installs nothing)
# NAME: dev (./run.sh), test (./test.sh), bench (bench/*.sh) or any other word; default dev.
#
# What it does to the machine (docs/operations.md):
# - PostgreSQL server binaries are taken from /usr/lib/postgresql/*/bin or the PATH. When there are none, `up` run as
#   root with apt-get INSTALLS Debian's `postgresql` package (apt-get update, apt-get install postgresql), announcing it
#   first; ALGORITMA_PG_INSTALL=no refuses that (it then stops and says how to install). Not as root it only says how.
#   Debian's package creates its own cluster `main` (port 5432) as well, which this script does not use.
# - As root the cluster runs as the `postgres` user, its files in the system temp folder (the postgres user may not be
#   able to enter the checkout; .data/pg-NAME.location says where); otherwise as the current user in .data/pg-NAME.
# - It listens on 127.0.0.1 only, trusts every local connection (user postgres, no password), and takes a port derived
#   from the checkout's path, so two checkouts never share a cluster by accident. The test cluster runs without fsync.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ACTION=${1:-up}
NAME=${2:-dev}

log() { echo "[pg] $*" >&2; }

installed_pg_bin() {
  local v
  for v in 17 16 15 14; do
    if [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]; then echo "/usr/lib/postgresql/$v/bin"; return; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$newest" ] && [ -x "$newest/pg_ctl" ] && echo "$newest"
}

how_to_install() {
  log "PostgreSQL server binaries not found. On Debian/Ubuntu: sudo apt-get install postgresql"
  log "or point ALGORITMA_DB at an existing server."
}

# the server binaries; `up` installs them as root unless ALGORITMA_PG_INSTALL=no
pg_bin() {
  local bin
  if bin=$(installed_pg_bin); then echo "$bin"; return; fi
  if [ "$ACTION" = up ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    if [ "${ALGORITMA_PG_INSTALL:-yes}" = no ]; then
      log "ALGORITMA_PG_INSTALL=no: not installing PostgreSQL."
      how_to_install
      exit 1
    fi
    log "=================================================================================================="
    log "No PostgreSQL server binaries on this machine. Running as root, so this script now INSTALLS"
    log "Debian's postgresql package system-wide: apt-get update && apt-get install -y postgresql"
    log "(the package also creates its own cluster 'main' on port 5432, which this script does not use)."
    log "To refuse, run again with ALGORITMA_PG_INSTALL=no."
    log "=================================================================================================="
    if [ -t 2 ]; then log "installing in 10 seconds; Ctrl-C stops it"; sleep 10; fi
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    if bin=$(installed_pg_bin); then log "installed PostgreSQL: $bin"; echo "$bin"; return; fi
  fi
  how_to_install
  exit 1
}

HASH=$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
case "$NAME" in dev) OFFSET=0 ;; test) OFFSET=1 ;; bench) OFFSET=2 ;; *) OFFSET=3 ;; esac
PORT=$((20000 + (HASH % 4000) * 4 + OFFSET))

if [ "$(id -u)" = 0 ]; then
  DATA_DIR="${TMPDIR:-/tmp}/algoritma-pg-$HASH/$NAME"
  as_pg() { runuser -u postgres -- "$@"; }
  prepare_data_folder() {
    mkdir -p "$(dirname "$DATA_DIR")" "$ROOT/.data"
    chown postgres "$(dirname "$DATA_DIR")"
    echo "$DATA_DIR" > "$ROOT/.data/pg-$NAME.location"
  }
else
  DATA_DIR="$ROOT/.data/pg-$NAME"
  as_pg() { "$@"; }
  prepare_data_folder() { mkdir -p "$ROOT/.data"; }
fi

connection_string() { echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=algoritma"; }
is_running() { as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; }

init_cluster() {
  if [ "$(id -u)" = 0 ]; then
    log "initialising cluster '$NAME' in $DATA_DIR, owned by and run as the postgres user"
  else
    log "initialising cluster '$NAME' in $DATA_DIR"
  fi
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
  prepare_data_folder
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
  up) PG_BIN=$(pg_bin); up ;;
  down) PG_BIN=$(pg_bin); if is_running; then as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null; fi ;;
  psql) PG_BIN=$(pg_bin); exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d algoritma ;;
  url) connection_string ;;
  *) echo "usage: $0 up|down|psql|url NAME" >&2; exit 2 ;;
esac
