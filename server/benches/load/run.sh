#!/usr/bin/env bash
# The HTTP load test (README, "Load test"). For each backend, starts the built server on
# 127.0.0.1 with a fresh database and demo data, prepares a few residents with a password
# and a draft application, then runs wrk with mix.lua. Prints throughput and latency per
# backend, writes them to target/load/summary.txt, and fails on any socket error, any
# answer that is not 2xx or 3xx, or any 5xx.
#
# Settings (environment): LOAD_CONNECTIONS (200), LOAD_DURATION (60s), LOAD_THREADS (2),
# LOAD_BACKENDS ("sqlite postgres"), LOAD_PROFILE (release), LOAD_PORT (3990),
# POSTGRES_URL (postgres://postgres@127.0.0.1:5432/test: a database on the server where
# the fresh one is created and dropped).
set -euo pipefail

cd "$(dirname "$0")/../../.."
HERE=server/benches/load
CONNECTIONS=${LOAD_CONNECTIONS:-200}
DURATION=${LOAD_DURATION:-60s}
THREADS=${LOAD_THREADS:-2}
BACKENDS=${LOAD_BACKENDS:-sqlite postgres}
PROFILE=${LOAD_PROFILE:-release}
PORT=${LOAD_PORT:-3990}
POSTGRES_URL=${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
OUT=target/load
# Enough residents that sign-ins of one account rarely overlap (its failed-attempt limit is 5).
RESIDENTS=24
PASSWORD=load-test-password-2026
# A valid certificate number (born 1 March 1980, physical, level 2) and a community.
export LOAD_CERTIFICATE=11010519800301001X12
export LOAD_AREA=jiangbei.guanyinqiao.community1

command -v wrk >/dev/null || { echo "wrk is not installed: run make load-tools" >&2; exit 1; }
# shellcheck source=../common.sh
source server/benches/common.sh
build_server
trap 'stop_server; drop_postgres' EXIT

# Registers $RESIDENTS residents, gives each a password through an emailed reset link and a
# draft application; prints "email,session,draft" for each.
prepare_residents() {
  local dir=$1 emails=() n draft
  for n in $(seq 1 "$RESIDENTS"); do
    emails+=("resident$n@load.example")
  done
  sign_up_residents "$dir/mail" "$PASSWORD" "${emails[@]}" || return 1
  for n in $(seq 1 "$RESIDENTS"); do
    draft=$(start_application "${emails[n - 1]}" "$n" e04) || return 1
    echo "${emails[n - 1]},$(session_of "${emails[n - 1]}"),$draft"
  done
}

# The ids of links like href="/jobs/fairs/12" on page $1.
ids_on() { curl -s "$BASE$1" | grep -o "href=\"$1/[a-z0-9]*\"" | sed 's/.*\/\([a-z0-9]*\)"/\1/' | sort -u | head -n 8 | tr '\n' ' '; }

run_backend() {
  local backend=$1 dir=$OUT/$1
  rm -rf "$dir" && mkdir -p "$dir"
  fresh_database "$backend" "$dir"
  start_server "$dir" "$DATABASE_URL_FOR_BENCH"
  local residents
  residents=$(prepare_residents "$dir" | tr '\n' ' ')
  [ "$(wc -w <<<"$residents")" -eq "$RESIDENTS" ] || { echo "residents not prepared" >&2; return 1; }
  echo "→ $backend: $CONNECTIONS connections for $DURATION"
  LOAD_ORIGIN=$BASE LOAD_PASSWORD=$PASSWORD LOAD_RESIDENTS="$residents" \
    LOAD_FAIRS=$(ids_on /jobs/fairs) LOAD_COURSES=$(ids_on /training) \
    LOAD_ENTITLEMENTS=$(ids_on /entitlements) \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency -s "$HERE/mix.lua" "$BASE" \
    | tee "$dir/wrk.txt"
  curl -s "$BASE/metrics" >"$dir/metrics.txt"
  stop_server
  drop_postgres
  local result
  result=$(grep '^RESULT ' "$dir/wrk.txt" | sed 's/^RESULT //')
  echo "$backend $result" >>"$OUT/results.txt"
}

mkdir -p "$OUT"
rm -f "$OUT/results.txt"
for backend in $BACKENDS; do
  run_backend "$backend"
done

# One row per backend; fails on any error or any answer that is not 2xx/3xx.
awk -v connections="$CONNECTIONS" -v duration="$DURATION" '
  BEGIN {
    printf "Load test: %s connections for %s per backend (wrk, mix.lua)\n", connections, duration
    printf "%-9s %9s %8s %8s %8s %8s %8s %8s %6s %6s %7s\n", "backend", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "2xx", "3xx", "4xx", "5xx", "errors"
  }
  {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    errors = v["connect"] + v["read"] + v["write"] + v["timeout"]
    printf "%-9s %9d %8.1f %8.1f %8.1f %8.1f %8d %8d %6d %6d %7d\n", $1, v["requests"], v["rps"], v["p50_ms"], v["p99_ms"], v["max_ms"], v["s2xx"], v["s3xx"], v["s4xx"], v["s5xx"], errors
    if (errors > 0 || v["s4xx"] > 0 || v["s5xx"] > 0 || v["sother"] > 0 || v["requests"] == 0) failed = 1
  }
  END {
    if (failed) { print "FAILED: socket errors or answers other than 2xx/3xx (see target/load/*/)"; exit 1 }
    print "OK: no socket errors, every answer 2xx or 3xx"
  }
' "$OUT/results.txt" | tee "$OUT/summary.txt"
