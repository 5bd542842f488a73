#!/usr/bin/env bash
# Cold runs: each lesson start to finish in a fresh process, torch4j (`./torch4j tutorials/NN.jsh`)
# and Python + PyTorch (the lesson's Python twin, test/.../lessons/NN.py) side by side, alternating,
# median wall time of ROUNDS runs each, and the ratio torch4j / PyTorch.
#
#   bench/cold.sh [REGEX] [ROUNDS]          e.g. bench/cold.sh '06|11' 5
#   BUSY=1 bench/cold.sh ...                the same with stress-ng keeping 2 workers per core busy
#
# ./torch4j builds and writes its start-up caches on its first run (the AOT cache in the background,
# after that run); that run is made and the cache awaited (TORCH4J_AOT=wait), not counted, before
# the timed ones, as a learner's first lesson after installing would pay it once. Last, the cost of
# one script statement in a fresh process: a script of 1 and of 101 `print(i)` statements, the
# difference over 100 (median of ROUNDS). TORCH4J_JIT=default / TORCH4J_AOT=0 time the launcher
# without its JIT directives / AOT cache (see ./torch4j).
set -euo pipefail
cd "$(dirname "$0")/.."
REGEX="${1:-.}"
ROUNDS="${2:-3}"
PY="${BENCH_PYTHON:-/usr/bin/python3}"
LESSONS=test/src/test/resources/torch4j/e2e/lessons
export MPLBACKEND=Agg
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${hog:-}" ] && kill "$hog" 2>/dev/null || true' EXIT
if [ -n "${BUSY:-}" ]; then
    stress-ng --cpu "$(( $(nproc) * 2 ))" --timeout 3600s --quiet & hog=$!
    sleep 1
fi
./torch4j tutorials/tour.jsh >/dev/null 2>&1 || true     # build, not timed
TORCH4J_AOT=wait ./torch4j tutorials/tour.jsh >/dev/null 2>&1 || true     # the AOT cache, not timed

wall() {   # wall time in ms of "$@", run in $work (the lessons write files there); its CPU time (user + sys, ms) goes to $work/cpu
    local t0 t1
    t0=$(date +%s%N)
    (cd "$work" && /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1) || echo "bench/cold.sh: failed: $*" >&2
    t1=$(date +%s%N)
    awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/time" >"$work/cpu"
    echo $(( (t1 - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

printf '%-28s %10s %10s %7s %12s %12s %7s   (median of %s cold runs each, load %s)\n' lesson "torch4j ms" "PyTorch ms" ratio "torch4j CPU" "PyTorch CPU" ratio "$ROUNDS" "$(cut -d' ' -f1 /proc/loadavg)"
for jsh in tutorials/[0-9]*.jsh; do
    name="$(basename "$jsh" .jsh)"
    [[ "$name" =~ $REGEX ]] || continue
    py="$LESSONS/$name.py"
    [ -f "$py" ] || continue
    : >"$work/j"; : >"$work/p"; : >"$work/jc"; : >"$work/pc"
    for _ in $(seq 1 "$ROUNDS"); do
        wall "$PWD/torch4j" "$PWD/$jsh" >>"$work/j"; cat "$work/cpu" >>"$work/jc"
        wall "$PY" "$PWD/$py" >>"$work/p"; cat "$work/cpu" >>"$work/pc"
    done
    j=$(median <"$work/j"); p=$(median <"$work/p"); jc=$(median <"$work/jc"); pc=$(median <"$work/pc")
    printf '%-28s %10d %10d %7.2f %12d %12d %7.2f\n' "$name" "$j" "$p" "$(echo "$j / $p" | bc -l)" "$jc" "$pc" "$(echo "$jc / $pc" | bc -l)"
done

# per statement: a script of 101 statements against one of 1, in fresh processes
printf 'int i = 0;\n' >"$work/s1.jsh"; cp "$work/s1.jsh" "$work/s101.jsh"
printf 'print(i++);\n' >>"$work/s1.jsh"
for _ in $(seq 1 101); do printf 'print(i++);\n' >>"$work/s101.jsh"; done
: >"$work/d"; : >"$work/dc"
for _ in $(seq 1 "$ROUNDS"); do
    a=$(wall "$PWD/torch4j" "$work/s1.jsh"); ac=$(cat "$work/cpu")
    b=$(wall "$PWD/torch4j" "$work/s101.jsh"); bc=$(cat "$work/cpu")
    echo $(( (b - a) * 10 )) >>"$work/d"     # 100 statements: (b - a) / 100 ms = (b - a) * 10 us
    echo $(( (bc - ac) * 10 )) >>"$work/dc"
done
printf 'one script statement, fresh process: %d us wall, %d us CPU (median of %s; 101 statements against 1)\n' "$(median <"$work/d")" "$(median <"$work/dc")" "$ROUNDS"
