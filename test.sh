#!/usr/bin/env bash
# Runs every test suite (unit, integration, e2e) against a private PostgreSQL cluster of its own,
# or against the server that ALGORITMA_DB names. Exits non-zero on any failure.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"

if [ -z "${ALGORITMA_DB:-}" ]; then
  ALGORITMA_DB=$(infra/local/pg.sh up test)
  export ALGORITMA_DB
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Each phase prints how long the one before it took, so a slow suite is visible in CI's output.
PHASE_STARTED=$SECONDS
PHASE_NAME=""
phase_took() {
  if [ -n "$PHASE_NAME" ]; then echo "[test] ($PHASE_NAME: $((SECONDS - PHASE_STARTED)) s)"; fi
}
phase() {
  phase_took
  PHASE_NAME=$1
  PHASE_STARTED=$SECONDS
  echo "[test] $1"
}
trap 'phase_took; echo "[test] $SECONDS s in all"' EXIT

phase "building"
dotnet build AlgoritmaPlatform.sln -c Release -nologo -v quiet -clp:ErrorsOnly
src/Algoritma.Api/graphiql/build.sh

# One process migrates the shared database and, on a new machine, creates the development signing keys,
# before several test processes start at once and could each create their own.
phase "migrating and preparing signing keys"
(cd src/Algoritma.Api && ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/Algoritma.Api.dll db migrate >/dev/null)

phase "schema lint (graphql-eslint)"
tests/schema-lint/run.sh

phase "unit and integration tests"
ALGORITMA_TEST_SERVER_ERRORS=$(mktemp -t algoritma-test-server-errors.XXXXXX)
export ALGORITMA_TEST_SERVER_ERRORS
if ! dotnet test AlgoritmaPlatform.sln -c Release --no-build --nologo; then
  tests/lib/server-errors-digest.sh "$ALGORITMA_TEST_SERVER_ERRORS"
  exit 1
fi

phase "end-to-end tests"
tests/e2e/run.sh

phase "browser tests (chromium: CORS, code + PKCE, GraphiQL)"
tests/browser/run.sh

phase "console browser tests (chromium: sign-in, overview from the real API, axe-core, keyboard, 360/1440 px)"
tests/console/run.sh

phase "crash and resume of the adoption projection"
tests/e2e/crash-resume.sh

phase "security attack suite"
tests/security/run.sh
