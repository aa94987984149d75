#!/usr/bin/env bash
# Builds the starter and the sample application from this checkout, then runs the sample on its embedded defaults:
# an in-memory H2 database and a fake amoCRM seeded with demo data. Open http://localhost:8080 when it has started.
# Arguments go to the application, for example --server.port=9090, or the real integration settings
# --amocrm.oauth.client-id=... --amocrm.oauth.client-secret=... --amocrm.oauth.redirect-uri=...
# Nothing is installed into ~/.m2: the reactor builds the modules the sample needs and the sample runs as a jar.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-sample: '$tool' is not on the PATH; the sample needs Java 17 or later and Maven 3.8 or later" >&2
    exit 1
  fi
done

mvn -B -ntp -q -pl amocrm-sample-app -am -Dmaven.test.skip=true package
jar=$(ls amocrm-sample-app/target/amocrm-sample-app-*.jar | head -n 1)
exec java -jar "$jar" "$@"
