#!/usr/bin/env bash
# Runs the benchmark suite on this machine: builds the benchmarks module and what it needs (tests skipped), makes
# sure PostgreSQL and MariaDB answer, then runs every scenario against the fake amoCRM server and writes
# benchmarks/results/results.md, results.json and export-ratio.png. Takes a few minutes.
# Arguments are passed to the suite, e.g. --only=export,import to run some scenarios alone.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-services.sh

source scripts/test-env.sh

mvn -B -ntp -q -pl benchmarks -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

exec java -cp "$classpath" io.github.amocrmspring.benchmarks.BenchmarkSuite benchmarks/results "$@"
