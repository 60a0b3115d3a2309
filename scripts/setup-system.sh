#!/usr/bin/env bash
# System services the test suite needs, on Debian/Ubuntu:
#   - Chromium at /usr/bin/chromium (browser tests; npm cannot download browsers here),
#   - a running PostgreSQL cluster reachable as postgres://postgres:postgres@127.0.0.1:5432/postgres,
#   - nginx at /usr/sbin/nginx (the fleet test's load balancer; test/fleet runs it itself, never as a service).
# Idempotent and fast when everything is already there: it only checks, then says so.
# Runs as root (CI); as another user it uses `sudo` for the steps that need root.
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
PG_PASSWORD=postgres
CHROMIUM=/usr/bin/chromium

say() { printf 'setup-system: %s\n' "$*"; }
die() {
  printf 'setup-system: error: %s\n' "$*" >&2
  exit 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -- "$@"
  else
    die "need root for: $* (run this script as root)"
  fi
}

# The postgres OS user reaches the server through the Unix socket with peer auth (Debian's default).
as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  else
    as_root runuser -u postgres -- "$@"
  fi
}

# ---- packages ----------------------------------------------------------------
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/sbin/nginx ] || missing+=(nginx)

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and apt-get is not available; install them yourself"
  say "installing ${missing[*]} with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  say "installed ${missing[*]}"
else
  say "chromium, postgresql and nginx are installed"
fi
[ -x "$CHROMIUM" ] || die "$CHROMIUM is still missing after installing chromium"

# ---- cluster -----------------------------------------------------------------
# `pg_lsclusters -h`: version, name, port, status, owner, data directory, log file.
find_cluster() {
  pg_lsclusters -h | awk -v port="$PG_PORT" '$3 == port { print; found = 1; exit } END { if (!found) exit 1 }' ||
    pg_lsclusters -h | head -n 1
}

cluster="$(find_cluster || true)"
if [ -z "$cluster" ]; then
  # Images built with create_main_cluster = false have the server but no cluster.
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  [ -n "$version" ] || die "no PostgreSQL server version under /usr/lib/postgresql"
  say "creating cluster $version/main on port $PG_PORT"
  as_root pg_createcluster --port "$PG_PORT" "$version" main >/dev/null
  cluster="$(find_cluster)"
fi

read -r version name port status _owner _datadir logfile <<<"$cluster"
[ "$port" = "$PG_PORT" ] || say "warning: cluster $version/$name listens on port $port, not $PG_PORT"

if [ "$status" = online ]; then
  say "postgresql $version/$name is running on port $port"
else
  say "starting postgresql $version/$name (was $status)"
  if ! as_root pg_ctlcluster "$version" "$name" start; then
    [ -r "$logfile" ] && tail -n 20 "$logfile" >&2
    die "pg_ctlcluster $version $name start failed"
  fi
fi

for _ in $(seq 1 60); do
  pg_isready -q -h "$PG_HOST" -p "$port" && break
  sleep 0.5
done
pg_isready -q -h "$PG_HOST" -p "$port" || die "postgresql is not accepting connections on $PG_HOST:$port after 30 s"

# ---- credentials -------------------------------------------------------------
can_login() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -h "$PG_HOST" -p "$port" -U postgres -d postgres \
    -tAqc 'select 1' >/dev/null 2>&1
}

if can_login; then
  say "postgres://postgres:***@$PG_HOST:$port/postgres accepts the password"
else
  say "setting the password of role postgres"
  as_postgres psql -p "$port" -qc "ALTER USER postgres PASSWORD '$PG_PASSWORD'" >/dev/null
  can_login || die "cannot log in as postgres@$PG_HOST:$port with the password (check pg_hba.conf)"
  say "postgres://postgres:***@$PG_HOST:$port/postgres works now"
fi

say "ready"
