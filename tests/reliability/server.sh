# Sourced by tests/reliability/*/run: the app published as deployed (Release, Production environment), started on a
# port the kernel picks on 127.0.0.1 over a store of its own, and stopped on exit. Work files live in one temp folder
# per run, removed on exit (KEEP=1 keeps it).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mineraltrade-reliability.XXXXXX")"
server_pid=""

reliability_cleanup() {
  stop_server
  if [ "${KEEP:-0}" = 1 ]; then echo "work files kept in $work"; else rm -rf "$work"; fi
}
trap reliability_cleanup EXIT
trap 'exit 130' INT TERM

machine() {
  printf 'machine: %s cores, %s GiB memory, %s, .NET SDK %s\n' "$(nproc)" "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(dotnet --version)"
  echo "uptime: $(uptime)"
}

publish_app() {
  echo "publishing the app (Release) into $work/app"
  dotnet publish "$repo/src/MineralTrade.Web" -c Release -nologo -v q -o "$work/app" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
}

# Imports a CSV into the store with the app's own command (migrating and seeding it first if new).
import_file() {
  local db="$1" file="$2"
  ConnectionStrings__MineralTrade="Data Source=$db" dotnet "$work/app/MineralTrade.Web.dll" import "$file" >"$work/import.log" 2>&1 \
    || { cat "$work/import.log"; exit 1; }
}

# start_server DB [NAME=VALUE...]: the app over DB with the given settings; sets server_url and server_pid. Plain HTTP
# on loopback, so HTTPS redirection is off (a balancer that ends TLS is configured the same way: docs/security.md).
start_server() {
  local db="$1"; shift
  local log="$work/server.log"
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__MineralTrade="Data Source=$db" \
    Security__HttpsRedirection=false "$@" dotnet MineralTrade.Web.dll --urls http://127.0.0.1:0) >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    server_url="$(grep -m1 -o 'http://127.0.0.1:[0-9]*' "$log" || true)"
    if [ -n "$server_url" ]; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
  done
  echo "the app did not start within 60 s:"; cat "$log"; exit 1
}

stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
