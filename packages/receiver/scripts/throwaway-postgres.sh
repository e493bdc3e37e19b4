#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's `postgresql` package) for tests and benchmarks:
# a fresh data folder under /tmp, loopback only, a free port, password authentication. Prints the
# shell lines to use it; stop it with the printed command. As root it runs the server as the
# `postgres` user (initdb refuses root).
#   eval "$(bash packages/receiver/scripts/throwaway-postgres.sh)"   # sets DATABASE_URL and MAATWERK_PG_STOP
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
as_server_user=()
if [ "$(id -u)" = 0 ]; then as_server_user=(runuser -u postgres --); fi

dir=$(mktemp -d /tmp/maatwerk-postgres-XXXXXX)
chmod 755 "$dir"
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$dir/password"
if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi

"${as_server_user[@]}" "$bin/initdb" -D "$dir/data" -U receiver --pwfile="$dir/password" --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
rm "$dir/password"

for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 30000))
  if "${as_server_user[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" start >/dev/null; then
    echo "export DATABASE_URL=postgres://receiver:$password@127.0.0.1:$port/postgres"
    echo "export MAATWERK_PG_STOP='${as_server_user[*]} $bin/pg_ctl -D $dir/data -m immediate stop; rm -rf $dir'"
    exit 0
  fi
done
cat "$dir/server.log" >&2
exit 1
