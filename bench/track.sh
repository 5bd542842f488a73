#!/usr/bin/env bash
# Experiment tracking (module track): the time run.log takes from a training loop (10,000 steps x 5
# metrics) and a random sweep's overhead. Usage: bench/track.sh [TRIALS [MS_PER_TRIAL [sqlite|postgresql|postgresql-nosync]]]
# (bench/track.sh 100 1000 is the issue's 100-trial sweep of a 1-second function: about 100 s);
# a third argument, postgresql, measures against a PostgreSQL server it starts (Debian's postgresql package;
# postgresql-nosync: that server without fsync)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -o -pl track -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="track/target/test-classes:track/target/classes:$(cat track/target/bench.classpath)"
echo "# $(uname -m) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" torch4j.track.TrackBench "$@"
echo "# load after $(cut -d' ' -f1-3 /proc/loadavg)"
