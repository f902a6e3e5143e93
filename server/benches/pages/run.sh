#!/usr/bin/env bash
# The page benchmark (README, "Page benchmark"): how each page, loaded alone, compares with
# nginx serving the same bytes. For each backend: starts the built server with a fresh
# database and demo data; signs a resident in (password set through the emailed reset link)
# with one sent application and one draft; runs wrk on each of that resident's pages at
# BENCH_SIGNED_IN_CONNECTIONS; fetches each public page once, exactly as wrk asks for it, into
# a folder that nginx serves on another port with the portal's own headers; then runs wrk on
# each public page, portal then nginx, at each of BENCH_CONNECTIONS. Prints one markdown table
# per backend and connection count, writes them all to target/bench-pages/summary.md, and
# fails on any socket error or any answer that is not 2xx.
#
# Settings (environment):
#   BENCH_BACKENDS ("sqlite postgres"), BENCH_PROFILE (release; debug for a quick try),
#   BENCH_DURATION (15s, per page and server), BENCH_THREADS (2), BENCH_CONNECTIONS ("64 200"),
#   BENCH_SIGNED_IN_CONNECTIONS (64), BENCH_PORT (3992, the portal), BENCH_NGINX_PORT (3993),
#   BENCH_NGINX_WORKERS (2), BENCH_NGINX (the nginx binary; found on PATH or in /usr/sbin),
#   BENCH_PAGE_CACHE (unset: the server's default; true or false: passed on as PORTAL_PAGE_CACHE),
#   BENCH_COMPARE_CACHE (yes: each backend twice on one database, page cache off then on, so
#   before and after come from one binary in one run), POSTGRES_URL (a database on the server
#   where the fresh one is created and dropped).
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/../../.."
HERE=server/benches/pages
BACKENDS=${BENCH_BACKENDS:-sqlite postgres}
PROFILE=${BENCH_PROFILE:-release}
DURATION=${BENCH_DURATION:-15s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64 200}
SIGNED_IN_CONNECTIONS=${BENCH_SIGNED_IN_CONNECTIONS:-64}
PORT=${BENCH_PORT:-3992}
NGINX_PORT=${BENCH_NGINX_PORT:-3993}
NGINX_WORKERS=${BENCH_NGINX_WORKERS:-2}
NGINX=${BENCH_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
POSTGRES_URL=${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
OUT=target/bench-pages
NGINX_BASE=http://127.0.0.1:$NGINX_PORT
EMAIL=resident@pages.example
PASSWORD=page-bench-password-2026
# A valid certificate number (born 1 March 1980, physical, level 2) and a community.
CERTIFICATE=11010519800301001X12
AREA=jiangbei.guanyinqiao.community1

# One pass per page cache setting; "default" leaves PORTAL_PAGE_CACHE to the server.
if [ "${BENCH_COMPARE_CACHE:-no}" = yes ]; then
  PASSES="false true"
else
  PASSES=${BENCH_PAGE_CACHE:-default}
fi

command -v wrk >/dev/null || { echo "wrk is not installed: run make bench-tools" >&2; exit 1; }
[ -x "$NGINX" ] || { echo "nginx is not installed: run make bench-tools" >&2; exit 1; }
# shellcheck source=../common.sh
source server/benches/common.sh

# What a page with an id in its path is, for the tables.
declare -A PAGE_NOTE=()

NGINX_PID=
stop_nginx() {
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
  fi
}
trap 'stop_nginx; stop_server; drop_postgres' EXIT

# The resident's POST (curl arguments after $1) must redirect (303); else set-up step $1 fails.
post_expecting_redirect() {
  local what=$1 answer
  shift
  answer=$(as_resident "$EMAIL" 1 "$@")
  [[ $answer == 303* ]] || { echo "$what: expected a redirect, got '$answer'" >&2; return 1; }
}

# Fills in every section of application $2 (a document in folder $1) and sends it.
send_application() {
  local dir=$1 base=$BASE/applications/$2
  printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' >"$dir/certificate.pdf"
  post_expecting_redirect "person" -d "full_name=Bench+Resident&certificate_number=$CERTIFICATE" \
    -d "phone=13800000000&area_code=$AREA&address=1+Example+Road&then=continue" "$base/person"
  post_expecting_redirect "circumstances" -d then=continue "$base/circumstances"
  post_expecting_redirect "document" \
    -F "document=@$dir/certificate.pdf;filename=certificate.pdf;type=application/pdf" "$base/documents"
  post_expecting_redirect "documents done" -d then=continue "$base/documents/done"
  post_expecting_redirect "declaration" -d "declaration=yes&then=continue" "$base/declaration"
  post_expecting_redirect "submit" -X POST "$base/submit"
}

# Signs the resident up and gives them a sent application and a draft; sets SIGNED_IN_PAGES
# (their account, the draft's task list, the sent one's status page), what each one is
# (PAGE_NOTE, for the table) and SESSION.
prepare_resident() {
  local dir=$1 sent draft
  sign_up_residents "$dir/mail" "$PASSWORD" "$EMAIL"
  sent=$(start_application "$EMAIL" 1 e04)
  send_application "$dir" "$sent"
  draft=$(start_application "$EMAIL" 1 e04)
  SIGNED_IN_PAGES="/account /applications/$draft /applications/$sent"
  PAGE_NOTE=(["/applications/$draft"]="draft: task list" ["/applications/$sent"]="sent: status")
  SESSION=$(session_of "$EMAIL")
}

# The first id in links like href="/jobs/fairs/12" on page $1; fails if there is none.
first_id_on() {
  local id
  id=$(curl -sf "$BASE$1" | grep -o "href=\"$1/[0-9]*\"" | head -n 1 | grep -o '[0-9]*') || true
  [ -n "$id" ] || { echo "no link to one of $1 on $1: is demo data missing?" >&2; return 1; }
  echo "$id"
}

# Sets PUBLIC_PAGES: the issue's pages, with one seeded job fair, course and place, and the
# information site's lists, the directory and a search for 护理补贴 (nursing subsidy).
find_public_pages() {
  local fair course place search
  fair=$(first_id_on /jobs/fairs)
  course=$(first_id_on /training)
  place=$(first_id_on /places)
  search="/search?q=%E6%8A%A4%E7%90%86%E8%A1%A5%E8%B4%B4"
  PUBLIC_PAGES="/ /entitlements /entitlements/e03 /jobs/fairs /jobs/fairs/$fair /training /training/$course"
  PUBLIC_PAGES+=" /news /notices /policy /places /places/$place $search /alerts"
  PAGE_NOTE+=(["/jobs/fairs/$fair"]="a fair" ["/training/$course"]="a course" ["/places/$place"]="a place")
  PAGE_NOTE+=(["$search"]="护理补贴")
}

# Fetches page $2 from the portal the way wrk asks for it (Host only: no user agent, no
# Accept, no cookie unless given as $3) into $1.html, its headers into $1.headers; fails
# unless the answer is 200.
fetch_page() {
  local file=$1 path=$2 cookie=() status
  [ -z "${3:-}" ] || cookie=(-H "Cookie: session=$3")
  status=$(curl -sS -H 'User-Agent:' -H 'Accept:' "${cookie[@]}" \
    -D "$file.headers" -o "$file.html" -w '%{http_code}' "$BASE$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status, not 200" >&2; return 1; }
}

# nginx directives adding the portal's own response headers from file $1, so both servers
# send nearly the same bytes; only framing headers and the ETag, which nginx writes itself, are left out.
portal_headers_as_nginx() {
  tr -d '\r' <"$1" | tail -n +2 | while IFS= read -r line; do
    [ -n "$line" ] || continue
    local name=${line%%:*} value=${line#*: }
    case ${name,,} in
      content-type | content-length | transfer-encoding | date | connection | keep-alive | etag) continue ;;
    esac
    if [[ $value == *'$'* || $value == *'"'* || $value == *'\'* ]]; then
      echo "header $name has a character nginx would read as syntax: $value" >&2
      return 1
    fi
    echo "      add_header $name \"$value\";"
  done
}

# Writes folder $1/nginx/ (config, pid, temporary files, error log): nginx serving each
# snapshot $1/pages/N.html at the Nth public page's path; everything else is 404.
write_nginx_config() {
  local dir=$1 n=0 path locations=
  for path in $PUBLIC_PAGES; do
    n=$((n + 1))
    # nginx matches the path alone; the query (a search) is in the snapshot.
    locations+="    location = ${path%%\?*} {
      try_files /$n.html =404;
$(portal_headers_as_nginx "$dir/pages/$n.headers")
    }
"
  done
  mkdir -p "$dir/nginx/temp"
  cat >"$dir/nginx/nginx.conf" <<EOF
# Generated by $HERE/run.sh: nginx serving the portal's public pages as files.
worker_processes $NGINX_WORKERS;
pid $PWD/$dir/nginx/nginx.pid;
error_log $PWD/$dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $PWD/$dir/nginx/temp/body;
  proxy_temp_path $PWD/$dir/nginx/temp/proxy;
  fastcgi_temp_path $PWD/$dir/nginx/temp/fastcgi;
  uwsgi_temp_path $PWD/$dir/nginx/temp/uwsgi;
  scgi_temp_path $PWD/$dir/nginx/temp/scgi;
  # Paths have no extension: every file is an HTML page in UTF-8, like the portal's.
  types {}
  default_type text/html;
  charset utf-8;
  # How one serves static files well, so the ratio is against nginx at its ordinary best;
  # keep-alive connections unlimited, as the portal's are (nginx closes after 1000 by default).
  sendfile on;
  tcp_nopush on;
  open_file_cache max=64;
  keepalive_requests 1000000;
  server_tokens off;
  etag off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$dir/pages;
$locations
    location / { return 404; }
  }
}
EOF
}

# Snapshots the public pages into $1/pages, starts nginx on them and checks it serves each
# page's bytes exactly.
start_nginx() {
  local dir=$1 n=0 path _
  rm -rf "$dir/pages" "$dir/nginx" && mkdir -p "$dir/pages"
  for path in $PUBLIC_PAGES; do
    n=$((n + 1))
    fetch_page "$dir/pages/$n" "$path"
  done
  write_nginx_config "$dir"
  "$NGINX" -e "$PWD/$dir/nginx/error.log" -p "$PWD/$dir/nginx" -c "$PWD/$dir/nginx/nginx.conf" \
    -g 'daemon off;' >"$dir/nginx/stderr.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    curl -sf -o /dev/null "$NGINX_BASE/" && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$dir/nginx/stderr.log" "$dir/nginx/error.log" >&2; return 1; }
    sleep 0.2
  done
  n=0
  for path in $PUBLIC_PAGES; do
    n=$((n + 1))
    curl -sf "$NGINX_BASE$path" | cmp -s - "$dir/pages/$n.html" \
      || { echo "nginx does not serve the portal's bytes for $path" >&2; return 1; }
  done
}

# Runs wrk on URL $2 with $3 connections (further arguments go to wrk, e.g. -H), its output
# in file $1; prints "req/s p99_ms". Fails, showing the output, on any answer that is not
# 2xx or any socket error.
measure() {
  local out=$1 url=$2 connections=$3 result
  shift 3
  wrk -t "$THREADS" -c "$connections" -d "$DURATION" --timeout 10s --latency \
    -s "$HERE/count.lua" "$@" "$url" >"$out" 2>&1 || true
  result=$(grep '^RESULT ' "$out") || { cat "$out" >&2; echo "wrk gave no result for $url" >&2; return 1; }
  if [[ $result != *" not_2xx=0 socket_errors=0" ]] || [[ $result == *" requests=0 "* ]]; then
    cat "$out" >&2
    echo "FAILED: $url at $connections connections: answers other than 2xx or socket errors" >&2
    return 1
  fi
  awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print v["rps"], v["p99_ms"] }' <<<"$result"
}

# Path $1 as the tables show it: with what it is, when its path does not say.
shown() { echo "\`$1\`${PAGE_NOTE[$1]:+ (${PAGE_NOTE[$1]})}"; }

# A file name for path $1 in wrk's output folder.
slug() { local s=${1//\//_}; echo "${s:-_}"; }

# Each signed-in page alone at SIGNED_IN_CONNECTIONS; appends rows to file $2 under label
# $3; wrk's output goes to $1/wrk/, in files named after tag $4.
bench_signed_in() {
  local dir=$1 results=$2 label=$3 tag=$4 path portal
  mkdir -p "$dir/signed-in"
  for path in $SIGNED_IN_PAGES; do
    fetch_page "$dir/signed-in/$(slug "$path")" "$path" "$SESSION"
    echo "→ $label: $path signed in, $SIGNED_IN_CONNECTIONS connections" >&2
    portal=$(measure "$dir/wrk/$tag-signed-in-$SIGNED_IN_CONNECTIONS$(slug "$path").txt" "$BASE$path" \
      "$SIGNED_IN_CONNECTIONS" -H "Cookie: session=$SESSION")
    printf '%s\tsigned-in\t%s\t%s\t%s\t%s\t-\t-\n' "$label" "$SIGNED_IN_CONNECTIONS" "$(shown "$path")" \
      "$(wc -c <"$dir/signed-in/$(slug "$path").html")" "${portal// /$'\t'}" >>"$results"
  done
}

# Each public page alone, portal then nginx, at each connection count (arguments as above).
bench_public() {
  local dir=$1 results=$2 label=$3 tag=$4 connections path n portal nginx
  for connections in $CONNECTIONS; do
    n=0
    for path in $PUBLIC_PAGES; do
      n=$((n + 1))
      echo "→ $label: $path, $connections connections" >&2
      portal=$(measure "$dir/wrk/$tag-portal-$connections$(slug "$path").txt" "$BASE$path" "$connections")
      nginx=$(measure "$dir/wrk/$tag-nginx-$connections$(slug "$path").txt" "$NGINX_BASE$path" "$connections")
      printf '%s\tpublic\t%s\t%s\t%s\t%s\t%s\n' "$label" "$connections" "$(shown "$path")" \
        "$(wc -c <"$dir/pages/$n.html")" "${portal// /$'\t'}" "${nginx// /$'\t'}" >>"$results"
    done
  done
}

# One pass on backend $1's database (folder $2): the server started with page cache setting
# $3 ("default" leaves it unset); the resident is prepared on the first pass.
bench_pass() {
  local backend=$1 dir=$2 cache=$3 env=() label=$1 tag=$1
  if [ "$cache" != default ]; then
    env=(PORTAL_PAGE_CACHE="$cache")
    label="$backend, page cache $([ "$cache" = true ] && echo on || echo off)"
    tag="$backend-cache-$cache"
  fi
  start_server "$dir" "$DATABASE_URL_FOR_BENCH" "${env[@]}"
  if [ -z "$SESSION" ]; then
    prepare_resident "$dir"
  fi
  find_public_pages
  mkdir -p "$dir/wrk"
  # Signed-in pages first: the session has been used recently, well inside its idle limit.
  bench_signed_in "$dir" "$OUT/results.tsv" "$label" "$tag"
  start_nginx "$dir"
  bench_public "$dir" "$OUT/results.tsv" "$label" "$tag"
  stop_nginx
  stop_server
}

# Every pass on a fresh database of backend $1.
run_backend() {
  local backend=$1 dir=$OUT/$1 cache
  rm -rf "$dir" && mkdir -p "$dir"
  SESSION=
  fresh_database "$backend" "$dir"
  for cache in $PASSES; do
    bench_pass "$backend" "$dir" "$cache"
  done
  drop_postgres
}

# Markdown tables from the rows of file $1: per pass, public pages at each connection count,
# then signed-in pages.
tables() {
  awk -F '\t' '
    function heading(label, kind, connections) {
      printf "\n### %s: %s pages, %s connections\n\n", label, kind, connections
      if (kind == "public") {
        print "| page | bytes | portal req/s | nginx req/s, same bytes | ratio (portal ÷ nginx) | portal p99 ms |"
        print "|---|---:|---:|---:|---:|---:|"
      } else {
        print "| page | bytes | portal req/s | portal p99 ms |"
        print "|---|---:|---:|---:|"
      }
    }
    {
      if (!($1 in seen)) { seen[$1] = 1; labels[++n_labels] = $1 }
      key = $1 SUBSEP $2 SUBSEP $3
      if (!(key in rows)) keys[++n_keys] = key
      rows[key] = rows[key] RS $0
    }
    END {
      # Per pass, public pages first, though signed-in pages were measured first.
      split("public signed-in", kinds, " ")
      for (l = 1; l <= n_labels; l++) for (t = 1; t <= 2; t++) for (k = 1; k <= n_keys; k++) {
        split(keys[k], part, SUBSEP)
        if (part[1] != labels[l] || part[2] != kinds[t]) continue
        heading(part[1], part[2], part[3])
        m = split(substr(rows[keys[k]], 2), lines, RS)
        for (i = 1; i <= m; i++) {
          split(lines[i], f, "\t")
          if (f[2] == "public")
            printf "| %s | %d | %.0f | %.0f | %.3f | %.1f |\n", f[4], f[5], f[6], f[8], f[6] / f[8], f[7]
          else
            printf "| %s | %d | %.0f | %.1f |\n", f[4], f[5], f[6], f[7]
        }
      }
    }
  ' "$1"
}

build_server
mkdir -p "$OUT"
rm -f "$OUT/results.tsv"
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
for backend in $BACKENDS; do
  run_backend "$backend"
done
{
  echo "## Page benchmark"
  echo
  echo "Commit $(git rev-parse --short HEAD), $PROFILE build, started $started; wrk $THREADS threads," \
    "$DURATION per page and server; $(nproc) CPUs shared by wrk, the portal, nginx and the database" \
    "(load average before: $load_before)."
  tables "$OUT/results.tsv"
} | tee "$OUT/summary.md"
echo "OK: every answer 2xx, no socket errors (details in $OUT/*/wrk/)"
