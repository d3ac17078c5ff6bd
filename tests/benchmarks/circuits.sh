#!/usr/bin/env bash
# Goal: memory per Blazor circuit on / <= 300 KB. The published app on the seed store (or ROWS generated rows); PAGES
# headless Chromium pages open / and wait for its first chart (drawn by the circuit); the GC heap after a full blocking
# collection is read from the server (the hooks' /_bench/memory, which also counts the open circuits) with no circuit
# and then with every page connected; the difference divided by the circuits, beside Microsoft's guidance for a
# minimal app (about 250 to 273 KB per circuit) and the goal.
# Usage: tests/benchmarks/circuits.sh [PAGES] [ROWS]   (default 200 0)
# Environment: GCDUMP=FILE writes a heap dump of the server with the circuits open (dotnet-gcdump; DOTNET_GCDUMP=path).
source "$(dirname "$0")/lib.sh"
pages="${1:-200}" rows="${2:-0}"
build_tools
machine
start_app "$(store "$rows")"
echo "store: $(figure_count "$work/store.db") figures; $pages pages on $app_url/"
if [ -n "${GCDUMP:-}" ]; then
  # A heap dump of the server with every circuit open (dotnet-gcdump, where DOTNET_GCDUMP names it), to see what they hold.
  CIRCUITS_HOLD_SECONDS=60 tools circuits "$app_url/" "$pages" >"$work/circuits.txt" &
  tool_pid=$!
  until grep -q '^per_circuit' "$work/circuits.txt" 2>/dev/null; do kill -0 "$tool_pid" 2>/dev/null || break; sleep 1; done
  "${DOTNET_GCDUMP:-dotnet-gcdump}" collect -p "$app_pid" -o "$GCDUMP" >&2 || true
  wait "$tool_pid" || true
  cat "$work/circuits.txt"
else
  tools circuits "$app_url/" "$pages" | tee "$work/circuits.txt"
fi
per=$(sed -n 's/^per_circuit heap_kib=\([^ ]*\).*/\1/p' "$work/circuits.txt")
echo "summary: $per KiB of GC heap per circuit ($(ratio "$per" 293)x the goal of 300 KB = 293 KiB; $(ratio "$per" 267)x Microsoft's ~273 KB); $(load)"
echo "uptime at the end: $(uptime)"
