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

echo "[test] building"
dotnet build AlgoritmaPlatform.sln -c Release -nologo -v quiet -clp:ErrorsOnly
src/Algoritma.Api/graphiql/build.sh

# One process migrates the shared database and, on a new machine, creates the development signing keys,
# before several test processes start at once and could each create their own.
echo "[test] migrating and preparing signing keys"
(cd src/Algoritma.Api && ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/Algoritma.Api.dll db migrate >/dev/null)

echo "[test] schema lint (graphql-eslint)"
tests/schema-lint/run.sh

echo "[test] unit and integration tests"
ALGORITMA_TEST_SERVER_ERRORS=$(mktemp -t algoritma-test-server-errors.XXXXXX)
export ALGORITMA_TEST_SERVER_ERRORS
if ! dotnet test AlgoritmaPlatform.sln -c Release --no-build --nologo; then
  tests/lib/server-errors-digest.sh "$ALGORITMA_TEST_SERVER_ERRORS"
  exit 1
fi

echo "[test] end-to-end tests"
tests/e2e/run.sh

echo "[test] browser tests (chromium: CORS, code + PKCE, GraphiQL)"
tests/browser/run.sh

echo "[test] console browser tests (chromium: sign-in, overview from the real API, axe-core, keyboard, 360/1440 px)"
tests/console/run.sh

echo "[test] crash and resume of the adoption projection"
tests/e2e/crash-resume.sh

echo "[test] security attack suite"
tests/security/run.sh
