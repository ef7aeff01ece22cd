#!/usr/bin/env bash
# The attack suite against the real API host (Release build, Development, a free local port), in two runs:
#   1. RateLimits__PermitMultiplier=1000: cross-tenant, authorization matrix, payloads, fuzzer, RLS coverage;
#   2. the limits as configured (multiplier 1): brute force against sign-in, the token endpoint,
#      registration and the public status lookup.
# Expects ALGORITMA_DB and a Release build (test.sh provides both). Prints a summary table; exits non-zero on
# any leak, 5xx, INTERNAL or failed expectation. See docs/security-suite.md.
set -uo pipefail
SUITE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$SUITE/../.." && pwd)
API_DIR="$ROOT/src/Algoritma.Api"
API_DLL="$API_DIR/bin/Release/net10.0/Algoritma.Api.dll"
export SECURITY_RESULTS_DIR="$SUITE/.results"
: "${ALGORITMA_DB:?ALGORITMA_DB must name the database (test.sh sets it)}"

(cd "$SUITE" && npm ci --no-audit --no-fund --loglevel=error) || exit 1
rm -rf "$SECURITY_RESULTS_DIR" && mkdir -p "$SECURITY_RESULTS_DIR"

(cd "$API_DIR" && ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" db migrate >/dev/null) || exit 1
(cd "$API_DIR" && ASPNETCORE_ENVIRONMENT=Development dotnet "$API_DLL" tenants apply --folder "$ROOT/tenants-config" >/dev/null) || exit 1

API_PID=
stop_api() {
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; API_PID=; fi
}
trap stop_api EXIT

# start_api MULTIPLIER LOG: serves on a port the kernel picks (no race with other servers on the machine),
# exports ALGORITMA_SECURITY_URL from the API's ready banner, waits until it is ready.
start_api() {
  local multiplier=$1 log=$2 url=
  export SECURITY_API_LOG="$log" # where the suite finds a failure's exception, by the trace id of its answer
  (cd "$API_DIR" && ASPNETCORE_ENVIRONMENT=Development RateLimits__PermitMultiplier="$multiplier" \
    exec dotnet "$API_DLL" --urls "http://127.0.0.1:0" >"$log" 2>&1) &
  API_PID=$!
  for _ in $(seq 1 120); do
    url=$(grep -o -m1 'ready: GraphQL http://127.0.0.1:[0-9]*' "$log" | sed 's/ready: GraphQL //')
    if [ -n "$url" ] && node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$url/health/ready"; then
      export ALGORITMA_SECURITY_URL="$url"
      echo "[security] $(date +%T) API (pid $API_PID) at $url"
      return 0
    fi
    if ! kill -0 "$API_PID" 2>/dev/null; then echo "[security] the API exited; its log:"; tail -50 "$log"; return 1; fi
    sleep 0.5
  done
  echo "[security] the API did not become ready"; return 1
}

STATUS=0
cd "$SUITE"
echo "[security] $(date +%T) run 1: RateLimits__PermitMultiplier=1000"
if start_api 1000 "$SUITE/.api.log"; then
  node setup.mjs || STATUS=1
  if [ $STATUS -eq 0 ]; then
    node --test --test-concurrency=1 --test-reporter=dot \
      cross-tenant.test.mjs authz.test.mjs payloads.test.mjs fuzz.test.mjs rls.test.mjs || STATUS=1
  fi
  stop_api
else
  STATUS=1
fi

echo "[security] $(date +%T) run 2: the configured rate limits (multiplier ${SECURITY_BRUTE_FORCE_MULTIPLIER:-1})"
if start_api "${SECURITY_BRUTE_FORCE_MULTIPLIER:-1}" "$SUITE/.api-limits.log"; then
  node --test --test-reporter=dot brute-force.test.mjs || STATUS=1
  stop_api
else
  STATUS=1
fi

echo "[security] $(date +%T) done"
node summary.mjs || STATUS=1
exit $STATUS
