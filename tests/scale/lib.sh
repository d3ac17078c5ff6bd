# Shared by the scripts in tests/scale (sourced, not run): a throw-away PostgreSQL, the app published once, nodes and
# HAProxy on free loopback ports, and cleanup of everything they started. Every wait has a deadline.
# The sourcing script sets: work (a temporary folder), and calls `trap cleanup EXIT`.

pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    # What the nodes, HAProxy and PostgreSQL said, kept for reading; the published app and the data go.
    mkdir -p "$work-logs" && cp "$work"/*.log "$work-logs/" 2>/dev/null || true
    cp "$work/postgres/server.log" "$work-logs/postgres.log" 2>/dev/null || true
    echo "logs kept in $work-logs" >&2
  fi
  tests/scale/postgres stop "$work/postgres" || true
  rm -rf "$work"
}

free_port() {
  local port
  while :; do
    port=$(shuf -i 20000-32000 -n 1)
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_for() { # wait_for SECONDS URL
  local deadline=$((SECONDS + $1))
  until curl -fs -o /dev/null "$2"; do
    [ $SECONDS -lt $deadline ] || { echo "no answer from $2 within $1 s" >&2; return 1; }
    sleep 0.5
  done
}

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
}

start_postgres() { # sets connection
  chmod 711 "$work"  # the server runs as the postgres user, and its folder is in here
  connection="$(tests/scale/postgres start "$work/postgres")"
  echo "PostgreSQL $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/postgres" --version | awk '{print $3}') on $(sed 's/.*Host=\([^;]*\);Port=\([0-9]*\).*/\1:\2/' <<<"$connection")"
}

sql() { # sql QUERY: one value from the shared database
  local host port db user password
  IFS=';' read -r host port db user password <<<"$connection"
  PGPASSWORD="${password#*=}" "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" -Atq \
    -h "${host#*=}" -p "${port#*=}" -d "${db#*=}" -U "${user#*=}" -c "$1"
}

publish() { # the app, Release, once; each node runs from a copy of its own (another install path)
  dotnet publish src/MineralTrade.Web -c Release -o "$work/publish" -v quiet -nologo >/dev/null
}

start_node() { # start_node NAME PORT [KEY]: a published node over the shared database; sets node_pid
  rm -rf "$work/node-$1" && cp -r "$work/publish" "$work/node-$1"
  # HAProxy on this machine is the one proxy believed (X-Forwarded-For); no TLS on loopback; and no per-address request
  # limits: every client here (curl, wrk, Chromium) is 127.0.0.1, one reader to the limiter (tests/reliability tests them).
  (cd "$work/node-$1" && ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql ConnectionStrings__MineralTrade="$connection" \
    Security__ForwardedHeaders__KnownProxies__0=127.0.0.1 Security__HttpsRedirection=false RequestLimits__Enabled=false \
    Import__ApiKey="${3:-}" Logging__LogLevel__Default=Warning exec dotnet MineralTrade.Web.dll --urls "http://127.0.0.1:$2" \
    >"$work/node-$1.log" 2>&1) &
  node_pid=$!
  pids+=("$node_pid")
}

start_haproxy() { # start_haproxy PORT NODE_A_PORT NODE_B_PORT: tests/scale/haproxy.cfg; sets haproxy_pid
  BALANCER_ADDRESS="127.0.0.1:$1" NODE_A_ADDRESS="127.0.0.1:$2" NODE_B_ADDRESS="127.0.0.1:$3" \
    haproxy -f tests/scale/haproxy.cfg -db >>"$work/haproxy.log" 2>&1 &
  haproxy_pid=$!
  pids+=("$haproxy_pid")
  wait_for 30 "http://127.0.0.1:$1/health/ready"
}

served_by() { # served_by URL: the node HAProxy names in X-Served-By
  curl -fs -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'
}

wait_for_both() { # wait_for_both BALANCER_URL: until HAProxy's health checks let both nodes serve
  local deadline=$((SECONDS + 30))
  until [ "$(for _ in 1 2 3 4; do served_by "$1/health"; done | sort -u | wc -l)" = 2 ]; do
    [ $SECONDS -lt $deadline ] || { echo "HAProxy did not see both nodes up" >&2; return 1; }
    sleep 0.5
  done
}

rss_mib() { # rss_mib PID: resident memory of a process, MiB
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
