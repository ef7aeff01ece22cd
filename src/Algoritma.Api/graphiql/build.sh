#!/usr/bin/env bash
# Builds GraphiQL's assets into dist/ (served by the API at /graphiql/) when package-lock.json, build.mjs or src/
# changed since the last build. ./run.sh and ./test.sh call it; dist/ and node_modules/ are not committed.
set -euo pipefail
cd "$(dirname "$0")"
STAMP=$(cat package-lock.json build.mjs src/* | sha256sum | cut -d' ' -f1)
if [ -f dist/.build-stamp ] && [ "$(cat dist/.build-stamp)" = "$STAMP" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
echo "$STAMP" > dist/.build-stamp
