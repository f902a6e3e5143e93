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
BINARY=target/$PROFILE/server
BASE=http://127.0.0.1:$PORT
# Enough residents that sign-ins of one account rarely overlap (its failed-attempt limit is 5).
RESIDENTS=24
PASSWORD=load-test-password-2026
# A valid certificate number (born 1 March 1980, physical, level 2) and a community.
export LOAD_CERTIFICATE=11010519800301001X12
export LOAD_AREA=jiangbei.guanyinqiao.community1

command -v wrk >/dev/null || { echo "wrk is not installed: run make load-tools" >&2; exit 1; }
if [ "$PROFILE" = release ]; then
  cargo build --release -p server
else
  cargo build -p server
fi

SERVER_PID=
PG_DB=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
drop_postgres() {
  if [ -n "$PG_DB" ]; then
    psql -q "$POSTGRES_URL" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true
    PG_DB=
  fi
}
trap 'stop_server; drop_postgres' EXIT

# Waits for the outbox worker to mail a password reset link to each of the given addresses,
# then prints "address path" for each, from the .eml files in folder $1.
reset_links() {
  local dir=$1
  shift
  python3 - "$dir" "$@" <<'PY'
import email, pathlib, re, sys, time
folder, wanted = sys.argv[1], set(sys.argv[2:])
links = {}
for _ in range(120):
    for path in pathlib.Path(folder).glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes())
        to = message.get("To", "")
        part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
        text = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        for address in wanted:
            if address in to:
                for link in re.findall(r"https?://[^/\s]+(/password-reset/\S+)", text):
                    links[address] = link
    if len(links) == len(wanted):
        break
    time.sleep(1)
missing = wanted - links.keys()
if missing:
    sys.exit(f"no password reset email to {sorted(missing)}")
for address, link in links.items():
    print(address, link)
PY
}

# curl posting a form from our own pages as client 192.0.2.$2, with resident $1's cookie jar.
as_resident() {
  local jar=$OUT/jars/$1
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    -H "Origin: $BASE" -H "Sec-Fetch-Site: same-origin" -H "X-Forwarded-For: 192.0.2.$2" "${@:3}"
}

# Registers $RESIDENTS residents, gives each a password through an emailed reset link and a
# draft application; prints "email,session,draft" for each.
prepare_residents() {
  local dir=$1 emails=() n
  rm -rf "$OUT/jars" && mkdir -p "$OUT/jars"
  for n in $(seq 1 "$RESIDENTS"); do
    local email=resident$n@load.example
    emails+=("$email")
    as_resident "$email" "$n" --data-urlencode "full_name=Load Tester $n" \
      --data-urlencode "email=$email" -d email_language=en "$BASE/register" >/dev/null
    as_resident "$email" "$n" --data-urlencode "email=$email" "$BASE/password-reset" >/dev/null
  done
  local email link
  reset_links "$dir/mail" "${emails[@]}" | while read -r email link; do
    n=${email//[!0-9]/}
    as_resident "$email" "$n" --data-urlencode "password=$PASSWORD" "$BASE$link" >/dev/null
    local started draft
    started=$(as_resident "$email" "$n" -d for=self "$BASE/apply/e04")
    draft=${started##*/applications/}
    if [[ ! $draft =~ ^[0-9]+$ ]]; then
      echo "could not start an application for $email: $started" >&2
      return 1
    fi
    echo "$email,$(awk '$6 == "session" { print $7 }' "$OUT/jars/$email" | tail -n 1),$draft"
  done
}

# The ids of links like href="/jobs/fairs/12" on page $1.
ids_on() { curl -s "$BASE$1" | grep -o "href=\"$1/[a-z0-9]*\"" | sed 's/.*\/\([a-z0-9]*\)"/\1/' | sort -u | head -n 8 | tr '\n' ' '; }

run_backend() {
  local backend=$1 dir=$OUT/$1 url
  rm -rf "$dir" && mkdir -p "$dir/site" "$dir/mail"
  case $backend in
    sqlite) url="sqlite://$PWD/$dir/portal.db" ;;
    postgres)
      PG_DB=portal_load_$$
      psql -q "$POSTGRES_URL" -c "CREATE DATABASE $PG_DB"
      url="${POSTGRES_URL%/*}/$PG_DB"
      ;;
    *) echo "unknown backend $backend (sqlite or postgres)" >&2; return 1 ;;
  esac
  PORTAL_ADDR=127.0.0.1:$PORT DATABASE_URL=$url PORTAL_DEMO=true PORTAL_SITE_ROOT=$dir/site \
    PORTAL_MAIL_DIR=$dir/mail PORTAL_UPLOAD_DIR=$dir/uploads PORTAL_TRUSTED_PROXIES=127.0.0.1 \
    PORTAL_LOG=warn PORTAL_LOG_FORMAT=json "$BINARY" >"$dir/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 180); do
    curl -sf "$BASE/readyz" >/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$dir/server.log" >&2; return 1; }
    sleep 1
  done
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
