#!/usr/bin/env bash
# Makes sure that what the tests need answers on this machine: PostgreSQL and MariaDB on 127.0.0.1, each with a
# database named "test", Redis on 127.0.0.1:6379, and Debian's Chromium with its driver for the browser tests. Starts or installs what is
# missing; safe to run again.
set -euo pipefail

log() { printf '[ensure-services] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

wait_for() {
  local what=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "$what did not answer within 60 s"
  return 1
}

postgres_answers() { pg_isready -h 127.0.0.1 -p 5432 -q >/dev/null 2>&1; }
mariadb_answers() { mysqladmin -h 127.0.0.1 -P 3306 -uroot ping --silent >/dev/null 2>&1; }
redis_answers() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; }

if ! command -v pg_isready >/dev/null 2>&1; then
  log "installing PostgreSQL"
  apt_install postgresql
fi
if ! postgres_answers; then
  log "starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
  wait_for PostgreSQL postgres_answers
fi
if ! psql -h 127.0.0.1 -U postgres -d test -tAc 'select 1' >/dev/null 2>&1; then
  log "preparing PostgreSQL database test with trust authentication"
  as_root su postgres -c "psql -tAc \"select 1 from pg_database where datname='test'\"" | grep -q 1 \
    || as_root su postgres -c "createdb test"
fi

if ! command -v mysqladmin >/dev/null 2>&1; then
  log "installing MariaDB"
  apt_install mariadb-server mariadb-client
fi
if ! mariadb_answers; then
  log "starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_for MariaDB mariadb_answers
fi
mysql -h 127.0.0.1 -uroot -e 'CREATE DATABASE IF NOT EXISTS test' >/dev/null

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
  log "installing Redis"
  apt_install redis-server redis-tools
fi
if ! redis_answers; then
  log "starting Redis"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_for Redis redis_answers
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  log "installing Chromium and ChromeDriver"
  apt_install chromium chromium-driver
fi

log "PostgreSQL, MariaDB, Redis and Chromium are ready"
