#!/usr/bin/env bash
# Prints what the integration tests' hosts logged as errors (ALGORITMA_TEST_SERVER_ERRORS): how often each message
# came, then the first entry, with its exception, of the three most frequent. test.sh calls it when the tests fail.
set -uo pipefail
file=${1:?usage: server-errors-digest.sh FILE}
[ -s "$file" ] || { echo "[test] the test hosts logged no errors"; exit 0; }
kinds() { grep '^=== ' "$file" | cut -d' ' -f4- | cut -c1-160 | sort | uniq -c | sort -rn; }
echo "[test] errors the test hosts logged ($(grep -c '^=== ' "$file") entries), most frequent first:"
kinds | head -15
mapfile -t top < <(kinds | grep -v "Database.Connection: An error occurred using the connection" | head -3 | sed "s/^ *[0-9]* //")
for kind in "${top[@]}"; do
  echo "[test] the first entry of: $kind"
  awk -v kind="$kind" 'index($0, "=== ") == 1 { if (found) exit; if (index($0, kind)) found = 1 } found' "$file" | head -40
done
