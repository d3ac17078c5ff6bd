#!/usr/bin/env bash
# Goal (issue 21): 20 readers of / for 60 s at ~1 M figures, each reader on a loopback address of its own: the server's
# peak RSS <= 400 MB and p99 <= 2 s. Measured on the seed store and on a store of ROWS generated rows (SHAPE, as every
# benchmark here), in the same run: each reader reads PAGE again as soon as it has it (Tools/Readers.cs, 127.0.0.10 and
# up), and the server's peak RSS (VmHWM, reset after one warm-up request) and GC heap after a full collection are read.
# Usage: tests/benchmarks/readers.sh [ROWS] [READERS] [SECONDS]   (default 1000000 20 60)
# Environment: PAGE (/), MAX_RSS_MB (12000: the app is stopped past it).
source "$(dirname "$0")/lib.sh"
rows="${1:-1000000}" readers="${2:-20}" seconds="${3:-60}" page="${PAGE:-/}"
build_tools
machine

measure() {
  local label="$1" db="$2" line peak heap
  start_app "$db"
  curl -s -o /dev/null --max-time 300 "$app_url$page" || true
  reset_peak
  guard_rss
  line="$(tools readers "$app_url$page" "$readers" "$seconds")"
  if [ -e "$work/aborted" ]; then
    cat "$work/aborted"; rm "$work/aborted"
    eval "${label}_peak=aborted ${label}_p99=n/a"
    return
  fi
  peak=$(peak_rss_mib) heap=$(gc_heap_mib)
  echo "$label ($(figure_count "$db") figures): $line; server peak RSS $peak MiB; GC heap after a full collection $heap MiB; $(load)"
  stop_app
  eval "${label}_peak=$peak ${label}_p99=$(sed -n 's/.*p99_ms=\([^ ]*\).*/\1/p' <<<"$line")"
}

measure seed "$(store 0)"
measure large "$(store "$rows")"
echo "summary: $readers readers of $page for $seconds s, each on its own address: peak RSS seed ${seed_peak} MiB, $rows rows${SHAPE:+ ($SHAPE)} ${large_peak} MiB" \
  "($(ratio "${large_peak/aborted/0}" "${seed_peak/aborted/0}")x the seed; goal 400 MB: $(ratio "${large_peak/aborted/0}" 381)x); p99 seed ${seed_p99} ms, $rows rows ${large_p99} ms (goal 2000 ms)"
echo "uptime at the end: $(uptime)"
