#!/usr/bin/env bash
# Issue 22 item 8: a fetch of ten years of monthly (and annual) data for the default tracked series, from the UN
# Comtrade+ stand-in (tests/comtrade-standin: generated data, on loopback) into a copy of the seeded store, against the
# plain import of the same rows as one file (Tools/FetchFile.cs asks the stand-in the fetch's own calls and writes
# them with the fetch's own spool) into another copy: wall time and peak RSS of each process (/usr/bin/time -v), the
# figures stored and the store's size, and the ratios. Then, each default series alone: the rows it adds and the store
# size it adds to the seed (its file imported into a copy of the seeded store).
# Usage: tests/benchmarks/fetch.sh [FIRST_YEAR] [PARTNERS]   (default 2016 12: 2016-2025, 120 months and 10 years)
source "$(dirname "$0")/lib.sh"
first_year="${1:-2016}"
partners="${2:-12}"
key=bench-key-not-a-secret
publish_app
build_tools
standin_dir="$(build_once standin "$(content_hash tests/comtrade-standin Directory.Build.props Directory.Packages.props)" \
  dotnet build "$repo/tests/comtrade-standin" -c Release -nologo -v q -o)"
machine
seed="$(store 0)"

(exec dotnet "$standin_dir/MineralTrade.ComtradeStandIn.dll" --port 0 --first-year "$first_year" --last-month 202512 \
  --last-year 2025 --partners "$partners" --key "$key") >"$work/standin.log" 2>&1 &
app_pids+=("$!")
standin=""
for _ in $(seq 1 300); do
  standin="$(grep -o -m1 'http://127.0.0.1:[0-9]*/\?' "$work/standin.log" || true)"
  [ -n "$standin" ] && break
  sleep 0.2
done
[ -n "$standin" ] || { cat "$work/standin.log" >&2; exit 1; }
echo "stand-in: $standin, $first_year-2025 monthly and annual, $partners partners besides the two sides"

timed() {  # LABEL COMMAND...: wall seconds and peak RSS (MB) into $work/LABEL.{wall,rss}; prints them with the load
  local label="$1" status=0; shift
  /usr/bin/time -v "$@" >"$work/$label.out" 2>"$work/$label.err" || status=$?
  awk -F': ' '/Elapsed/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$work/$label.err" >"$work/$label.wall"
  awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/$label.err" >"$work/$label.rss"
  printf '  %s: %s s wall, %s MB max RSS, exit %s; %s; %s\n' "$label" "$(cat "$work/$label.wall")" "$(cat "$work/$label.rss")" "$status" \
    "$(grep -E 'rows:|periods|fetch_file|calls' "$work/$label.out" | tail -3 | sed 's/^ *//' | tr '\n' ' ')" "$(load)"
  [ "$status" -eq 0 ] || { tail -20 "$work/$label.err" >&2; exit 1; }
}
figures() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from Figures where SourcePublisher = ?", (sys.argv[2],)).fetchone()[0])' "$1" "$2"; }
size_kb() { du -ck "$1"* | tail -1 | cut -f1; }
app=(env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet "$app_dir/MineralTrade.Web.dll")
fetch_env=(Comtrade__BaseUrl="$standin" Comtrade__SubscriptionKey="$key" Comtrade__PauseMilliseconds=0 Comtrade__DailyCalls=5000)

cp "$seed" "$work/fetch.db"
timed fetch env ConnectionStrings__MineralTrade="Data Source=$work/fetch.db" "${fetch_env[@]}" "${app[@]}" fetch
timed fetch-file dotnet "$tools_dir/MineralTrade.Benchmarks.dll" fetch-file "$standin" "$key" "$work/same-rows.csv"
cp "$seed" "$work/file.db"
timed import env ConnectionStrings__MineralTrade="Data Source=$work/file.db" "${app[@]}" import "$work/same-rows.csv"
fetched="$(figures "$work/fetch.db" 'UN Comtrade+ API')"
imported="$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from Figures").fetchone()[0] - sqlite3.connect(sys.argv[2]).execute("select count(*) from Figures").fetchone()[0])' "$work/file.db" "$seed")"
echo "  figures: fetch stored $fetched, the file's import added $imported; file $(( $(stat -c %s "$work/same-rows.csv") / 1000000 )) MB, $(( $(wc -l <"$work/same-rows.csv") - 1 )) rows"
echo "  store: seed $(size_kb "$seed") KB, after the fetch $(size_kb "$work/fetch.db") KB, after the file's import $(size_kb "$work/file.db") KB"
echo "summary: fetch $(cat "$work/fetch.wall") s / import of the same rows $(cat "$work/import.wall") s = $(ratio "$(cat "$work/fetch.wall")" "$(cat "$work/import.wall")")x the time;" \
  "peak RSS $(cat "$work/fetch.rss") / $(cat "$work/import.rss") MB = $(ratio "$(cat "$work/fetch.rss")" "$(cat "$work/import.rss")")x"
rm -f "$work/fetch.db"* "$work/file.db"* "$work/same-rows.csv"

echo "each default series alone ($first_year-2025 at the stand-in; the defaults' third and fourth start in 2020):"
for i in 0 1 2 3; do
  dotnet "$tools_dir/MineralTrade.Benchmarks.dll" fetch-file "$standin" "$key" "$work/series.csv" "$i" >/dev/null
  cp "$seed" "$work/series.db"
  ConnectionStrings__MineralTrade="Data Source=$work/series.db" "${app[@]}" import "$work/series.csv" >/dev/null
  echo "  series $i: $(( $(wc -l <"$work/series.csv") - 1 )) rows, $(( $(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from Figures").fetchone()[0])' "$work/series.db") - $(python3 -c 'import sqlite3, sys; print(sqlite3.connect(f"file:{sys.argv[1]}?immutable=1", uri=True).execute("select count(*) from Figures").fetchone()[0])' "$seed") )) figures added, store +$(( $(size_kb "$work/series.db") - $(size_kb "$seed") )) KB; $(load)"
  rm -f "$work/series.db"* "$work/series.csv"
done
echo "uptime at the end: $(uptime)"
