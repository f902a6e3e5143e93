# Shell functions shared by the HTTP benchmarks (load/run.sh, pages/run.sh); sourced, not run.
#
# The caller sets, before sourcing: OUT (its folder under target/), PORT (the portal's port),
# PROFILE (release or debug) and POSTGRES_URL (a database on the server where fresh ones are
# created and dropped). The caller's EXIT trap should call stop_server and drop_postgres.

BINARY=target/$PROFILE/server
BASE=http://127.0.0.1:$PORT
JARS=$OUT/jars
SERVER_PID=
PG_DB=
DATABASE_URL_FOR_BENCH=

build_server() {
  if [ "$PROFILE" = release ]; then
    cargo build --release -p server
  else
    cargo build -p server
  fi
}

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

# Sets DATABASE_URL_FOR_BENCH to a fresh, empty database of backend $1 ("sqlite": a file in
# folder $2; "postgres": a new database on POSTGRES_URL's server, dropped by drop_postgres).
# A global rather than printed: PG_DB must be set in this shell, not in a $(…) subshell.
fresh_database() {
  local backend=$1 dir=$2
  case $backend in
    sqlite) DATABASE_URL_FOR_BENCH="sqlite://$PWD/$dir/portal.db" ;;
    postgres)
      PG_DB=portal_bench_$$
      psql -q "$POSTGRES_URL" -c "CREATE DATABASE $PG_DB"
      DATABASE_URL_FOR_BENCH="${POSTGRES_URL%/*}/$PG_DB"
      ;;
    *) echo "unknown backend $backend (sqlite or postgres)" >&2; return 1 ;;
  esac
}

# Starts the built server on BASE with database $2, demo data, and its mail, uploads and log
# in folder $1; any further arguments (NAME=value) are added to its environment. Returns once
# /readyz answers; fails with the server's log if it stops first.
start_server() {
  local dir=$1 url=$2
  shift 2
  mkdir -p "$dir/site" "$dir/mail"
  # An empty site folder: pages do not depend on the built CSS and WebAssembly, and the
  # benchmarks request pages only.
  env PORTAL_ADDR="127.0.0.1:$PORT" DATABASE_URL="$url" PORTAL_DEMO=true PORTAL_SITE_ROOT="$dir/site" \
    PORTAL_MAIL_DIR="$dir/mail" PORTAL_UPLOAD_DIR="$dir/uploads" PORTAL_TRUSTED_PROXIES=127.0.0.1 \
    PORTAL_LOG=warn PORTAL_LOG_FORMAT=json "$@" "$BINARY" >>"$dir/server.log" 2>&1 &
  SERVER_PID=$!
  local _
  for _ in $(seq 1 180); do
    curl -sf "$BASE/readyz" >/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$dir/server.log" >&2; return 1; }
    sleep 1
  done
  echo "the server did not become ready in 180 s (see $dir/server.log)" >&2
  return 1
}

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

# curl posting a form from our own pages as client 192.0.2.$2, with resident $1's cookie jar;
# prints the status and where it redirects to.
as_resident() {
  local jar=$JARS/$1
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    -H "Origin: $BASE" -H "Sec-Fetch-Site: same-origin" -H "X-Forwarded-For: 192.0.2.$2" "${@:3}"
}

# The session cookie's value in resident $1's cookie jar.
session_of() { awk '$6 == "session" { print $7 }' "$JARS/$1" | tail -n 1; }

# Registers each given address as a resident and gives it password $2 through the emailed
# reset link (mail folder $1), which also signs it in: its jar then holds a session. The
# n-th address acts as client 192.0.2.n.
sign_up_residents() {
  local mail=$1 password=$2 n=0 email link
  shift 2
  rm -rf "$JARS" && mkdir -p "$JARS"
  for email in "$@"; do
    n=$((n + 1))
    as_resident "$email" "$n" --data-urlencode "full_name=Bench Resident $n" \
      --data-urlencode "email=$email" -d email_language=en "$BASE/register" >/dev/null
    as_resident "$email" "$n" --data-urlencode "email=$email" "$BASE/password-reset" >/dev/null
  done
  local links
  links=$(reset_links "$mail" "$@") || return 1
  while read -r email link; do
    n=$(client_number "$email" "$@")
    as_resident "$email" "$n" --data-urlencode "password=$password" "$BASE$link" >/dev/null
    [ -n "$(session_of "$email")" ] || { echo "setting a password did not sign $email in" >&2; return 1; }
  done <<<"$links"
}

# The position of address $1 among the following arguments (1 for the first).
client_number() {
  local wanted=$1 n=0 email
  shift
  for email in "$@"; do
    n=$((n + 1))
    [ "$email" = "$wanted" ] && { echo "$n"; return 0; }
  done
  return 1
}

# Starts an application for entitlement $3 for resident $1 (client $2) themself; prints its id.
start_application() {
  local started id
  started=$(as_resident "$1" "$2" -d for=self "$BASE/apply/$3")
  id=${started##*/applications/}
  if [[ ! $id =~ ^[0-9]+$ ]]; then
    echo "could not start an application for $1: $started" >&2
    return 1
  fi
  echo "$id"
}
