#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway PostgreSQL cluster: installs Debian's
# `postgresql` when missing (as root), creates a cluster in a temp folder on a free loopback port,
# runs it as a non-root user, and stops and deletes it when the command ends, however it ends.
# An existing DATABASE_URL is used as is. Without root and without PostgreSQL, the command runs
# without DATABASE_URL, and the PostgreSQL tests say they were skipped.
#   bash scripts/with-postgres.sh <command> [args…]
set -euo pipefail

if [ -n "${DATABASE_URL:-}" ]; then exec "$@"; fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PGBIN="$(find_bin)"
if [ -z "$PGBIN" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "with-postgres: installing Debian's postgresql package" >&2
    apt-get update -qq >&2
    # policy-rc.d stops the package from starting its own default cluster.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    rm -f /usr/sbin/policy-rc.d
    PGBIN="$(find_bin)"
  else
    echo "with-postgres: PostgreSQL is not installed and this is not root: PostgreSQL tests will be skipped" >&2
    exec "$@"
  fi
fi

# A non-root user runs the server (postgres refuses to run as root).
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  RUN_AS=(runuser -u postgres --)
fi

DIR="$(mktemp -d /tmp/pc-postgres.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop() {
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT INT TERM

"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync -E UTF8 >"$DIR/initdb.log" 2>&1 ||
  { cat "$DIR/initdb.log" >&2; exit 1; }
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
  { cat "$DIR/server.log" >&2; exit 1; }
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
"$@"
