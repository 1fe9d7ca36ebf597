#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of the second provider (never a mock or an in-memory stand-in).
#   tools/test-postgres.sh start   → creates and starts a cluster in a new temp folder on 127.0.0.1 and a free port;
#                                    prints one line: FOLDER<TAB>CONNECTION-STRING
#   tools/test-postgres.sh stop F  → stops the cluster in folder F and removes the folder
# Installs Debian's postgresql with apt-get when it is missing (as root or with sudo). As root, initdb and pg_ctl run
# as the postgres user (initdb refuses root). Used by test.sh and, when test.sh did not start one, by the test fixture.
set -euo pipefail

bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [ -z "$(bin_dir)" ]; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian's postgresql for the PostgreSQL tests…" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  local bin folder port
  bin=$(bin_dir)
  folder=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-pg.XXXXXX")
  [ "$(id -u)" -eq 0 ] && chown postgres: "$folder"
  as_owner "$bin/initdb" -D "$folder/data" -A trust -U dashboard -E UTF8 --locale=C.UTF-8 >/dev/null
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # Durability is of no use to a cluster that is thrown away; speed is.
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  printf '%s\t%s\n' "$folder" "Host=127.0.0.1;Port=$port;Username=dashboard;Database=postgres"
}

stop() {
  local folder=$1 bin
  bin=$(bin_dir)
  [ -d "$folder/data" ] && as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?folder}" ;;
  *) echo "usage: $0 start | stop FOLDER" >&2; exit 2 ;;
esac
