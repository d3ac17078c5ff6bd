#!/usr/bin/env bash
# Goal: memory per Blazor circuit on / <= 300 KB. The published app on the seed store (or ROWS generated rows); PAGES
# headless Chromium pages open / and wait for its first chart (drawn by the circuit); the GC heap after a full blocking
# collection is read from the server (the hooks' /_bench/memory, which also counts the open circuits) with no circuit
# and then with every page connected; the difference divided by the circuits, beside Microsoft's guidance for a
# minimal app (about 250 to 273 KB per circuit) and the goal.
# Usage: tests/benchmarks/circuits.sh [PAGES] [ROWS]   (default 200 0)
source "$(dirname "$0")/lib.sh"
pages="${1:-200}" rows="${2:-0}"
build_tools
machine
start_app "$(store "$rows")"
echo "store: $(figure_count "$work/store.db") figures; $pages pages on $app_url/"
tools circuits "$app_url/" "$pages" | tee "$work/circuits.txt"
per=$(sed -n 's/^per_circuit heap_kib=\([^ ]*\).*/\1/p' "$work/circuits.txt")
echo "summary: $per KiB of GC heap per circuit ($(ratio "$per" 293)x the goal of 300 KB = 293 KiB; $(ratio "$per" 267)x Microsoft's ~273 KB); $(load)"
echo "uptime at the end: $(uptime)"
