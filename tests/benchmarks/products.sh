#!/usr/bin/env bash
# Product pages and mirror statistics at scale (issue 11, docs/decisions/0062-bounded-product-reads.md): the server time
# of each read (curl's time to first byte, the median of RUNS sequential requests after one warm-up) on the seed store
# and on a store of ROWS generated rows, each against /plaintext in the same process and run (the baseline: the
# machine is shared). The codes measured are the generated store's busiest subheading and its chapter.
# Usage: tests/benchmarks/products.sh [ROWS] [RUNS]   (default 300000 7)
source "$(dirname "$0")/lib.sh"
rows="${1:-300000}" runs="${2:-7}"
machine

median_ms() {  # PATH: median time to first byte in ms
  curl -s -o /dev/null --max-time 120 "$app_url$1" || true
  for _ in $(seq "$runs"); do curl -s -o /dev/null --max-time 120 -w '%{time_starttransfer}\n' "$app_url$1"; done \
    | sort -n | awk '{t[NR] = $1} END {printf "%.1f", t[int((NR + 1) / 2)] * 1000}'
}

measure() {  # LABEL CHAPTER SUBHEADING
  local plain ms bytes last
  plain="$(median_ms /plaintext)"
  # The cursor of the last page of 1000 (followed from the first): a page deep in the comparisons' order.
  last="$(python3 - "$app_url" <<'PY'
import json, sys, urllib.request
cursor, last = None, ""
while True:
    url = f"{sys.argv[1]}/api/mirror?limit=1000" + (f"&cursor={cursor}" if cursor else "")
    cursor = json.load(urllib.request.urlopen(url, timeout=120))["next"]
    if cursor is None:
        break
    last = cursor
print(last)
PY
)"
  echo "$1 ($(figure_count "$work/store.db") figures): /plaintext $plain ms; $(load)"
  for path in /products "/products?q=$2" "/products/$2" "/products/$3" /products/TOTAL /compare "/compare?hs=$2*" \
      "/api/mirror?limit=1000" "/api/mirror?limit=100${last:+&cursor=$last}" "/api/mirror?hs=$3"; do
    ms="$(median_ms "$path")"
    bytes="$(curl -s -o /dev/null --max-time 120 -w '%{size_download}' "$app_url$path")"
    printf '  %-40s %9s ms %10s bytes %10sx /plaintext\n' "$path" "$ms" "$bytes" "$(ratio "$ms" "$plain")"
  done
}

start_app "$(store 0)"
measure "seed store" 26 2603
stop_app

large="$(store "$rows")"
read -r chapter subheading < <(python3 - "$large" <<'PY'
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
code = con.execute("select HsCode from Figures where length(HsCode) = 6 group by HsCode order by count(*) desc limit 1").fetchone()[0]
print(code[:2], code)
PY
)
start_app "$large"
measure "$rows rows" "$chapter" "$subheading"
stop_app
echo "uptime at the end: $(uptime)"
