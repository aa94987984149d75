#!/usr/bin/env bash
# Sourced by the scripts that run tests or benchmarks: points them at this machine's PostgreSQL, MariaDB, Redis and
# Chromium unless the environment already names others.
export AMOCRM_TEST_POSTGRESQL_URL="${AMOCRM_TEST_POSTGRESQL_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
export AMOCRM_TEST_POSTGRESQL_USER="${AMOCRM_TEST_POSTGRESQL_USER:-postgres}"
export AMOCRM_TEST_POSTGRESQL_PASSWORD="${AMOCRM_TEST_POSTGRESQL_PASSWORD:-}"
export AMOCRM_TEST_MARIADB_URL="${AMOCRM_TEST_MARIADB_URL:-jdbc:mariadb://127.0.0.1:3306/test}"
export AMOCRM_TEST_MARIADB_USER="${AMOCRM_TEST_MARIADB_USER:-root}"
export AMOCRM_TEST_MARIADB_PASSWORD="${AMOCRM_TEST_MARIADB_PASSWORD:-}"
export AMOCRM_TEST_REDIS_URL="${AMOCRM_TEST_REDIS_URL:-redis://127.0.0.1:6379}"
export AMOCRM_TEST_CHROMIUM="${AMOCRM_TEST_CHROMIUM:-/usr/bin/chromium}"
export AMOCRM_TEST_CHROMEDRIVER="${AMOCRM_TEST_CHROMEDRIVER:-/usr/bin/chromedriver}"
