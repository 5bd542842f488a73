#!/usr/bin/env bash
# Plot rendering, torch4j (XChart, repl module) next to matplotlib (Agg) on the same machine.
# Usage: bench/plot.sh   (needs Debian's python3-matplotlib for the matplotlib lines)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -pl repl -am test-compile dependency:build-classpath -Dmdep.outputFile=target/plot-bench.classpath -Dmdep.includeScope=test >/dev/null
CP="repl/target/test-classes:repl/target/classes:$(cat repl/target/plot-bench.classpath)"
echo "# $(uname -m) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## torch4j"
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp "$CP" torch4j.bench.PlotBench
echo "## matplotlib"
/usr/bin/python3 bench/plot_bench.py || echo "(matplotlib not installed: apt-get install python3-matplotlib)"
