#!/usr/bin/env bash
# Builds the staff console into dist/ when its sources changed since the last build (npm ci + npm run build);
# a hash of the sources is kept in dist/.source-hash. run.sh, tests/console/run.sh and bench/console.sh call it.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"

source_hash() {
  { find src scripts public -type f 2>/dev/null; ls package.json package-lock.json index.html vite.config.ts tsconfig.json codegen.ts; } |
    LC_ALL=C sort | xargs sha256sum | cat - ../../schema/schema.graphql ../../schema/operations/console.json | sha256sum | cut -d' ' -f1
}

wanted=$(source_hash)
if [ -f dist/.source-hash ] && [ "$(cat dist/.source-hash)" = "$wanted" ] && [ -f dist/index.html ]; then
  echo "[console] dist/ is up to date"
  exit 0
fi
echo "[console] building (npm ci + vite build)"
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
echo "$wanted" > dist/.source-hash
