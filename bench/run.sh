#!/usr/bin/env bash
# Side-by-side benchmark of torch4j and PyTorch 1.13 on this machine, in one run.
#
#   bench/run.sh [REGEX]      e.g. bench/run.sh matmul_f32
#
# For every case (the union of the names in Cases.java and torch_bench.py that match REGEX) it
# runs torch4j, then PyTorch, each in a fresh process, and prints
#   name torch4j=<time> pytorch=<time> ratio=<torch4j time / pytorch time> [GFLOP/s of each]
# Alternating per case keeps both sides of a line close in time on a shared, noisy machine.
# Environment: JAVA_HOME (default Temurin 25), BENCH_PYTHON (default /usr/bin/python3),
# BENCH_THREADS (default: all cores, both sides), BENCH_WARMUP, BENCH_MIN_SAMPLE, BENCH_BUDGET
# (seconds; see Bench.java), BENCH_JAVA_OPTS (extra JVM options, e.g. -Dtorch4j.blas=java to time
# the pure-Java gemm). See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PY="${BENCH_PYTHON:-/usr/bin/python3}"
FILTER="${1:-}"

# Build only what the bench needs: tensor's main and test classes (and codegen, its build-time
# annotation processor: -am), and tensor's dependency classpath (written last, as tensor comes last).
CP_FILE="$PWD/tensor/target/bench.classpath"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
if ! ./mvnw -q -B -pl tensor -am test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >"$LOG" 2>&1; then
    cat "$LOG" >&2
    echo "bench/run.sh: build failed" >&2
    exit 1
fi
CP="tensor/target/classes:tensor/target/test-classes:$(cat "$CP_FILE")"

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
# The launcher's collector (see ./torch4j: G1 stalls on repeated 40 MB allocations); BENCH_GC overrides it.
jbench() { "$JAVA_HOME/bin/java" ${BENCH_GC:--XX:+UseParallelGC} --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} -cp "$CP" torch4j.bench.Bench "$@"; }
pbench() { "$PY" bench/torch_bench.py "$@"; }

JAVA_CASES="$(jbench --list "$FILTER")"
PY_CASES="$(pbench --list "$FILTER")"
CASES="$(printf '%s\n%s\n' "$JAVA_CASES" "$PY_CASES" | awk 'NF && !seen[$0]++')"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
jbench --info
pbench --info

for c in $CASES; do
    j=""; p=""
    if grep -qx "$c" <<<"$JAVA_CASES"; then j="$(jbench "^${c}\$")"; fi
    if grep -qx "$c" <<<"$PY_CASES"; then p="$(pbench "^${c}\$")"; fi
    # each side printed "name seconds flops" (or nothing when it lacks the case)
    awk -v name="$c" -v j="$j" -v p="$p" '
        function t(s) {
            if (s == "") return "n/a"
            if (s >= 1) return sprintf("%.3fs", s)
            if (s >= 1e-3) return sprintf("%.3fms", s * 1e3)
            if (s >= 1e-6) return sprintf("%.3fus", s * 1e6)
            return sprintf("%.1fns", s * 1e9)
        }
        BEGIN {
            split(j, J, " "); split(p, P, " ")
            line = name " torch4j=" t(J[2]) " pytorch=" t(P[2])
            line = line " ratio=" ((J[2] != "" && P[2] != "") ? sprintf("%.4f", J[2] / P[2]) : "n/a")
            if (J[3] + 0 > 0 && J[2] != "") line = line sprintf(" torch4j_gflops=%.1f", J[3] / J[2] / 1e9)
            if (P[3] + 0 > 0 && P[2] != "") line = line sprintf(" pytorch_gflops=%.1f", P[3] / P[2] / 1e9)
            print line
        }'
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
