#!/usr/bin/env bash
# A PostgreSQL cluster of its own for the benchmark, set up the way a production server for Ordo would be (docs/
# deployment.md), next to the machine's stock one, which keeps its defaults (shared_buffers 128 MB) for the tests.
#
#   bench/pg-tuned.sh start   # initdb once, then start on port 5433; prints the PGPORT to give bench/run.sh
#   bench/pg-tuned.sh stop
#   bench/pg-tuned.sh settings  # the settings the running cluster has, as recorded in docs/performance.md
#
#   PGPORT=5433 bench/run.sh --quick
#
# Environment: TUNED_PGDATA (default /var/tmp/ordo-bench-pg), TUNED_PGPORT (default 5433), SHARED_BUFFERS (default
# 4GB: a quarter of a 16 GB server, a sixth of this 24 GB machine). Durability is the stock one (fsync and
# synchronous_commit on): the figures must hold for a server that loses nothing.
set -euo pipefail

PGDATA=${TUNED_PGDATA:-/var/tmp/ordo-bench-pg}
PORT=${TUNED_PGPORT:-5433}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)

case "${1:-}" in
  start)
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
      mkdir -p "$PGDATA"
      [ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"
      "${AS_PG[@]}" "$BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
      cat >> "$PGDATA/postgresql.conf" <<EOF
# Ordo benchmark: a server sized for its data (bench/pg-tuned.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PGDATA'
max_connections = 200
shared_buffers = ${SHARED_BUFFERS:-4GB}
effective_cache_size = 16GB
maintenance_work_mem = 512MB
work_mem = 16MB
# Checkpoints spaced out, so a bulk import does not write every touched page twice (full-page images).
max_wal_size = 8GB
checkpoint_timeout = 15min
checkpoint_completion_target = 0.9
wal_compression = on
wal_buffers = 64MB
# Solid-state storage.
random_page_cost = 1.1
effective_io_concurrency = 200
EOF
    fi
    "${AS_PG[@]}" "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w start > /dev/null
    echo "PGPORT=$PORT"
    ;;
  stop)
    "${AS_PG[@]}" "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop > /dev/null
    ;;
  settings)
    psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc "select name || ' = ' || current_setting(name)
      from pg_settings where name in ('shared_buffers','effective_cache_size','max_wal_size','checkpoint_timeout',
      'wal_compression','wal_buffers','work_mem','maintenance_work_mem','random_page_cost','synchronous_commit','fsync')
      order by name"
    ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
