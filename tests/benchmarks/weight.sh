#!/usr/bin/env bash
# Goal (issue 21): a page weighs what it draws. `/` and `/?category=copper` answer within 2x the seed store's server
# time with a page of at most 250 KB on any store up to 1 M figures, and /api/totals' first page stays near the seed's.
# Measured on the seed store and on a store of ROWS generated rows of the SHAPE (default, or many-subheadings: ~90
# subheadings under each of 14 headings, 2000-2025), in the same run: for each path, the median time to first byte of
# REQUESTS sequential requests after one warm-up (uncached: the API's output cache is off, so every answer is computed),
# and the answer's bytes; for a page, what its charts' options and data tables weigh. Also the app's CPU time per request
# over those requests (user + system, from /proc): on a loaded machine it moves less than the time to first byte; and
# the bytes the app allocated per request with its collections (gen0/1/2) over those requests: what the GC's pauses follow.
# Usage: SHAPE=many-subheadings tests/benchmarks/weight.sh [ROWS]   (default 300000)
# Environment: REQUESTS (5), TIMEOUT per request in s (120), PATHS (default "/ /?category=copper /api/totals").
source "$(dirname "$0")/lib.sh"
rows="${1:-300000}" requests="${REQUESTS:-5}" timeout="${TIMEOUT:-120}"
read -r -a paths <<<"${PATHS:-/ /?category=copper /api/totals}"
export OutputCache__Enabled=false
machine

# What a page's parts weigh: every chart's options (data-options, as sent: HTML-escaped) and every data table.
parts() {
  python3 - "$1" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
options = sum(len(m) for m in re.findall(r'data-options="[^"]*"', html))
tables = sum(len(m) for m in re.findall(r'<details class="data-table".*?</details>', html, re.S))
panels = {m.group(1): len(m.group(0)) for m in re.finditer(r'<section class="panel"[^>]*data-chart="([^"]*)".*?</section>', html, re.S)}
print(f"chart options {options} B, data tables {tables} B; panels: " + ", ".join(f"{k} {v} B" for k, v in panels.items()))
PY
}

measure() {
  local label="$1" db="$2" path i t times bytes median key cpu
  start_app "$db"
  echo "$label: $(figure_count "$db") figures; $(load)"
  for i in "${!paths[@]}"; do
    path="${paths[$i]}"
    curl -s -o /dev/null --max-time "$timeout" "$app_url$path" || true
    times=()
    cpu=$(cpu_ticks)
    read -r alloc g0 g1 g2 p0 <<<"$(curl -s "$app_url/_bench/allocated")"
    for _ in $(seq 1 "$requests"); do
      t=$(curl -s -o "$work/answer" --max-time "$timeout" -w '%{time_starttransfer}' "$app_url$path") || t=">$timeout"
      times+=("$t")
    done
    cpu=$(( ($(cpu_ticks) - cpu) * 1000 / $(getconf CLK_TCK) / requests ))
    read -r alloc2 h0 h1 h2 p1 <<<"$(curl -s "$app_url/_bench/allocated")"
    alloc=$(( (alloc2 - alloc) / requests / 1024 ))
    median=$(printf '%s\n' "${times[@]}" | tr -d '>' | sort -g | awk '{a[NR] = $1} END {printf "%.1f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) * 1000}')
    bytes=$(stat -c %s "$work/answer")
    echo "  $path: median $median ms (each $(printf '%s ' "${times[@]}")s), $bytes bytes; app CPU $cpu ms a request; allocated $alloc KiB a request, collections gen0/1/2 $((h0 - g0))/$((h1 - g1))/$((h2 - g2)) over $requests, paused $(( (p1 - p0) / requests / 1000 )) ms a request"
    case "$path" in /api/*) ;; *) echo "    $(parts "$work/answer")" ;; esac
    key="${label}_$i"
    eval "${key}_ms=$median ${key}_bytes=$bytes ${key}_cpu=$cpu ${key}_alloc=$alloc"
  done
  echo "  $(load)"
  stop_app
}

# The app's user + system time so far, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }

measure seed "$(store 0)"
measure large "$(store "$rows")"
for i in "${!paths[@]}"; do
  eval "s_ms=\$seed_${i}_ms s_b=\$seed_${i}_bytes s_cpu=\$seed_${i}_cpu l_ms=\$large_${i}_ms l_b=\$large_${i}_bytes l_cpu=\$large_${i}_cpu s_alloc=\$seed_${i}_alloc l_alloc=\$large_${i}_alloc"
  echo "summary: ${paths[$i]}: server time seed $s_ms ms, $rows rows${SHAPE:+ ($SHAPE)} $l_ms ms: $(ratio "$l_ms" "$s_ms")x the seed (goal 2x);" \
    "bytes seed $s_b, $rows rows $l_b: $(ratio "$l_b" "$s_b")x the seed ($(( l_b / 1000 )) KB; goal for a page 250 KB);" \
    "app CPU a request seed $s_cpu ms, $rows rows $l_cpu ms: $(ratio "$l_cpu" "$s_cpu")x;" \
    "allocated a request seed $s_alloc KiB, $rows rows $l_alloc KiB: $(ratio "$l_alloc" "$s_alloc")x"
done
echo "uptime at the end: $(uptime)"
