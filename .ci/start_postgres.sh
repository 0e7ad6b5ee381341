#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster (Debian's packages) on 127.0.0.1:${PGPORT:-54329}
# for the tests and print its URL. Runs as root (via the postgres user) or as any user.
set -euo pipefail
PGPORT=${PGPORT:-54329}
DATA=${PGDATA_DIR:-/tmp/linli-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! as_pg "$BIN/pg_isready -q -h 127.0.0.1 -p $PGPORT"; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
  as_pg "$BIN/initdb -D $DATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  # a test cluster: speed over durability (the durability tests run on SQLite and on real commits)
  as_pg "$BIN/pg_ctl -D $DATA -l $DATA/log -w -t 60 -o \"-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null
fi
as_pg "$BIN/psql -q -h 127.0.0.1 -p $PGPORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='linli'\"" | grep -q 1 \
  || as_pg "$BIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres linli"
echo "postgresql://postgres@127.0.0.1:$PGPORT/linli"
