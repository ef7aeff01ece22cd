#!/usr/bin/env bash
# Runs Algoritma Platform with its demo tenants at http://localhost:5080 (override with ALGORITMA_URLS).
# Starts (or reuses) a private PostgreSQL cluster unless ALGORITMA_DB names a server, applies the
# migrations and tenants-config/, builds the staff console when its sources changed, seeds a year of simulated usage for samarinda, then serves until Ctrl-C.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"

if [ -z "${ALGORITMA_DB:-}" ]; then
  ALGORITMA_DB=$(infra/local/pg.sh up dev)
  export ALGORITMA_DB
fi
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "[run] building"
dotnet build src/Algoritma.Api/Algoritma.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
src/Algoritma.Api/graphiql/build.sh
src/Algoritma.Console/build.sh
cd src/Algoritma.Api
API=(dotnet bin/Release/net10.0/Algoritma.Api.dll)

echo "[run] migrating the database"
"${API[@]}" db migrate

echo "[run] applying tenants-config/"
"${API[@]}" tenants apply --folder "$ROOT/tenants-config"

echo "[run] simulating a year of usage for samarinda (skipped when already seeded)"
"${API[@]}" simulate --tenant samarinda --months 12

echo "[run] starting the API"
exec "${API[@]}" --urls "${ALGORITMA_URLS:-http://localhost:5080}"
