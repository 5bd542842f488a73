#!/usr/bin/env bash
# Before/after: the same bench cases in two checkouts, alternating, with PyTorch beside each run.
#
#   bench/compare.sh OTHER_CHECKOUT [REGEX] [ROUNDS]
#   e.g. git worktree add /tmp/before 97fd1fe && bench/compare.sh /tmp/before 'matmul|add_f32' 3
#
# Each round runs bench/run.sh REGEX in OTHER_CHECKOUT ("before") and then in this checkout
# ("after"); PyTorch's time in the same run is the control for the machine's load, so compare the
# ratios (torch4j / PyTorch) of the two sides, not only the raw times. Then AutogradBench and
# CnnBench (each runs PyTorch after itself too) alternate the same way. Prints every line,
# prefixed by its side and round.
set -euo pipefail
cd "$(dirname "$0")/.."
OTHER="$(cd "$1" && pwd)"
REGEX="${2:-}"
ROUNDS="${3:-2}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
classpath() { echo "$1/tensor/target/classes:$1/tensor/target/test-classes:$(cat "$1/tensor/target/bench.classpath")"; }
for round in $(seq 1 "$ROUNDS"); do
    for side in before after; do
        dir=$([ "$side" = before ] && echo "$OTHER" || pwd)
        (cd "$dir" && bench/run.sh "$REGEX") | sed "s/^/$side r$round: /"
    done
done
for round in $(seq 1 "$ROUNDS"); do
    for side in before after; do
        dir=$([ "$side" = before ] && echo "$OTHER" || pwd)
        for main in torch4j.bench.AutogradBench torch4j.bench.CnnBench; do
            "$JAVA_HOME/bin/java" -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
                -cp "$(classpath "$dir")" "$main" 2>&1 | grep -v '^WARNING' | sed "s/^/$side r$round: /"
        done
    done
done
