#!/usr/bin/env bash
# The store generator: builds (once, then from the cache) a store of the seed plus N generated UN Comtrade+ rows
# imported by the app's own import command, and prints its path, its figures, and what building it took.
# The other benchmarks call the same function. Synthetic data: never copy a store from here into data/.
# Usage: tests/benchmarks/store.sh [ROWS]   (default 1000000; 0 = the seed store)
source "$(dirname "$0")/lib.sh"
rows="${1:-1000000}"
machine
start=$(date +%s.%N)
db="$(store "$rows")"
printf 'store: %s\nfigures: %s, %s MB on disk; ready in %.0f s (%s)\n' "$db" "$(figure_count "$db")" \
  "$(( $(stat -c %s "$db") / 1000000 ))" "$(echo "$(date +%s.%N) - $start" | bc)" "$(load)"
if [ "$rows" -gt 0 ]; then python3 - "$db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?immutable=1", uri=True)
print("by reporter, flow and period kind:")
for row in con.execute("select Reporter, Exporter || '->' || Importer, PeriodKind, count(*) from Figures group by 1, 2, 3 order by 4 desc limit 8"):
    print("  %-8s %-10s %-8s %8d" % row)
print("mineral categories:", ", ".join(f"{c} {n}" for c, n in con.execute("select Category, count(*) from Figures group by 1 order by 2 desc")))
PY
fi
