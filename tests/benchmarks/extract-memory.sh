#!/usr/bin/env bash
# Measures /api/figures.csv (or ENDPOINT=/api/figures for JSON) on a store holding N synthetic figures: wall time of the download and the server's peak
# resident memory (VmHWM). Run it for two sizes to see whether memory grows with the extract:
#   bash tests/benchmarks/extract-memory.sh 100000 && bash tests/benchmarks/extract-memory.sh 1000000
# The rows are synthetic (reporter BENCH, publisher "Synthetic benchmark row"): never copy the database into data/.
set -euo pipefail
rows="${1:-1000000}"
port="${PORT:-5310}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
db="$work/bench.db"
export ConnectionStrings__MineralTrade="Data Source=$db"
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning

dotnet build "$root/src/MineralTrade.Web" -c Release -v q -nologo >/dev/null
app="$root/src/MineralTrade.Web/bin/Release/net10.0/MineralTrade.Web.dll"

start_app() {
  (cd "$root/src/MineralTrade.Web" && exec dotnet "$app" --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/categories" >/dev/null && return; sleep 0.2; done
  echo "app did not start"; cat "$work/app.log"; exit 1
}

# 1. Migrate and seed an empty file, then stop.
start_app; kill "$pid"; wait "$pid" 2>/dev/null || true

# 2. Add synthetic figures straight into SQLite.
python3 - "$db" "$rows" <<'PY'
import sqlite3, sys
db, n = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
codes = ["74", "2603", "7403", "2608", "2610", "2601", "TOTAL"]
cats = {"74": ("copper", "metal-and-articles"), "2603": ("copper", "ore"), "7403": ("copper", "metal"),
        "2608": ("zinc", "ore"), "2610": ("chromium", "ore"), "2601": ("iron", "ore"), "TOTAL": ("all-goods", "total")}
def rows():
    for i in range(n):
        code = codes[i % len(codes)]
        year, month = 1990 + (i // 12) % 60, i % 12 + 1
        p = year * 100 + month
        cat, stage = cats[code]
        yield ("BENCH", "PK", "CN", p, p, "month", code, "Synthetic product, commas, \"quotes\"", cat, stage,
               float(1000 + i), None, None, "exact", "Synthetic benchmark row", None, f"https://example.invalid/{i}", "dataset", "=not a formula", None)
con.executemany("""INSERT INTO Figures (Reporter, Exporter, Importer, PeriodStart, PeriodEnd, PeriodKind, HsCode, Product,
  Category, Stage, ValueUsd, Quantity, QuantityUnit, Qualifier, SourcePublisher, SourceDate, SourceUrl, SourceKind, Note, ImportId)
  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows())
con.commit()
print("figures in store:", con.execute("select count(*) from Figures").fetchone()[0])
PY

# 3. Serve it and download the whole extract.
start_app
rss_before=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
t0=$(date +%s.%N)
curl -sf -o "$work/out.csv" "http://127.0.0.1:$port${ENDPOINT:-/api/figures.csv}"
t1=$(date +%s.%N)
hwm=$(awk '/VmHWM/{print $2}' "/proc/$pid/status")
lines=$(wc -l <"$work/out.csv")
size=$(stat -c %s "$work/out.csv")
kill "$pid"; wait "$pid" 2>/dev/null || true
printf 'rows=%s csv_lines=%s csv_bytes=%s seconds=%.2f rss_before_download_mib=%d peak_rss_mib=%d\n' \
  "$rows" "$lines" "$size" "$(echo "$t1 - $t0" | bc)" $((rss_before / 1024)) $((hwm / 1024))
rm -rf "$work"
