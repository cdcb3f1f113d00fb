#!/usr/bin/env bash
# Local PostgreSQL, Redis and S3 (s3rver) for developing and testing BlazorShop without Docker.
#
#   scripts/dev-services.sh start    install what is missing, start the three services (idempotent)
#   scripts/dev-services.sh env      print the export lines for the tests:  eval "$(scripts/dev-services.sh env)"
#   scripts/dev-services.sh status   show what is running
#   scripts/dev-services.sh stop     stop everything started here (data is kept in .services/)
#
# Fixed ports on 127.0.0.1 (override with BLAZORSHOP_PG_PORT / BLAZORSHOP_REDIS_PORT / BLAZORSHOP_S3_PORT):
# PostgreSQL 55432, Redis 56379, S3 54569. State, logs and data live in .services/ at the repo root
# (delete it after `stop` for a clean slate). Same code as CI: scripts/services-lib.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/services-lib.sh
. "$ROOT/scripts/services-lib.sh"

STATE="$ROOT/.services"
PGPORT="${BLAZORSHOP_PG_PORT:-55432}"
REDISPORT="${BLAZORSHOP_REDIS_PORT:-56379}"
S3PORT="${BLAZORSHOP_S3_PORT:-54569}"

usage() {
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

# A fixed port that something else already holds is an error (unless it is ours, from an earlier start).
check_port() { # check_port NAME PORT ALREADY_OURS(0/1)
  if [ "$3" = 0 ] && svc_port_busy "$2"; then
    svc_die "port $2 for $1 is already in use on 127.0.0.1 (set BLAZORSHOP_${1^^}_PORT to another port)"
  fi
}

pg_running() { svc_load_state "$STATE"; [ -n "${SVC_PG_DATA:-}" ] && svc_as_pg "${SVC_PG_BIN:-$(svc_pg_bin)}/pg_ctl" -D "$SVC_PG_DATA" status >/dev/null 2>&1; }
redis_running() { svc_load_state "$STATE"; [ -f "${SVC_REDIS_PIDFILE:-/nonexistent}" ] && svc_pid_is "$(cat "$SVC_REDIS_PIDFILE")" redis-server; }
s3_running() { svc_load_state "$STATE"; svc_pid_is "${SVC_S3_PID:-}" s3rver; }
yn() { if "$@"; then echo 1; else echo 0; fi; }

cmd_start() {
  local pg redis s3
  mkdir -p "$STATE"
  [ "$(id -u)" -eq 0 ] && chmod 755 "$STATE"
  svc_section "Packages"
  svc_timed "packages" svc_install_packages

  pg=$(yn pg_running); redis=$(yn redis_running); s3=$(yn s3_running)
  # A service that runs already keeps the port it was started on.
  svc_load_state "$STATE"
  [ "$pg" = 1 ] && PGPORT=$SVC_PG_PORT
  [ "$redis" = 1 ] && REDISPORT=$SVC_REDIS_PORT
  [ "$s3" = 1 ] && S3PORT=$SVC_S3_PORT
  check_port pg "$PGPORT" "$pg"
  check_port redis "$REDISPORT" "$redis"
  check_port s3 "$S3PORT" "$s3"

  svc_section "Services on 127.0.0.1 (state in $STATE)"
  svc_timed "postgres start" svc_start_pg "$STATE" "$PGPORT"
  svc_timed "redis start" svc_start_redis "$STATE" "$REDISPORT"
  svc_timed "s3rver npm install" svc_install_s3rver "$STATE/s3rver"
  svc_timed "s3rver start" svc_start_s3 "$STATE" "$S3PORT"
  svc_load_state "$STATE"
  svc_timed "postgres answers" svc_wait_for PostgreSQL 60 "${SVC_PG_LOG:-}" svc_pg_ready "$PGPORT"
  svc_timed "redis answers" svc_wait_for Redis 30 "${SVC_REDIS_LOG:-}" svc_redis_ready "$REDISPORT"
  svc_timed "s3rver answers" svc_wait_for s3rver 60 "${SVC_S3_LOG:-}" svc_s3_ready "$S3PORT"
  printf '\nReady. For the tests:\n  eval "$(scripts/dev-services.sh env)" && dotnet test\n' >&2
}

cmd_stop() {
  [ -f "$STATE/services.env" ] || { echo "nothing to stop (no $STATE/services.env)" >&2; return 0; }
  svc_timed "stop services" svc_stop_all "$STATE"
}

cmd_status() {
  [ -f "$STATE/services.env" ] || { echo "not started (no $STATE/services.env)"; return 0; }
  svc_load_state "$STATE"
  local rc=0
  if pg_running && svc_pg_ready "$SVC_PG_PORT"; then echo "postgres  up    127.0.0.1:$SVC_PG_PORT  data $SVC_PG_DATA"; else echo "postgres  down"; rc=1; fi
  if redis_running && svc_redis_ready "$SVC_REDIS_PORT"; then echo "redis     up    127.0.0.1:$SVC_REDIS_PORT"; else echo "redis     down"; rc=1; fi
  if s3_running && svc_s3_ready "$SVC_S3_PORT"; then echo "s3rver    up    http://127.0.0.1:$SVC_S3_PORT  pid $SVC_S3_PID"; else echo "s3rver    down"; rc=1; fi
  return "$rc"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) svc_print_env "$STATE" ;;
  status) cmd_status ;;
  -h | --help | help) usage 0 ;;
  *) usage 2 ;;
esac
