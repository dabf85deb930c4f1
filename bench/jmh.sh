#!/usr/bin/env bash
# Builds and runs the JMH benchmarks (bench/pom.xml): catalog load, index build and queries over
# synthetic catalogs of 1k, 10k, 100k and 1M models. Not part of `mvn verify` or CI.
# Arguments go to JMH; the default is a short run (about 15 minutes on 2 cores), e.g.
#   bench/jmh.sh -p models=1000,10000 queryFixedOrg
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
./mvnw -q -B -Dstyle.color=never -DskipTests -Dspotless.check.skip=true install
./mvnw -q -B -Dstyle.color=never -f bench/pom.xml package
mkdir -p target/bench
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 3 -w 2s -i 3 -r 2s
fi
exec java -jar bench/target/benchmarks.jar -rf text -rff target/bench/jmh.txt "$@"
