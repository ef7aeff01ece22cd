#!/usr/bin/env bash
# End-to-end tests: real Node clients against the real API host on a free local port.
# Expects ALGORITMA_DB and a Release build (test.sh provides both).
set -euo pipefail
E2E=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$E2E/../.." && pwd)
API_DIR="$ROOT/src/Algoritma.Api"
API_DLL="$API_DIR/bin/Release/net10.0/Algoritma.Api.dll"

(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export ALGORITMA_E2E_URL="http://127.0.0.1:$PORT"
PORT2=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export ALGORITMA_E2E_URL2="http://127.0.0.1:$PORT2"
LOG="$E2E/.api.log"

cd "$API_DIR"
ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" db migrate >/dev/null
ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" tenants apply --folder "$ROOT/tenants-config"
ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" --urls "$ALGORITMA_E2E_URL" >"$LOG" 2>&1 &
API_PID=$!
# a second API process on the same database: subscriptions must deliver changes committed through either
ASPNETCORE_ENVIRONMENT=Development Projections__Daemon=Disabled dotnet "$API_DLL" --urls "$ALGORITMA_E2E_URL2" >"$E2E/.api2.log" 2>&1 &
API2_PID=$!
trap 'kill $API_PID $API2_PID 2>/dev/null; wait $API_PID $API2_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$ALGORITMA_E2E_URL/health/ready"; then break; fi
  if ! kill -0 $API_PID 2>/dev/null; then echo "[e2e] the API exited; its log:"; cat "$LOG"; exit 1; fi
  sleep 0.5
done
for _ in $(seq 1 120); do
  if node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$ALGORITMA_E2E_URL2/health/ready"; then break; fi
  sleep 0.5
done

cd "$E2E"
node --test --test-reporter=spec
