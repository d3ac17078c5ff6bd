# Sourced by the benchmarks in this folder (README.md): builds once into a cache, stores of N generated figures built
# once and reused, the published app on a dynamic loopback port with the benchmark hooks, and the machine's load.
# Everything is built and run under $cache and a temp folder per run; the app processes started here are stopped on exit.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/../.." && pwd)"
cache="${MINERALTRADE_BENCH_CACHE:-${TMPDIR:-/tmp}/mineraltrade-bench}"
mkdir -p "$cache"
# Whatever no run has used for two days goes (each use touches it): old app versions and their stores pile up.
find "$cache" -mindepth 1 -maxdepth 1 -not -name build.lock -mtime +2 -exec rm -rf {} + 2>/dev/null || true
work="$(mktemp -d "${TMPDIR:-/tmp}/mineraltrade-bench-run.XXXXXX")"
app_pids=()

bench_cleanup() {
  local pid
  for pid in "${app_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# The machine and its load now: print it with every result (the machine is shared).
machine() {
  printf 'machine: %s cores, %s GiB memory (%s GiB available), %s, .NET SDK %s\n' "$(nproc)" \
    "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)" "$(awk '/MemAvailable/ {printf "%.1f", $2/1048576}' /proc/meminfo)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(dotnet --version)"
  echo "uptime: $(uptime)"
}
load() { awk '{printf "load %s %s %s", $1, $2, $3}' /proc/loadavg; }

# A short hash of the files under the given paths (tracked or not, changed or not), to key what is cached on them.
content_hash() {
  (cd "$repo" && find "$@" -type f -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' \
    -not -path '*/wwwroot/lib/*' -not -path '*/App_Data/*' -print0 | sort -z | xargs -0 sha1sum) | sha1sum | cut -c1-12
}
app_inputs=(src Directory.Build.props Directory.Packages.props global.json)

# Builds something into $cache/<name>-<hash> once, under a lock (two benchmarks may start together), and echoes the folder.
build_once() {
  local name="$1" hash="$2"; shift 2
  local out="$cache/$name-$hash"
  [ -e "$out" ] && touch "$out"
  if [ ! -e "$out/.done" ]; then
    (
      flock 9
      if [ ! -e "$out/.done" ]; then
        rm -rf "$out"
        echo "building $name into $out" >&2
        "$@" "$out" >"$work/build-$name.log" 2>&1 || { cat "$work/build-$name.log" >&2; exit 1; }
        touch "$out/.done"
      fi
    ) 9>"$cache/build.lock"
  fi
  echo "$out"
}

# The app as deployed: Release, published (static assets fingerprinted and precompressed).
publish_app() {
  app_dir="$(build_once app "$(content_hash "${app_inputs[@]}")" \
    dotnet publish "$repo/src/MineralTrade.Web" -c Release -nologo -v q -o)"
}

# /plaintext, /_bench/memory and /_bench/chart, loaded into the app from outside (Hooks/BenchmarkHooks.cs).
build_hooks() {
  hooks_dir="$(build_once hooks "$(content_hash tests/benchmarks/Hooks Directory.Build.props)" \
    dotnet build "$bench_dir/Hooks" -c Release -nologo -v q -o)"
}

# The measuring tools (Tools/Program.cs): Playwright, the CSV writer and the raw insert baselines.
build_tools() {
  tools_dir="$(build_once tools "$(content_hash tests/benchmarks/Tools tests/reliability/LoopbackClient.cs "${app_inputs[@]}")" \
    dotnet build "$bench_dir/Tools" -c Release -nologo -v q -o)"
}
tools() { dotnet "$tools_dir/MineralTrade.Benchmarks.dll" "$@"; }

# The generator's shape (SHAPE): the default, or many-subheadings (~90 subheadings under each of 14 headings,
# 2000-2025: the store on which issue 21 found the overview's page growing with the codes held).
case "${SHAPE:-default}" in
  default) shape_args=(); shape_name="" ;;
  many-subheadings) shape_args=(--headings 14 --subheadings 90 --first-year 2000); shape_name="-many-subheadings" ;;
  *) echo "SHAPE is default or many-subheadings, not '$SHAPE'" >&2; exit 2 ;;
esac

# generate_comtrade.py's file of N rows in the SHAPE, cached.
comtrade_csv() {
  local rows="$1" out
  out="$cache/comtrade-$rows$shape_name-$(content_hash tests/benchmarks/import/generate_comtrade.py).csv"
  if [ ! -e "$out" ]; then
    echo "generating $rows Comtrade+ rows${shape_name:+ ($SHAPE)} into $out" >&2
    python3 "$bench_dir/import/generate_comtrade.py" "$rows" "$out.tmp" "${shape_args[@]}"
    mv "$out.tmp" "$out"
  fi
  touch "$out"
  echo "$out"
}

# Echoes the path of a store holding the seed and the figures of N generated Comtrade+ rows (N=0: the seed alone),
# built once per N, generator and app version (a changed app may store or summarise differently) and kept in $cache.
# STORE_DB names a store file to use instead of ROWS>0 (a copy is migrated by the app's start): the same 1 M store measured
# under two app versions without building it again for each.
store() {
  local rows="$1" out csv
  publish_app
  if [ -n "${STORE_DB:-}" ] && [ "$rows" -gt 0 ]; then echo "$STORE_DB"; return; fi
  out="$cache/store-$rows$([ "$rows" -eq 0 ] || echo "$shape_name")-$(content_hash "${app_inputs[@]}" tests/benchmarks/import/generate_comtrade.py).db"
  if [ ! -e "$out" ]; then
    rm -f "$out.tmp"
    if [ "$rows" -eq 0 ]; then
      # Migrated and seeded by the app's start.
      start_app "$out.tmp" in-place
      stop_app
    else
      csv="$(comtrade_csv "$rows")"
      echo "importing $csv into a new store (the app's import command)" >&2
      ConnectionStrings__MineralTrade="Data Source=$out.tmp" ASPNETCORE_ENVIRONMENT=Production \
        dotnet "$app_dir/MineralTrade.Web.dll" import "$csv" >&2
    fi
    mv "$out.tmp" "$out"
  fi
  touch "$out"
  echo "$out"
}

# Read-only and immutable: counting must not leave -wal and -shm files beside a cached store.
figure_count() {
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(f"file:{sys.argv[1]}?immutable=1", uri=True).execute("select count(*) from Figures").fetchone()[0])' "$1"
}

# start_app STORE [in-place]: runs the published app with the hooks on a copy of STORE (so the cached store stays as
# it was built), on a port the kernel picks. Sets app_pid and app_url. Per-address rate limits are off: every client
# of a benchmark is one address, and would measure 429s (docs/security.md).
start_app() {
  local db="$1" log="$work/app-$RANDOM.log"
  publish_app
  build_hooks
  if [ "${2:-}" != in-place ]; then
    cp "$db" "$work/store.db"
    db="$work/store.db"
  fi
  (cd "$app_dir" && exec env ConnectionStrings__MineralTrade="Data Source=$db" ASPNETCORE_ENVIRONMENT=Production \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    RequestLimits__Enabled=false \
    DOTNET_STARTUP_HOOKS="$hooks_dir/MineralTrade.Benchmarks.Hooks.dll" ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=MineralTrade.Benchmarks.Hooks \
    dotnet MineralTrade.Web.dll --urls http://127.0.0.1:0) >"$log" 2>&1 &
  app_pid=$!
  app_pids+=("$app_pid")
  app_url=""
  for _ in $(seq 1 600); do
    app_url="$(grep -o -m1 'http://127.0.0.1:[0-9]*' "$log" || true)"
    [ -n "$app_url" ] && curl -sf -o /dev/null "$app_url/plaintext" && return
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "the app did not start:" >&2
  cat "$log" >&2
  exit 1
}

stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
}

# Resident memory of the app now and at its peak, in MiB. reset_peak starts the peak afresh (Linux clear_refs).
rss_mib() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$app_pid/status"; }
peak_rss_mib() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$app_pid/status"; }
reset_peak() { echo 5 >"/proc/$app_pid/clear_refs" 2>/dev/null || echo "(cannot reset the peak RSS: it counts from the app's start)"; }

# The GC heap after a full collection, in MiB, and the open circuits (hooks' /_bench/memory).
gc_heap_mib() {
  curl -sf "$app_url/_bench/memory" | python3 -c 'import json, sys; print("%.1f" % (json.load(sys.stdin)["heapBytes"] / 1048576))'
}

ratio() { python3 -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f"{a / b:.3g}" if b else "n/a")' "$1" "$2"; }

# One line from wrk's --latency output: requests, req/s, median and p99 latency in ms, and errors (timeouts included).
wrk_summary() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    / requests in / { n = $1 } /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 } /Non-2xx/ { errors += $NF }
    END { printf "requests=%d req_per_s=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d", n, rps, p50, p99, errors }' "$1"
}

# Kills the app if its resident memory passes MAX_RSS_MB (default 12000): the machine is shared, a run must not take it.
guard_rss() {
  local limit="${MAX_RSS_MB:-12000}" pid="$app_pid" rss
  (
    while kill -0 "$pid" 2>/dev/null; do
      rss="$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status" 2>/dev/null || true)"
      if [ "${rss:-0}" -gt "$limit" ]; then
        echo "ABORTED: the app passed MAX_RSS_MB=$limit MiB and was stopped" >"$work/aborted"
        kill "$pid"
      fi
      sleep 0.5
    done
  ) &
}
