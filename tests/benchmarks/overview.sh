#!/usr/bin/env bash
# Goal: the overview (/) at ~1 M imported figures answers in <= 300 ms of server time, and the server's peak RSS
# stays <= 400 MB while 20 clients read / for 60 s. Measured on the seed store and on a store of ROWS generated rows,
# in the same run: the server time is the median time to first byte of REQUESTS sequential requests after one warm-up;
# then wrk keeps CLIENTS connections reading / for SECONDS, and the peak RSS (VmHWM, reset after the warm-up) and the
# GC heap after a full collection are read from the server.
# Usage: tests/benchmarks/overview.sh [ROWS] [CLIENTS] [SECONDS]   (default 1000000 20 60)
# Environment: REQUESTS (5), TIMEOUT per request in s (120), MAX_RSS_MB (12000: the app is stopped past it), and
# LARGE_CLIENTS, LARGE_SECONDS for the large store only (when a page takes a minute, 20 clients would take the machine),
# PAGE (/): another page to read the same way, such as /figures or /?category=copper.
source "$(dirname "$0")/lib.sh"
rows="${1:-1000000}" clients="${2:-20}" seconds="${3:-60}"
requests="${REQUESTS:-5}" timeout="${TIMEOUT:-120}"
large_clients="${LARGE_CLIENTS:-$clients}" large_seconds="${LARGE_SECONDS:-$seconds}" page="${PAGE:-/}"
machine

ttfb() {  # time to first byte of one request in s, or the timeout marked with '>'
  local t
  t=$(curl -s -o "$work/page.html" --max-time "$timeout" -w '%{time_starttransfer}' "$app_url$page") && echo "$t" || echo ">$timeout"
}

measure() {
  local label="$1" db="$2" clients="$3" seconds="$4" times=() first median
  start_app "$db"
  first=$(ttfb)
  for _ in $(seq 1 "$requests"); do
    times+=("$(ttfb)")
  done
  median=$(printf '%s\n' "${times[@]}" | tr -d '>' | sort -g | awk '{a[NR] = $1} END {printf "%.0f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) * 1000}')
  echo "$label: $(figure_count "$db") figures; first request ${first} s; server time (TTFB) over $requests requests: median $median ms," \
    "each $(printf '%s ' "${times[@]}")s; page $(stat -c %s "$work/page.html") bytes; $(load)"
  reset_peak
  guard_rss
  wrk -t2 -c"$clients" -d"${seconds}s" --timeout "${timeout}s" --latency "$app_url$page" >"$work/wrk.txt" 2>&1 || true
  if [ -e "$work/aborted" ]; then
    cat "$work/aborted"; rm "$work/aborted"
    eval "${label}_ms=$median ${label}_peak=aborted"
    return
  fi
  local peak heap
  peak=$(peak_rss_mib) heap=$(gc_heap_mib)
  echo "$label: $clients clients for $seconds s: $(wrk_summary "$work/wrk.txt"); server peak RSS $peak MiB; GC heap after a full collection $heap MiB; $(load)"
  stop_app
  eval "${label}_ms=$median ${label}_peak=$peak"
}

measure seed "$(store 0)" "$clients" "$seconds"
measure large "$(store "$rows")" "$large_clients" "$large_seconds"
echo "summary: $page: server time seed ${seed_ms} ms, $rows rows ${large_ms} ms ($(ratio "$large_ms" "$seed_ms")x the seed; goal 300 ms: $(ratio "$large_ms" 300)x the goal);" \
  "peak RSS seed ${seed_peak} MiB ($clients clients), $rows rows ${large_peak} MiB ($large_clients clients) (goal 400 MB: $(ratio "${large_peak/aborted/0}" 381)x the goal)"
echo "uptime at the end: $(uptime)"
