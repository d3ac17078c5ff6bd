#!/usr/bin/env bash
# Goal: importing ~1 M Comtrade+ rows at >= 0.9x the speed of a raw prepared insert keeping the same indexes, in
# <= 300 MB. For each size, generated rows (generate_comtrade.py, cached) are imported with the published app's import
# command into a copy of the seeded store, under /usr/bin/time -v (wall time, peak RSS): beside it, the baseline
# (../Tools/RawInsert.cs: the app's own reader, one prepared INSERT per figure into the same table and indexes, one
# transaction) into another copy, the two alternating RUNS times. Then the same file again (all unchanged) and the
# file with its last line cut off (rejected whole, nothing written).
# Usage: tests/benchmarks/import/run.sh [ROWS...]   (default: 100000 1000000)
# Environment: RUNS (1).
source "$(dirname "$0")/../lib.sh"
sizes=("${@:-100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
runs="${RUNS:-1}"
publish_app
build_tools
machine
empty="$(store 0)"

timed() {  # LABEL COMMAND...: runs it under /usr/bin/time -v, prints wall time, peak RSS, exit and its output's gist
  local label="$1" status=0; shift
  /usr/bin/time -v "$@" >"$work/out" 2>"$work/err" || status=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$work/err")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/err")
  printf '  %s: %s s wall, %s MB max RSS, exit %s; %s; %s\n' "$label" "$wall" "$rss" "$status" \
    "$( (grep -E 'rows:|raw_insert' "$work/out"; grep -m1 ': line [0-9]' "$work/err" | sed 's|.*/||') | sed 's/^ *//' | tr '\n' ' ')" "$(load)"
  echo "$wall" >>"$work/$label.times"
}
median() { sort -g "$work/$1.times" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# Commands, not functions: /usr/bin/time runs them.
import=(env ASPNETCORE_ENVIRONMENT=Production dotnet "$app_dir/MineralTrade.Web.dll" import)
raw=(dotnet "$tools_dir/MineralTrade.Benchmarks.dll" raw-insert)

for rows in "${sizes[@]}"; do
  file="$(comtrade_csv "$rows")"
  rm -f "$work"/*.times
  echo "$rows rows ($(( $(stat -c %s "$file") / 1000000 )) MB):"
  for _ in $(seq 1 "$runs"); do
    cp "$empty" "$work/raw.db"
    timed raw-insert "${raw[@]}" "$file" "$work/raw.db"
    cp "$empty" "$work/app.db"
    ConnectionStrings__MineralTrade="Data Source=$work/app.db" timed import "${import[@]}" "$file"
  done
  ConnectionStrings__MineralTrade="Data Source=$work/app.db" timed again "${import[@]}" "$file"
  { cat "$file"; echo 'C,M,20250101,2025,1,202501,586,PAK,Pakistan,X,Export,156,CHN,China,0,W00,World,H6,HS,True,2603,"cut off'; } >"$work/broken.csv"
  ConnectionStrings__MineralTrade="Data Source=$work/app.db" timed broken "${import[@]}" "$work/broken.csv"
  rm -f "$work/raw.db" "$work/broken.csv"
  echo "summary: $rows rows: import $(median import) s, raw prepared insert $(median raw-insert) s: the import at" \
    "$(ratio "$(median raw-insert)" "$(median import)")x the raw insert's speed (goal >= 0.9x)"
done
echo "uptime at the end: $(uptime)"
