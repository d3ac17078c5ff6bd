#!/usr/bin/env bash
# Goal: GET /api/figures?category=copper on the seed store >= 0.25x the requests per second of /plaintext in the same
# process, uncached (>= 0.7x once served from an output cache); at ~1 M figures, a page of results within 50 ms p99.
# wrk, 2 threads, 64 connections, loopback. /plaintext comes from the benchmark hooks (Hooks/BenchmarkHooks.cs), loaded
# into the published app from outside and answered after the app's whole pipeline, so both sides pay the same
# middleware. The two alternate (plaintext, API, API, plaintext) so that a change in the machine's load hits both.
# Each side is warmed up (10 s of wrk) before it is measured. At ROWS rows, /plaintext is measured first, on the idle
# server, then the API for LARGE_SECONDS; the app is then stopped, since it may still be answering abandoned requests.
# Usage: tests/benchmarks/api.sh [ROWS] [SECONDS]   (default 1000000 15)
# Environment: QUERY (the API request, default /api/figures?category=copper), LARGE_QUERY (the request at ROWS rows,
# default QUERY: the API has no paging yet, so today this is the whole result), LARGE_SECONDS (60), TIMEOUT per
# request in s (60).
source "$(dirname "$0")/lib.sh"
rows="${1:-1000000}" seconds="${2:-15}" timeout="${TIMEOUT:-60}" large_seconds="${LARGE_SECONDS:-60}"
query="${QUERY:-/api/figures?category=copper}" large_query="${LARGE_QUERY:-${QUERY:-/api/figures?category=copper}}"
machine

run_wrk() {  # NAME PATH [SECONDS]: prints wrk's summary and appends the req/s to $work/NAME.rps
  wrk -t2 -c64 -d"${3:-$seconds}s" --timeout "${timeout}s" --latency "$app_url$2" >"$work/wrk-$1.txt" 2>&1 || true
  local line; line="$(wrk_summary "$work/wrk-$1.txt")"
  echo "  $2: $line; $(load)"
  sed 's/.*req_per_s=\([^ ]*\).*/\1/' <<<"$line" >>"$work/$1.rps"
}
warm_up() { wrk -t2 -c64 -d10s --timeout "${timeout}s" "$app_url$1" >/dev/null 2>&1 || true; }
mean_rps() { awk '{s += $1} END {printf "%.1f", s / NR}' "$work/$1.rps"; }

start_app "$(store 0)"
echo "seed store: $query answers $(curl -s "$app_url$query" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))') rows," \
  "$(curl -s -o /dev/null -w '%{size_download}' "$app_url$query") bytes"
warm_up /plaintext
warm_up "$query"
run_wrk plain /plaintext
run_wrk api "$query"
run_wrk api "$query"
run_wrk plain /plaintext
stop_app
plain=$(mean_rps plain) api=$(mean_rps api)
echo "seed: /plaintext ${plain} req/s, API ${api} req/s: $(ratio "$api" "$plain")x (goal >= 0.25x uncached, >= 0.7x cached)"

start_app "$(store "$rows")"
echo "$rows rows ($(figure_count "$work/store.db") figures): $large_query answers" \
  "$(curl -s -o /dev/null --max-time "$timeout" -w '%{size_download} bytes in %{time_total} s' "$app_url$large_query")"
rm "$work/plain.rps"
warm_up /plaintext
run_wrk plain /plaintext
run_wrk large "$large_query" "$large_seconds"
stop_app
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" "$work/large.summary"; }
wrk_summary "$work/wrk-large.txt" >"$work/large.summary"
if [ "$(field requests)" -eq 0 ]; then
  large="none of the requests finished within ${large_seconds} s"
else
  large="p99 $(field p99_ms) ms (goal 50 ms: $(ratio "$(field p99_ms)" 50)x), $(field req_per_s) req/s = $(ratio "$(field req_per_s)" "$(mean_rps plain)")x /plaintext"
fi
echo "summary: seed API/plaintext $(ratio "$api" "$plain")x (goal 0.25x); $rows rows, 64 connections: $large"
echo "uptime at the end: $(uptime)"
