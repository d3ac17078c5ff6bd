#!/usr/bin/env bash
# Import benchmark: generates synthetic UN Comtrade+ files (random values, not real figures) of the given sizes and
# imports each with the command line into a fresh SQLite database, under /usr/bin/time -v for wall time and peak
# memory (maximum resident set size). Then re-imports the largest to time the all-unchanged path.
# Usage: benchmarks/import/run.sh [ROWS...]   (default: 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/MineralTrade.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(dotnet --version), $(uname -sr)"
for rows in "${sizes[@]}"; do
  file="$work/comtrade-$rows.csv"
  python3 benchmarks/import/generate_comtrade.py "$rows" "$file"
  export ConnectionStrings__MineralTrade="Data Source=$work/bench-$rows.db"
  for run in first again; do
    /usr/bin/time -v dotnet "$work/app/MineralTrade.Web.dll" import "$file" >"$work/out" 2>"$work/time"
    printf '%s rows (%s MB), %s import: %s s wall, %s MB max RSS; %s\n' "$rows" "$(( $(stat -c %s "$file") / 1000000 ))" "$run" \
      "$(awk -F': ' '/Elapsed/ {print $2}' "$work/time")" "$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time")" \
      "$(sed -n 2p "$work/out" | sed 's/^ *//')"
  done
done
