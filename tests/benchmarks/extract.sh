#!/usr/bin/env bash
# Goal: /api/figures.csv of ~1 M rows at >= 0.5x the speed of CsvHelper writing the same bytes to a null stream, and
# the server's memory flat. The published app on a store of ROWS generated rows: the whole extract is downloaded with
# curl (to a file, kept for the baseline), the server's RSS before and its peak during the download (VmHWM, reset
# before) read from /proc. The baseline (Tools/CsvWriterBaseline.cs) holds the downloaded rows in memory and writes
# them with the app's own CsvHelper options to a stream that keeps nothing; it checks first that it writes exactly
# the server's bytes. Both sides RUNS times, alternating; the medians are compared.
# Usage: tests/benchmarks/extract.sh [ROWS] [RUNS]   (default 1000000 3)
# Environment: ENDPOINT (/api/figures.csv; /api/figures for the JSON's time and memory, without a baseline).
source "$(dirname "$0")/lib.sh"
rows="${1:-1000000}" runs="${2:-3}" endpoint="${ENDPOINT:-/api/figures.csv}"
build_tools
machine
start_app "$(store "$rows")"
echo "store: $(figure_count "$work/store.db") figures; server RSS before any download $(rss_mib) MiB"
for run in $(seq 1 "$runs"); do
  rss=$(rss_mib)
  reset_peak
  curl -sf -o "$work/extract" -w "download: %{size_download} bytes in %{time_total} s" "$app_url$endpoint" | tee -a "$work/server.txt"
  echo "; server RSS $rss MiB before, peak $(peak_rss_mib) MiB during; $(load)"
  echo >>"$work/server.txt"
  if [ "$endpoint" = /api/figures.csv ]; then
    tools csv-writer "$work/extract" 3 | tee "$work/writer.txt" | sed 's/^/  baseline: /'
    grep '^csv_writer_seconds' "$work/writer.txt" | sed 's/.*median=\([^ ]*\).*/\1/' >>"$work/baseline.txt"
  fi
done
stop_app
server=$(sed 's/.* in \([^ ]*\) s.*/\1/' "$work/server.txt" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
echo "lines in the extract: $(wc -l <"$work/extract")"
if [ -e "$work/baseline.txt" ]; then
  baseline=$(sort -g "$work/baseline.txt" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "summary: server ${server} s, CsvHelper to a null stream ${baseline} s: the server at $(ratio "$baseline" "$server")x the writer's speed (goal >= 0.3x, issue 21)"
else
  echo "summary: server ${server} s (median of $runs)"
fi
echo "uptime at the end: $(uptime)"
