# Steps shared by the bench scripts and tests/e2e/crash-resume.sh (source it; needs ROOT, API_DLL, ALGORITMA_DB).
# The API runs as a real process; the projection's progress is read from Marten's tables.

source "$ROOT/bench/lib/database.sh"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
# load from one address would meet the rate limits (docs/security-limits.md): raised, still charged
export RateLimits__PermitMultiplier=${RateLimits__PermitMultiplier:-1000000}
# ... but a budget is an int per window: 300,000 x 10^6 stops at 2,147,483,647 per minute, which the regions tree (cost
# 30,402) spends in 70,636 requests: above 1,177 req/s from one address the rest of each minute was answered 429 (the
# 15,791 "errors" of the 2026-12-03 run). Per second, the same clamp allows 60 times as much.
export RateLimits__GraphQLCostPerCaller__Window=${RateLimits__GraphQLCostPerCaller__Window:-00:00:01}
export RateLimits__GraphQLCostPerTenant__Window=${RateLimits__GraphQLCostPerTenant__Window:-00:00:01}

cli() { (cd "$(dirname "$API_DLL")" && dotnet "$API_DLL" "$@"); }

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# launch_api PORT LOG [extra env...]: starts the API in the background, sets API_PID and API_URL
launch_api() {
  local port=$1 log=$2
  shift 2
  (cd "$(dirname "$API_DLL")" && exec env "$@" dotnet "$API_DLL" --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  API_PID=$!
  API_URL="http://127.0.0.1:$port"
}

# start_api PORT LOG [extra env...]: launch_api, then wait until it is ready
start_api() {
  launch_api "$@"
  local log=$2
  for _ in $(seq 1 240); do
    if curl -fs "$API_URL/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$API_PID" 2>/dev/null; then echo "the API exited; its log:" >&2; cat "$log" >&2; return 1; fi
    sleep 0.25
  done
  echo "the API did not become ready" >&2
  return 1
}

stop_api() { kill -TERM "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; }

kill_api() { kill -KILL "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; }

high_water() { sql "SELECT coalesce(max(seq_id), 0) FROM marten.mt_events"; }

# the adoption projections' progress: the mark of the one further behind (0 until both have one)
progress() {
  sql "SELECT CASE WHEN count(*) = 2 THEN min(last_seq_id) ELSE 0 END FROM marten.mt_event_progression WHERE name IN ('Adoption:All', 'AdoptionCitizens:All')"
}

# wait_caught_up [timeout seconds]
wait_caught_up() {
  local target deadline=$((SECONDS + ${1:-600}))
  target=$(high_water)
  until [ "$(progress)" -ge "$target" ]; do
    if [ $SECONDS -ge $deadline ]; then echo "projection stuck at $(progress) of $target" >&2; return 1; fi
    sleep 0.2
  done
}

city_admin_token() {
  curl -fs -X POST "$API_URL/connect/token" -d grant_type=client_credentials -d client_id=samarinda-integration \
    -d client_secret=dev-samarinda-integration-secret -d scope=api | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# graphql QUERY: POST to Samarinda's endpoint as its city admin; prints the response
graphql() {
  local body
  body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1")
  curl -fs "$API_URL/t/samarinda/graphql" -H "Authorization: Bearer $(city_admin_token)" -H 'content-type: application/json' -d "$body"
}

# answers FROM TO: every adoption answer for the range, canonical JSON (fails on a GraphQL error)
answers() {
  local range="from: \"$1\", to: \"$2\""
  graphql "{ adoption($range, granularity: WEEK) { periodStart started completed digitalCompleted rejected completedWithinSla
      activeCitizens activeDigitalCitizens newCitizens newDigitalCitizens processingTimes { channel completed medianHours p90Hours medianWorkingHours p90WorkingHours } ikm { value responses } }
    lifecycle($range, granularity: MONTH) { periodStart new returning resurrecting dormant }
    retention($range) { cohort size periods { offset active rate } }
    unitRanking(metric: DIGITAL_TAKE_UP, $range) { rank unitCode value }
    campaigns(first: 5) { nodes { name progress { baseline current gap uplift } } } }" |
    python3 -c 'import json,sys; r=json.load(sys.stdin); assert "errors" not in r, r["errors"]; print(json.dumps(r["data"], sort_keys=True))'
}

# the projection's counts against the events: no event counted twice or lost
check_counts() {
  local submitted started completed completions
  submitted=$(sql "SELECT count(*) FROM marten.mt_events WHERE type = 'request_submitted'")
  started=$(sql "SELECT coalesce(sum(started), 0) FROM marten.adoption_daily_usage")
  completed=$(sql "SELECT count(*) FROM marten.mt_events WHERE type = 'request_completed'")
  completions=$(sql "SELECT coalesce(sum(completed), 0) FROM marten.adoption_daily_usage")
  if [ "$submitted" != "$started" ] || [ "$completed" != "$completions" ]; then
    echo "counts differ from the events: submitted $submitted vs started $started, completed $completed vs $completions" >&2
    return 1
  fi
  echo "counts match the events: $submitted submitted, $completed completed"
}

# kill_mid_catch_up PORT LOG [env...]: start the API, kill -9 it once the projection is part-way, assert it was
kill_mid_catch_up() {
  local port=$1 log=$2 target at
  shift 2
  target=$(high_water)
  launch_api "$port" "$log" "$@"
  while true; do
    at=$(progress)
    if [ "$at" -gt 0 ]; then break; fi
    if ! kill -0 "$API_PID" 2>/dev/null; then echo "the API exited before projecting" >&2; return 1; fi
    sleep 0.05
  done
  kill_api
  at=$(progress)
  if [ "$at" -le 0 ] || [ "$at" -ge "$target" ]; then
    echo "the kill did not land mid-catch-up (progress $at of $target)" >&2
    return 1
  fi
  echo "killed the API (kill -9) with the projection at $at of $target"
}
