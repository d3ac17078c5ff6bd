#!/usr/bin/env bash
# Settings side by side (issue 21, docs/decisions/0073): the seed store under the default settings and a store of ROWS
# generated rows (SHAPE, STORE_DB) under each of SETTINGS, every app started at once on a copy of its store, and the
# requests of PATH taken in turn from each (app 1, 2, 3, 1, 2, 3, ...): on a shared machine the load then falls on all
# alike, which separate runs cannot promise. For each: median time to first byte, the app's CPU time per request
# (user + system, /proc), its peak RSS over the requests, and the ratio of each to the seed's.
# Usage: SETTINGS="default;Database__SqliteCacheMiB=64" tests/benchmarks/settings.sh [ROWS]   (default 300000)
# Environment: SETTINGS (";"-separated; each "default" or space-separated VAR=VALUE), PATH_TO (/), REQUESTS (11),
# WARMUP (5: requests each app answers first, so that the JIT's later tiers are not measured).
source "$(dirname "$0")/lib.sh"
rows="${1:-300000}" requests="${REQUESTS:-11}" path="${PATH_TO:-/}" warmup="${WARMUP:-5}"
IFS=';' read -r -a settings <<<"${SETTINGS:-default}"
export OutputCache__Enabled=false
machine

labels=(seed) dbs=("$(store 0)") envs=(default)
for s in "${settings[@]}"; do labels+=("$rows: $s"); dbs+=("$(store "$rows")"); envs+=("$s"); done
pids=() urls=()
for i in "${!labels[@]}"; do
  cp "${dbs[$i]}" "$work/store-$i.db"
  [ "${envs[$i]}" = default ] || for kv in ${envs[$i]}; do export "${kv?}"; done
  start_app "$work/store-$i.db" in-place
  [ "${envs[$i]}" = default ] || for kv in ${envs[$i]}; do unset "${kv%%=*}"; done
  pids+=("$app_pid") urls+=("$app_url")
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null --max-time 300 "$app_url$path" || true; done
  echo 5 >"/proc/$app_pid/clear_refs" 2>/dev/null || true
  echo "started ${labels[$i]}: $(figure_count "${dbs[$i]}") figures; $(load)"
done

declare -A times cpu
for i in "${!labels[@]}"; do cpu[$i]=$(awk '{print $14 + $15}' "/proc/${pids[$i]}/stat"); done
for _ in $(seq 1 "$requests"); do
  for i in "${!labels[@]}"; do
    times[$i]+="$(curl -s -o /dev/null --max-time 120 -w '%{time_starttransfer}' "${urls[$i]}$path") "
  done
done
echo "after $requests rounds: $(load)"
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR] = $1} END {printf "%.1f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) * 1000}'; }
for i in "${!labels[@]}"; do
  ms=$(median <<<"${times[$i]}")
  c=$(( ($(awk '{print $14 + $15}' "/proc/${pids[$i]}/stat") - cpu[$i]) * 1000 / $(getconf CLK_TCK) / requests ))
  peak=$(awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/${pids[$i]}/status")
  [ "$i" -eq 0 ] && { seed_ms=$ms seed_cpu=$c; }
  echo "$path ${labels[$i]}: median $ms ms ($(ratio "$ms" "$seed_ms")x the seed), app CPU $c ms a request ($(ratio "$c" "$seed_cpu")x), peak RSS $peak MiB; each ${times[$i]}s"
done
echo "uptime at the end: $(uptime)"
