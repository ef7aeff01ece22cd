#!/usr/bin/env bash
# Prints what the integration tests' hosts logged as errors (ALGORITMA_TEST_SERVER_ERRORS): how often each message
# came, then the first entry, with its exception, of the three most frequent. test.sh calls it when the tests fail.
set -uo pipefail
file=${1:?usage: server-errors-digest.sh FILE}
[ -s "$file" ] || { echo "[test] the test hosts logged no errors"; exit 0; }
# a kind is the category and message, with numbers folded ("(3ms)" and "(12ms)" are one kind)
kinds() { grep '^=== ' "$file" | cut -d' ' -f4- | cut -c1-120 | sed 's/[0-9][0-9]*/N/g' | sort | uniq -c | sort -rn; }
echo "[test] errors the test hosts logged ($(grep -c '^=== ' "$file") entries), most frequent first:"
kinds | head -15
# EF logs each failed command and connection before its caller logs the exception: show the callers' entries
mapfile -t top < <(kinds | grep -v "EntityFrameworkCore.Database" | head -3 | sed "s/^ *[0-9]* //")
for kind in "${top[@]}"; do
  echo "[test] the first entry of: $kind"
  awk -v kind="$kind" 'index($0, "=== ") == 1 { if (found) exit; key = substr($0, index($0, $4)); gsub(/[0-9]+/, "N", key); if (index(key, kind)) found = 1 } found' "$file" | head -40
done
