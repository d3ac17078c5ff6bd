#!/usr/bin/env bash
# Import benchmark: generates synthetic UN Comtrade+ files (random values, not real figures) of the given sizes and
# imports each with the command line into a fresh SQLite database, under /usr/bin/time -v for wall time and peak
# memory (maximum resident set size): a first import (all added), the same file again (all unchanged), and the file
# with its last line broken (rejected whole: the store is left as it was).
# Usage: tests/benchmarks/import/run.sh [ROWS...]   (default: 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=("${@:-100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/MineralTrade.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version), $(uname -sr)"
for rows in "${sizes[@]}"; do
  file="$work/comtrade-$rows.csv"
  python3 tests/benchmarks/import/generate_comtrade.py "$rows" "$file"
  export ConnectionStrings__MineralTrade="Data Source=$work/bench-$rows.db"
  broken="$work/broken-$rows.csv"
  { cat "$file"; echo 'C,M,20250101,2025,1,202501,586,PAK,Pakistan,X,Export,156,CHN,China,0,W00,World,H6,HS,True,2603,"cut off'; } >"$broken"
  for run in first again broken; do
    input="$file"; [ "$run" = broken ] && input="$broken"
    status=0
    /usr/bin/time -v dotnet "$work/app/MineralTrade.Web.dll" import "$input" >"$work/out" 2>"$work/err" || status=$?
    printf '%s rows (%s MB), %s import: %s wall, %s MB max RSS, exit %s; %s\n' "$rows" "$(( $(stat -c %s "$input") / 1000000 ))" "$run" \
      "$(awk -F': ' '/Elapsed/ {print $2}' "$work/err")" "$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/err")" "$status" \
      "$( (sed -n 2p "$work/out"; grep -m1 ': line [0-9]' "$work/err" | sed 's|.*/||') | sed 's/^ *//' | tr '\n' ' ')"
  done
done
