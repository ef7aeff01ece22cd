#!/usr/bin/env bash
# Lints schema/schema.graphql with graphql-eslint (schema-recommended + schema-relay, see eslint.config.js).
set -euo pipefail
LINT=$(cd "$(dirname "$0")" && pwd)
cd "$LINT"
npm ci --no-audit --no-fund --loglevel=error
# through stdin: ESLint ignores files outside the folder of its config
npx --no-install eslint --max-warnings 0 --stdin --stdin-filename schema.graphql < ../../schema/schema.graphql
echo "[schema-lint] schema/schema.graphql: no problems"
