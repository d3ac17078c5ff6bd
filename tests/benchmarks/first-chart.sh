#!/usr/bin/env bash
# Goal: the first chart of the overview in Chromium <= 0.5 s after navigation with the seed store, <= 1.0 s at ~1 M
# figures. The published app (Release, Production: static assets fingerprinted and precompressed) on the seed store and
# on a store of ROWS generated rows; each load in a new browser context (an empty cache, a first visit). Beside them,
# the floor: the same ApexCharts file drawing twelve bars on a page of its own (/_bench/chart, no Blazor, no data),
# served by the same process, so that a busy machine shows in both.
# Usage: tests/benchmarks/first-chart.sh [ROWS] [LOADS] [LARGE_LOADS]   (default 1000000 11 3)
# Environment: TIMEOUT per load in s (180).
source "$(dirname "$0")/lib.sh"
rows="${1:-1000000}" loads="${2:-11}" large_loads="${3:-3}" timeout="${TIMEOUT:-180}"
build_tools
machine

median_of() { sed -n 's/^first_chart_ms median=\([^ ]*\).*/\1/p' "$1"; }

start_app "$(store 0)"
tools first-chart "$app_url/_bench/chart" "$loads" "$timeout" >"$work/floor.txt"
tools first-chart "$app_url/" "$loads" "$timeout" >"$work/seed.txt"
echo "floor (ApexCharts alone, /_bench/chart): $(grep '^first_chart_ms' "$work/floor.txt"); $(load)"
echo "seed store (/):"; sed 's/^/  /' "$work/seed.txt"
echo "  $(load)"
stop_app

start_app "$(store "$rows")"
tools first-chart "$app_url/" "$large_loads" "$timeout" >"$work/large.txt"
echo "$rows rows ($(figure_count "$work/store.db") figures, /):"; sed 's/^/  /' "$work/large.txt"
echo "  $(load)"
stop_app

floor=$(median_of "$work/floor.txt") seed=$(median_of "$work/seed.txt") large=$(median_of "$work/large.txt")
echo "summary: first chart floor $floor ms, seed $seed ms ($(ratio "$seed" "$floor")x the floor; goal 500 ms: $(ratio "$seed" 500)x)," \
  "$rows rows $large ms ($(ratio "$large" "$floor")x the floor; goal 1000 ms: $(ratio "$large" 1000)x)"
echo "uptime at the end: $(uptime)"
