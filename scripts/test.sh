#!/usr/bin/env bash
# Runs every test of the project on this machine: sets up the databases and the browser, then the Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-services.sh

export AMOCRM_TEST_POSTGRESQL_URL="${AMOCRM_TEST_POSTGRESQL_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
export AMOCRM_TEST_POSTGRESQL_USER="${AMOCRM_TEST_POSTGRESQL_USER:-postgres}"
export AMOCRM_TEST_POSTGRESQL_PASSWORD="${AMOCRM_TEST_POSTGRESQL_PASSWORD:-}"
export AMOCRM_TEST_MARIADB_URL="${AMOCRM_TEST_MARIADB_URL:-jdbc:mariadb://127.0.0.1:3306/test}"
export AMOCRM_TEST_MARIADB_USER="${AMOCRM_TEST_MARIADB_USER:-root}"
export AMOCRM_TEST_MARIADB_PASSWORD="${AMOCRM_TEST_MARIADB_PASSWORD:-}"
export AMOCRM_TEST_CHROMIUM="${AMOCRM_TEST_CHROMIUM:-/usr/bin/chromium}"
export AMOCRM_TEST_CHROMEDRIVER="${AMOCRM_TEST_CHROMEDRIVER:-/usr/bin/chromedriver}"

exec mvn -B -ntp verify "$@"
