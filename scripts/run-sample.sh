#!/usr/bin/env bash
# Builds the starter and runs the sample application on its embedded defaults: an H2 database and a fake amoCRM
# seeded with demo data. Open http://localhost:8080 when it has started.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -DskipTests install
exec mvn -B -ntp -q -f amocrm-sample-app/pom.xml spring-boot:run "$@"
