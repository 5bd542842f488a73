#!/usr/bin/env bash
# Before/after for the convolution cases in thread CPU time, one thread (torch4j.bench.ConvCpuTime
# and conv_cpu_time.py), PyTorch beside each round:
#
#   bench/conv_ab.sh OTHER_CHECKOUT [REGEX] [CALLS] [ROUNDS]    e.g. bench/conv_ab.sh /work/main '^conv' 20 2
#
# OTHER_CHECKOUT needs its tensor classes built (tensor/target/classes); this checkout's bench
# sources are compiled against them into a temporary folder, so a checkout without the conv cases
# can be measured too. Run bench/run.sh once first (it builds this checkout and its classpath).
set -euo pipefail
cd "$(dirname "$0")/.."
OTHER="$(cd "$1" && pwd)"
REGEX="${2:-^conv}"; CALLS="${3:-20}"; ROUNDS="${4:-2}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DEPS="$(cat tensor/target/bench.classpath)"
OTHER_BENCH="$(mktemp -d)"
trap 'rm -rf "$OTHER_BENCH"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -d "$OTHER_BENCH" -cp "$OTHER/tensor/target/classes:$OTHER/tensor/target/test-classes:$DEPS" \
    tensor/src/test/java/torch4j/bench/*.java 2>&1 | grep -v '^Note' || true
J=("$JAVA_HOME/bin/java" -Dtorch4j.threads=1 -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED)
for round in $(seq 1 "$ROUNDS"); do
    echo "# round $round $(date -u '+%H:%M UTC') load $(cut -d' ' -f1-3 /proc/loadavg)"
    OPENBLAS_NUM_THREADS=1 "${J[@]}" -cp "$OTHER_BENCH:$OTHER/tensor/target/classes:$OTHER/tensor/target/test-classes:$DEPS" \
        torch4j.bench.ConvCpuTime "$REGEX" "$CALLS" 2>/dev/null | sed 's/^/before: /'
    OPENBLAS_NUM_THREADS=1 "${J[@]}" -cp "tensor/target/classes:tensor/target/test-classes:$DEPS" \
        torch4j.bench.ConvCpuTime "$REGEX" "$CALLS" 2>/dev/null | sed 's/^/after:  /'
    /usr/bin/python3 tensor/src/test/java/torch4j/bench/conv_cpu_time.py "$REGEX" "$CALLS" | sed 's/^/        /'
done
echo "# end $(date -u '+%H:%M UTC') load $(cut -d' ' -f1-3 /proc/loadavg)"
