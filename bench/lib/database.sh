# PostgreSQL helpers for the bench scripts and tests/e2e/crash-resume.sh (sourced by adoption-steps.sh).
# A connection string is Npgsql's Host=…;Port=…;Username=…;Database=…, what infra/local/pg.sh up prints.

PSQL_BIN=${PSQL_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)/psql}

# with_database NAME [CONNECTION]: the connection string (ALGORITMA_DB unless given) naming database NAME instead,
# on the same cluster
with_database() { sed -E "s/Database=[^;]+/Database=$1/" <<<"${2:-$ALGORITMA_DB}"; }

# sql [STATEMENT]: psql on the database ALGORITMA_DB names; without an argument, the SQL is read from standard input
# (for statements too long for a command line)
sql() {
  local port db user
  port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ALGORITMA_DB")
  db=$(sed -E 's/.*Database=([^;]+).*/\1/' <<<"$ALGORITMA_DB")
  user=$(sed -E 's/.*Username=([^;]+).*/\1/' <<<"$ALGORITMA_DB")
  if [ $# -eq 0 ]; then set -- -f -; else set -- -c "$1"; fi
  "$PSQL_BIN" -h 127.0.0.1 -p "$port" -U "$user" -d "$db" -qtAX "$@"
}

# on_postgres STATEMENT: sql on the cluster's maintenance database (CREATE and DROP DATABASE, ALTER SYSTEM)
on_postgres() { ALGORITMA_DB=$(with_database postgres) sql "$1"; }

# fresh_database NAME: an empty database NAME on the cluster of ALGORITMA_DB; exports ALGORITMA_DB pointing at it
fresh_database() {
  local name=$1
  on_postgres "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
  on_postgres "CREATE DATABASE $name" >/dev/null
  ALGORITMA_DB=$(with_database "$name")
  export ALGORITMA_DB
}
