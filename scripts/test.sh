#!/usr/bin/env bash
# Runs every test of the project on this machine: sets up the databases and the browser, then the Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-services.sh

source scripts/test-env.sh

exec mvn -B -ntp verify "$@"
