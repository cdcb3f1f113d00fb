# shellcheck shell=bash
# Shared service helpers for BlazorShop: sourced by .ci/run and scripts/dev-services.sh.
#
# No Docker engine on our machines (see shared/PACKAGES.md §3): PostgreSQL, Redis and an S3 server
# (s3rver) run as plain processes bound to 127.0.0.1. Every function keeps its state in a
# "state dir" ($1) so that a later call (stop, env, status) can find what was started:
#   STATE/services.env   ports, pids and paths (sourced back by svc_load_state)
#   STATE/pg/            data dir, socket dir, server log
#   STATE/redis/         pid file, log
#   STATE/s3/            s3rver data dir, log (s3rver itself is installed under STATE/s3rver or $SVC_S3RVER_PREFIX)
#
# Public functions:
#   svc_install_packages            apt-get install what is missing (redis-server chromium fonts-wqy-microhei docker-compose ...)
#   svc_free_port DEFAULT           prints DEFAULT if free on 127.0.0.1, else a free ephemeral port
#   svc_start_pg STATE PORT         initdb (once) + pg_ctl start, trust auth, superuser "postgres"
#   svc_start_redis STATE PORT      redis-server, no persistence, daemonized
#   svc_start_s3 STATE PORT         npm install s3rver@3.7.1 (once) + start in the background
#   svc_wait_for NAME TIMEOUT LOG CMD...   poll CMD until it succeeds
#   svc_stop_pg/svc_stop_redis/svc_stop_s3/svc_stop_all STATE   idempotent stops
#   svc_print_env STATE             export lines for the tests
#   svc_section TITLE / svc_timed LABEL CMD...   CI-friendly headers and timings

SVC_S3RVER_VERSION="${SVC_S3RVER_VERSION:-3.7.1}"
SVC_APT_PACKAGES_DEFAULT="redis-server chromium fonts-wqy-microhei docker-compose nginx openssl"

# ---------------------------------------------------------------- output and timing

svc_now() {
  if [ -n "${EPOCHREALTIME:-}" ]; then printf '%s' "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi
}

svc_elapsed() { # svc_elapsed START -> "1.2s"
  awk -v s="$1" -v e="$(svc_now)" 'BEGIN { printf "%.1fs", e - s }'
}

: "${SVC_T0:=$(svc_now)}"

svc_log() { printf '    %s\n' "$*" >&2; }

svc_die() {
  printf '\nERROR: %s\n' "$*" >&2
  exit 1
}

svc_section() {
  printf '\n==> [%s, +%s] %s\n' "$(date +%H:%M:%S)" "$(svc_elapsed "$SVC_T0")" "$*" >&2
}

# svc_timed LABEL CMD...: runs CMD, prints "LABEL: ok (1.2s)" or "LABEL: FAILED (1.2s)" and returns its status.
svc_timed() {
  local label=$1 start rc=0
  shift
  start=$(svc_now)
  "$@" || rc=$?
  if [ "$rc" -eq 0 ]; then
    printf '    %-34s ok (%s)\n' "$label:" "$(svc_elapsed "$start")" >&2
  else
    printf '    %-34s FAILED, status %s (%s)\n' "$label:" "$rc" "$(svc_elapsed "$start")" >&2
  fi
  return "$rc"
}

# svc_retry N CMD...: run CMD up to N times, a few seconds apart.
svc_retry() {
  local tries=$1 i=1
  shift
  while :; do
    "$@" && return 0
    [ "$i" -ge "$tries" ] && return 1
    svc_log "attempt $i of $tries failed: $*; retrying in $((i * 5))s"
    sleep $((i * 5))
    i=$((i + 1))
  done
}

svc_is_root() { [ "$(id -u)" -eq 0 ]; }

# Tail of a log file, indented, for error messages.
svc_show_log() {
  if [ -n "${1:-}" ] && [ -s "$1" ]; then
    printf '    --- last lines of %s ---\n' "$1" >&2
    tail -n 25 "$1" | sed 's/^/    | /' >&2
  fi
}

# ---------------------------------------------------------------- packages

svc_pkg_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

# Installs only what is missing, so a rerun costs nothing. apt-get update runs at most once.
svc_install_packages() {
  local missing=()
  command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  svc_pkg_installed fonts-wqy-microhei || missing+=(fonts-wqy-microhei)
  command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
  # nginx: CI checks deploy/nginx/nginx.conf (nginx -t) and the proxy browser test runs it on loopback.
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  # openssl: the Alipay signature tests check our RSA2 signatures against its, with a key made at test time.
  [ -x /usr/bin/openssl ] || missing+=(openssl)
  # The scripts themselves need these (present on our machines; cheap to add when not).
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  command -v runuser >/dev/null 2>&1 || command -v su >/dev/null 2>&1 || missing+=(util-linux)

  if [ "${#missing[@]}" -eq 0 ]; then
    svc_log "all packages present ($SVC_APT_PACKAGES_DEFAULT)"
    return 0
  fi
  svc_log "missing: ${missing[*]}"
  if ! svc_is_root; then
    command -v sudo >/dev/null 2>&1 || svc_die "not root and no sudo: install ${missing[*]} first"
  fi
  command -v apt-get >/dev/null 2>&1 || svc_die "apt-get not found: install ${missing[*]} by hand"
  local aptlog
  aptlog=$(mktemp /tmp/blazorshop-apt.XXXXXX)
  svc_timed "apt-get update" svc_retry 3 _svc_apt "$aptlog" apt-get update \
    || { svc_show_log "$aptlog"; rm -f "$aptlog"; svc_die "apt-get update failed (3 attempts)"; }
  svc_timed "apt-get install ${missing[*]}" svc_retry 3 _svc_apt "$aptlog" \
    apt-get install -y --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" \
    || { svc_show_log "$aptlog"; rm -f "$aptlog"; svc_die "apt-get install ${missing[*]} failed (3 attempts)"; }
  rm -f "$aptlog"
}

# _svc_apt LOG CMD...: runs an apt command non-interactively, its output going to LOG.
_svc_apt() {
  local log=$1
  shift
  local sudo=()
  svc_is_root || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "$@" -q </dev/null >"$log" 2>&1
}

# ---------------------------------------------------------------- ports

# svc_free_port DEFAULT [AVOID...]: DEFAULT if nothing listens on 127.0.0.1:DEFAULT (and it is not in AVOID),
# else a free port chosen by the kernel.
svc_free_port() {
  local want=$1 p
  shift
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$want" "$@" <<'PY'
import socket, sys
want, avoid = int(sys.argv[1]), {int(a) for a in sys.argv[2:] if a}
def free(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # Like the servers themselves: a port held only by TIME_WAIT connections counts as free.
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        s.close()
if want and want not in avoid and free(want):
    print(want); sys.exit(0)
for _ in range(50):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close()
    if p not in avoid and free(p):
        print(p); sys.exit(0)
sys.exit("no free port found")
PY
    return
  fi
  # Fallback without python3: a port nothing answers on is taken as free.
  for p in "$want" $(seq 20000 $((20000 + 500))); do
    case " $* " in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

# Does something accept connections on 127.0.0.1:PORT?
svc_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- state file

svc_set_state() { # svc_set_state STATE KEY VALUE
  local file="$1/services.env" key=$2 val=$3
  mkdir -p "$1"
  touch "$file"
  grep -v "^${key}=" "$file" >"$file.tmp" || true
  printf '%s=%q\n' "$key" "$val" >>"$file.tmp"
  mv "$file.tmp" "$file"
}

svc_load_state() { # sets SVC_* variables from STATE/services.env (if any)
  # shellcheck disable=SC1091
  [ -f "$1/services.env" ] && . "$1/services.env"
  return 0
}

# Is PID alive and running a command line that contains WORD? (never trust a recycled pid)
svc_pid_is() {
  local pid=$1 word=$2 cmd
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ "$cmd" == *"$word"* ]]
}

# ---------------------------------------------------------------- PostgreSQL

# Directory holding initdb/pg_ctl/pg_isready. $SVC_PG_BIN wins; else the newest /usr/lib/postgresql/*/bin;
# else whatever is on PATH (resolved through symlinks); else pg_config --bindir.
svc_pg_bin() {
  local d
  if [ -n "${SVC_PG_BIN:-}" ] && [ -x "$SVC_PG_BIN/pg_ctl" ]; then echo "$SVC_PG_BIN"; return 0; fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1; then
    d=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  fi
  if command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir)
    if [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  fi
  return 1
}

# Run a command as the "postgres" OS user when we are root (the server refuses to run as root).
svc_as_pg() {
  if ! svc_is_root; then
    (cd / && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/bash -c "$(printf '%q ' "$@")")
  fi
}

# Can the postgres user create files in DIR (it must also be able to reach it through every parent)?
_svc_pg_can_use() { svc_as_pg test -w "$1" -a -x "$1" 2>/dev/null; }

svc_start_pg() {
  local state=$1 port=$2 bin base data sock log
  bin=$(svc_pg_bin) || svc_die "PostgreSQL binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or on PATH; set SVC_PG_BIN"
  svc_load_state "$state"
  if [ -n "${SVC_PG_DATA:-}" ] && [ -f "$SVC_PG_DATA/postmaster.pid" ] \
    && svc_as_pg "$bin/pg_ctl" -D "$SVC_PG_DATA" status >/dev/null 2>&1; then
    svc_log "PostgreSQL already running on port ${SVC_PG_PORT:-?} ($SVC_PG_DATA)"
    return 0
  fi

  if svc_is_root && ! id postgres >/dev/null 2>&1; then
    svc_log "creating the 'postgres' system user"
    useradd --system --home-dir /var/lib/postgresql --create-home --shell /bin/bash postgres \
      || svc_die "could not create the postgres user"
  fi

  base="${SVC_PG_BASE:-$state/pg}"
  mkdir -p "$base"
  if svc_is_root; then
    chown postgres: "$base"
    chmod 700 "$base"
    if ! _svc_pg_can_use "$base"; then
      # e.g. a work tree under /root: the postgres user cannot reach it. Keep the cluster in /var/tmp instead.
      base="/var/tmp/blazorshop-pg-$(printf '%s' "$state" | md5sum | cut -c1-10)"
      mkdir -p "$base"
      chown postgres: "$base"
      chmod 700 "$base"
      svc_log "postgres cannot reach $state; cluster kept in $base"
    fi
  fi
  data="$base/data"
  log="$base/server.log"
  sock="$base/sock"
  # Unix socket paths are limited to ~107 bytes and pg_ctl -o splits on spaces: fall back to a short /tmp dir.
  if [ $((${#sock} + 20)) -gt 100 ] || [[ "$sock" == *" "* ]]; then
    sock=$(mktemp -d /tmp/pgsock.XXXXXX)
  fi
  mkdir -p "$sock"
  svc_is_root && chown postgres: "$sock"

  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"
    if ! svc_as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1; then
      svc_log "initdb with --locale=C.UTF-8 failed; retrying with --no-locale"
      rm -rf "$data"
      svc_as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale >"$base/initdb.log" 2>&1 \
        || { svc_show_log "$base/initdb.log"; svc_die "initdb failed"; }
    fi
  fi

  svc_set_state "$state" SVC_PG_BIN "$bin"
  svc_set_state "$state" SVC_PG_DATA "$data"
  svc_set_state "$state" SVC_PG_SOCK "$sock"
  svc_set_state "$state" SVC_PG_LOG "$log"
  svc_set_state "$state" SVC_PG_PORT "$port"

  svc_as_pg "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $sock -c fsync=off -c max_connections=200" start >/dev/null \
    || { svc_show_log "$log"; svc_die "PostgreSQL did not start on 127.0.0.1:$port"; }
}

svc_pg_ready() { "$(svc_pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$1" -U postgres; }

svc_stop_pg() {
  local state=$1
  ( svc_load_state "$state"
    [ -n "${SVC_PG_DATA:-}" ] && [ -f "$SVC_PG_DATA/postmaster.pid" ] || exit 0
    bin="${SVC_PG_BIN:-$(svc_pg_bin)}"
    svc_as_pg "$bin/pg_ctl" -D "$SVC_PG_DATA" status >/dev/null 2>&1 || exit 0
    svc_as_pg "$bin/pg_ctl" -D "$SVC_PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || svc_as_pg "$bin/pg_ctl" -D "$SVC_PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || { echo "    could not stop PostgreSQL ($SVC_PG_DATA)" >&2; exit 1; }
    case "${SVC_PG_SOCK:-}" in /tmp/pgsock.*) rm -rf "$SVC_PG_SOCK" ;; esac
  )
}

# ---------------------------------------------------------------- Redis

svc_start_redis() {
  local state=$1 port=$2 dir="$1/redis"
  command -v redis-server >/dev/null 2>&1 || svc_die "redis-server not installed (apt-get install redis-server)"
  svc_load_state "$state"
  if [ -n "${SVC_REDIS_PIDFILE:-}" ] && [ -f "$SVC_REDIS_PIDFILE" ] && svc_pid_is "$(cat "$SVC_REDIS_PIDFILE")" redis-server; then
    svc_log "Redis already running on port ${SVC_REDIS_PORT:-?}"
    return 0
  fi
  mkdir -p "$dir"
  rm -f "$dir/redis.pid"
  svc_set_state "$state" SVC_REDIS_PORT "$port"
  svc_set_state "$state" SVC_REDIS_PIDFILE "$dir/redis.pid"
  svc_set_state "$state" SVC_REDIS_LOG "$dir/redis.log"
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" \
    || { svc_show_log "$dir/redis.log"; svc_die "redis-server did not start on 127.0.0.1:$port"; }
}

svc_redis_ready() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = "PONG" ]; }

svc_stop_redis() {
  local state=$1
  ( svc_load_state "$state"
    [ -n "${SVC_REDIS_PORT:-}" ] || exit 0
    pid=""
    [ -f "${SVC_REDIS_PIDFILE:-/nonexistent}" ] && pid=$(cat "$SVC_REDIS_PIDFILE")
    svc_pid_is "$pid" redis-server || exit 0
    redis-cli -h 127.0.0.1 -p "$SVC_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do svc_pid_is "$pid" redis-server || exit 0; sleep 0.1; done
    kill "$pid" 2>/dev/null; sleep 0.5
    svc_pid_is "$pid" redis-server && kill -9 "$pid" 2>/dev/null
    exit 0
  )
}

# ---------------------------------------------------------------- S3 (s3rver)

# Installs s3rver@$SVC_S3RVER_VERSION under PREFIX (default STATE/s3rver) unless it is already there.
svc_install_s3rver() {
  local prefix=$1 have=""
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || svc_die "node/npm not found (needed for s3rver)"
  [ -f "$prefix/node_modules/s3rver/package.json" ] \
    && have=$(node -p "require('$prefix/node_modules/s3rver/package.json').version" 2>/dev/null || true)
  if [ "$have" = "$SVC_S3RVER_VERSION" ]; then
    svc_log "s3rver $have already installed in $prefix"
    return 0
  fi
  mkdir -p "$prefix"
  svc_retry 3 _svc_npm_install "$prefix" \
    || { svc_show_log "$prefix/npm-install.log"; svc_die "npm install s3rver@$SVC_S3RVER_VERSION failed (3 attempts)"; }
}

_svc_npm_install() {
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$1" \
    "s3rver@$SVC_S3RVER_VERSION" </dev/null >"$1/npm-install.log" 2>&1
}

svc_start_s3() {
  local state=$1 port=$2 prefix="${SVC_S3RVER_PREFIX:-$1/s3rver}" dir="$1/s3" bin help silent=()
  svc_load_state "$state"
  if svc_pid_is "${SVC_S3_PID:-}" s3rver; then
    svc_log "s3rver already running on port ${SVC_S3_PORT:-?} (pid $SVC_S3_PID)"
    return 0
  fi
  [ -f "$prefix/node_modules/s3rver/package.json" ] || svc_install_s3rver "$prefix"
  bin="$prefix/node_modules/.bin/s3rver"
  [ -e "$bin" ] || bin="$prefix/node_modules/s3rver/bin/s3rver.js"
  mkdir -p "$dir/data"
  help=$(node "$bin" --help 2>&1 || true)
  case "$help" in *--silent*) silent=(--silent) ;; esac
  svc_set_state "$state" SVC_S3_PORT "$port"
  svc_set_state "$state" SVC_S3_LOG "$dir/s3rver.log"
  _svc_spawn_s3rver "$bin" "$dir" "$port" "${silent[@]}"
  if [ "${#silent[@]}" -gt 0 ]; then
    sleep 0.3
    if ! svc_pid_is "$(cat "$dir/s3rver.pid" 2>/dev/null)" s3rver; then
      svc_log "s3rver exited at once; retrying without --silent"
      _svc_spawn_s3rver "$bin" "$dir" "$port"
    fi
  fi
  svc_set_state "$state" SVC_S3_PID "$(cat "$dir/s3rver.pid" 2>/dev/null)"
}

# setsid + nohup: the server outlives this shell (dev-services) and never holds the caller's stdout (CI).
# The child writes its own pid before exec'ing node, so the pid is right even when setsid has to fork.
_svc_spawn_s3rver() {
  local bin=$1 dir=$2 port=$3
  shift 3
  rm -f "$dir/s3rver.pid"
  setsid nohup sh -c 'echo $$ >"$0"; exec "$@"' "$dir/s3rver.pid" \
    node "$bin" -d "$dir/data" -a 127.0.0.1 -p "$port" "$@" >"$dir/s3rver.log" 2>&1 </dev/null &
  for _ in $(seq 1 50); do [ -s "$dir/s3rver.pid" ] && return 0; sleep 0.05; done
  svc_die "s3rver did not start (no pid file)"
}

# s3rver answers GET / with a ListAllMyBuckets document; any HTTP status means it is up.
svc_s3_ready() {
  local code
  code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/" 2>/dev/null) || true
  [ -n "$code" ] && [ "$code" != "000" ]
}

svc_stop_s3() {
  local state=$1
  ( svc_load_state "$state"
    pid="${SVC_S3_PID:-}"
    svc_pid_is "$pid" s3rver || exit 0
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do svc_pid_is "$pid" s3rver || exit 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    exit 0
  )
}

# ---------------------------------------------------------------- waiting, stopping, env

# svc_wait_for NAME TIMEOUT_SECONDS LOGFILE CMD...: polls CMD every 0.2 s; dies with the log's tail on timeout.
svc_wait_for() {
  local name=$1 timeout=$2 log=$3 start
  shift 3
  start=$(date +%s)
  until "$@" >/dev/null 2>&1; do
    if [ $(($(date +%s) - start)) -ge "$timeout" ]; then
      svc_show_log "$log"
      svc_die "$name did not answer within ${timeout}s (check: $*)"
    fi
    sleep 0.2
  done
}

svc_stop_all() {
  local state=$1 rc=0
  svc_stop_s3 "$state" || rc=1
  svc_stop_redis "$state" || rc=1
  svc_stop_pg "$state" || rc=1
  return "$rc"
}

svc_print_env() {
  ( svc_load_state "$1"
    [ -n "${SVC_PG_PORT:-}" ] || { echo "no services state in $1 (run start first)" >&2; exit 1; }
    printf 'export BLAZORSHOP_TEST_POSTGRES=%q\n' "Host=127.0.0.1;Port=$SVC_PG_PORT;Username=postgres;Password=postgres"
    printf 'export BLAZORSHOP_TEST_REDIS=%q\n' "127.0.0.1:$SVC_REDIS_PORT"
    printf 'export BLAZORSHOP_TEST_S3=%q\n' "http://127.0.0.1:$SVC_S3_PORT"
    printf 'export BLAZORSHOP_TEST_CHROMIUM=%q\n' "/usr/bin/chromium"
    printf 'export BLAZORSHOP_TEST_NGINX=%q\n' "/usr/sbin/nginx"
    printf 'export BLAZORSHOP_REQUIRE_SERVICES=1\n'
    printf 'export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1\n'
  )
}
