#!/usr/bin/env bash
# Browser tests: Debian's chromium (installed here when missing and running as root) driven by playwright-core,
# against the real API host (Development: GraphiQL on) on a free local port. Serves the test app on
# http://localhost:5173 and http://localhost:5175. Expects ALGORITMA_DB and a Release build (test.sh provides both).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
API_DIR="$ROOT/src/Algoritma.Api"
API_DLL="$API_DIR/bin/Release/net10.0/Algoritma.Api.dll"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then echo "[browser] /usr/bin/chromium is missing: apt-get install chromium (as root)"; exit 1; fi
  echo "[browser] installing Debian's chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

"$API_DIR/graphiql/build.sh"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
export ALGORITMA_BROWSER_API_URL="http://127.0.0.1:$PORT"
LOG="$HERE/.api.log"

cd "$API_DIR"
ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" db migrate >/dev/null
ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" tenants apply --folder "$ROOT/tenants-config" >/dev/null
ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" --urls "$ALGORITMA_BROWSER_API_URL" >"$LOG" 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null; wait $API_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$ALGORITMA_BROWSER_API_URL/health/ready"; then break; fi
  if ! kill -0 $API_PID 2>/dev/null; then echo "[browser] the API exited; its log:"; cat "$LOG"; exit 1; fi
  sleep 0.5
done

cd "$HERE"
node --test --test-reporter=spec
