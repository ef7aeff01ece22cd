#!/usr/bin/env bash
# Subscription delivery benchmark (issue 21): two API processes on one database, 1,000 open subscriptions on the first,
# changes committed through the second; latency from commit to each subscriber (bench/subscriptions.mjs).
#   bench/subscriptions.sh [--subscribers 1000] [--commits 30]
# Uses the private cluster `bench` (a fresh database algoritma_subs). Not part of ./test.sh. Results: docs/benchmarks.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export SUBSCRIBERS=1000 COMMITS=30
while [ $# -gt 0 ]; do
  case "$1" in
    --subscribers) SUBSCRIBERS=$2; shift 2 ;;
    --commits) COMMITS=$2; shift 2 ;;
    *) echo "usage: bench/subscriptions.sh [--subscribers N] [--commits N]" >&2; exit 2 ;;
  esac
done

API_DLL="$ROOT/src/Algoritma.Api/bin/Release/net10.0/Algoritma.Api.dll"
(cd "$ROOT/bench" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$ROOT/src/Algoritma.Api/Algoritma.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

# BENCH_CLUSTER: another cluster's connection string (e.g. a worktree's test cluster) instead of `bench`
ALGORITMA_DB=${BENCH_CLUSTER:-$("$ROOT/infra/local/pg.sh" up bench)}
export ALGORITMA_DB
source "$ROOT/bench/lib/adoption-steps.sh"
fresh_database algoritma_subs
cli db migrate >/dev/null
cli tenants apply --folder "$ROOT/tenants-config" >/dev/null

export BENCH_URL_A="http://127.0.0.1:$(free_port)" BENCH_URL_B="http://127.0.0.1:$(free_port)"
cd "$ROOT/src/Algoritma.Api"
dotnet "$API_DLL" --urls "$BENCH_URL_A" >"$ROOT/bench/.api.log" 2>&1 &
A_PID=$!
Projections__Daemon=Disabled dotnet "$API_DLL" --urls "$BENCH_URL_B" >"$ROOT/bench/.api2.log" 2>&1 &
B_PID=$!
trap 'kill $A_PID $B_PID 2>/dev/null || true' EXIT
for url in "$BENCH_URL_A" "$BENCH_URL_B"; do
  for _ in $(seq 1 120); do
    node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$url/health/ready" && break
    sleep 0.5
  done
done

cd "$ROOT/bench"
node subscriptions.mjs
