#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond Python: Debian's Chromium for the browser
# tests (tests/browser, driven by Playwright at /usr/bin/chromium), Java 17 for the Spark tests and a PostgreSQL 15 server on
# loopback with an empty database `triage_test`. Idempotent; works as root on a fresh Debian
# machine and in CI (no stdin). The tests read the database URL from .state/pg_url
# (override with TRIAGE_TEST_PG_URL); without it the PostgreSQL tests are skipped locally
# and fail in CI (CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT="${TRIAGE_TEST_PG_PORT:-5432}"
PG_DB=triage_test
PG_USER=triage
PG_PASSWORD=triage
URL_FILE=.state/pg_url

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q chromium fonts-liberation </dev/null
fi

# Java 17 for Spark (`triage batch score --engine spark`, tests/code/test_batch_scoring.py).
if ! command -v java >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q openjdk-17-jre-headless </dev/null
fi
java -version 2>&1 | head -n 1

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q postgresql </dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
    as_postgres pg_createcluster "$version" main -p "$PG_PORT" -- --auth-local=peer --auth-host=scram-sha-256
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    # The CI container has no systemd: pg_ctlcluster starts the server directly.
    pg_ctlcluster "$version" main start -o "-c listen_addresses=127.0.0.1"
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"

as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB;
  END IF;
END\$\$;
SQL
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
    as_postgres createdb -p "$port" -O "$PG_USER" "$PG_DB"
fi

mkdir -p .state
echo "postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$port/$PG_DB" > "$URL_FILE"
echo "PostgreSQL $version ready: $(cat "$URL_FILE")"
