#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and benchmarks: on a temporary directory and port, as
# the `postgres` user (PostgreSQL refuses to run as root), trusting local connections.
#
#   scripts/postgres-cluster.sh start <dir> [port]   → prints the DATABASE_URL to use
#   scripts/postgres-cluster.sh stop <dir>
#
# Needs Debian's PostgreSQL server binaries (apt-get install postgresql; .ci/run installs them).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?directory}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case $action in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
    fi
    # Durability is not what these clusters are for; fsync off keeps test runs fast.
    as_owner "'$bin/pg_ctl' -D '$dir/data' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" -l '$dir/log' -w start >/dev/null"
    as_owner "'$bin/psql' -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='quellenquiz'\" | grep -q 1 || '$bin/createdb' -h 127.0.0.1 -p $port -U postgres quellenquiz"
    echo "postgresql://postgres@127.0.0.1:$port/quellenquiz"
    ;;
  stop)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    ;;
  *) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
