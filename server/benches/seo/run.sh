#!/usr/bin/env bash
# Lighthouse's SEO audit (the issue's "Lighthouse SEO 100") on the public pages, in both
# languages: starts the built server with a fresh SQLite database and demo data, runs
# Lighthouse (from .tools/lighthouse, installed by `make seo`) in Debian's Chromium on each page, prints
# one line per page and language, and fails unless every score is 100.
#
# Settings (environment): SEO_PROFILE (debug, the build the browser tests use; or release),
# SEO_PORT (3994), CHROME_PATH (/usr/bin/chromium).
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/../../.."
OUT=target/seo
PORT=${SEO_PORT:-3994}
PROFILE=${SEO_PROFILE:-debug}
POSTGRES_URL=unused
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIGHTHOUSE=.tools/lighthouse/node_modules/.bin/lighthouse
[ -x "$LIGHTHOUSE" ] || { echo "Lighthouse is not installed: run make seo" >&2; exit 1; }
# shellcheck source=../common.sh
source server/benches/common.sh
trap 'stop_server' EXIT

rm -rf "$OUT" && mkdir -p "$OUT/reports"
[ -x "$BINARY" ] || build_server
start_server "$OUT" "sqlite://$PWD/$OUT/portal.db?mode=rwc"

place=$(curl -sf "$BASE/places" | grep -o 'href="/places/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
fair=$(curl -sf "$BASE/jobs/fairs" | grep -o 'href="/jobs/fairs/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
PAGES="/ /entitlements /entitlements/e04 /check /jobs/fairs /jobs/fairs/$fair /training /news /notices
  /policy /places /places/$place /search /search?q=%E6%8A%A4%E7%90%86%E8%A1%A5%E8%B4%B4 /alerts /site-map
  /accessibility /privacy"

failed=0
n=0
for path in $PAGES; do
  for lang in zh-CN en; do
    n=$((n + 1))
    report=$OUT/reports/$n.json
    "$LIGHTHOUSE" "$BASE$path" --only-categories=seo --quiet --output=json --output-path="$report" \
      --extra-headers="{\"Cookie\":\"lang=$lang\"}" \
      --chrome-flags="--headless --no-sandbox --disable-gpu" >"$OUT/reports/$n.log" 2>&1 \
      || { cat "$OUT/reports/$n.log" >&2; exit 1; }
    python3 - "$report" "$path" "$lang" <<'PY' || failed=1
import json, sys
report, path, lang = sys.argv[1:]
r = json.load(open(report))
seo = r["categories"]["seo"]
failing = [a["id"] for a in seo["auditRefs"] if a["weight"] > 0 and r["audits"][a["id"]]["score"] not in (None, 1)]
print(f"{round(seo['score'] * 100):>3}  {lang:<5}  {path}  {' '.join(failing)}")
sys.exit(1 if failing or seo["score"] < 1 else 0)
PY
  done
done
[ "$failed" = 0 ] || { echo "some pages score below 100 (reports in $OUT/reports)" >&2; exit 1; }
echo "✓ Lighthouse SEO 100 on $n pages"
