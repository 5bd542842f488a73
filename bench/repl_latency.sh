#!/usr/bin/env bash
# REPL latency as a learner sees it, through a real terminal (tmux):
#  - start-up: from launching ./torch4j to the ">>> " prompt on the screen (a new JVM each run);
#  - snippet: from pressing Enter on a trivial expression to its echo on the screen, JShell warm.
#    "Warm" means after the REPL's background warm-up of JShell's compiler and the JIT work it
#    queues (about 15 s at the prompt after start-up, while a learner reads the banner and
#    thinks of a first line): the script waits idle_s (default 15) first.
# Usage: bench/repl_latency.sh [starts] [snippets] [idle_s]   (needs tmux; builds torch4j first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
starts="${1:-10}"
snippets="${2:-30}"
idle_s="${3:-15}"
home="$(mktemp -d)"
trap 'tmux kill-session -t t4bench 2>/dev/null || true; rm -rf "$home"' EXIT

now_ms() { date +%s%3N; }
wait_for() {   # wait_for TEXT COUNT [HISTORY]: until the pane shows TEXT COUNT times (lines, not occurrences)
  while [ "$(tmux capture-pane -p -J -t t4bench -S "-${3:-5000}" | grep -c -F -- "$1" || true)" -lt "$2" ]; do sleep 0.002; done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# build if needed, and let one full session write the class-data archive (written at exit)
echo 'print("built");' > "$home/build.jsh"
./torch4j "$home/build.jsh" >/dev/null
tmux new-session -d -s t4bench -x 120 -y 50 "TORCH4J_HISTORY=$home/history ./torch4j"
wait_for '>>> ' 1; tmux send-keys -t t4bench '1 + 1' Enter; wait_for '>>> ' 2
tmux send-keys -t t4bench C-d; sleep 2; tmux kill-session -t t4bench 2>/dev/null || true

start_times=()
for _ in $(seq "$starts"); do
  t0=$(now_ms)
  tmux new-session -d -s t4bench -x 120 -y 50 "TORCH4J_HISTORY=$home/history ./torch4j"
  wait_for '>>> ' 1
  start_times+=($(( $(now_ms) - t0 )))
  tmux kill-session -t t4bench
done

tmux new-session -d -s t4bench -x 120 -y 50 "TORCH4J_HISTORY=$home/history ./torch4j"
wait_for '>>> ' 1
tmux send-keys -t t4bench 'var warm = ones(3).sum()\;' Enter
wait_for '>>> ' 2
sleep "$idle_s"
snippet_times=()
for i in $(seq "$snippets"); do
  tmux send-keys -t t4bench "$((i * 1000)) + 7"
  sleep 0.05
  t0=$(now_ms)
  tmux send-keys -t t4bench Enter
  wait_for "$((i * 1000 + 7))" 1 20   # the echo is on the last lines: a short capture keeps the polling cheap
  snippet_times+=($(( $(now_ms) - t0 )))
done

# the harness's own floor: Enter on an empty line (no eval) to the next prompt
floor_times=()
for i in $(seq 10); do
  n=$(tmux capture-pane -p -J -t t4bench -S -5000 | grep -c -F -- '>>>' || true)
  t0=$(now_ms)
  tmux send-keys -t t4bench Enter
  wait_for '>>>' $((n + 1))
  floor_times+=($(( $(now_ms) - t0 )))
done

# the session alone, timed inside the REPL by :time (no terminal, no tmux)
for i in $(seq "$snippets"); do
  tmux send-keys -t t4bench ":time $((i * 1000)) + 8" Enter
  wait_for 'Wall time' "$i"
done
inproc_times=($(tmux capture-pane -p -J -t t4bench -S -5000 | sed -n 's/^Wall time: \([0-9.]*\) ms$/\1/p'))

printf 'start-up to prompt (ms): %s\n' "${start_times[*]}"
printf '  median %s, best %s\n' "$(printf '%s\n' "${start_times[@]}" | median)" "$(printf '%s\n' "${start_times[@]}" | sort -n | head -n 1)"
printf 'trivial snippet, Enter to echo (ms): %s\n' "${snippet_times[*]}"
printf '  median %s, best %s\n' "$(printf '%s\n' "${snippet_times[@]}" | median)" "$(printf '%s\n' "${snippet_times[@]}" | sort -n | head -n 1)"
printf 'harness floor, Enter on an empty line to the next prompt (ms): %s\n' "${floor_times[*]}"
printf '  median %s\n' "$(printf '%s\n' "${floor_times[@]}" | median)"
printf 'trivial snippet in the session, :time (ms): %s\n' "${inproc_times[*]}"
printf '  median %s, best %s\n' "$(printf '%s\n' "${inproc_times[@]}" | median)" "$(printf '%s\n' "${inproc_times[@]}" | sort -n | head -n 1)"
printf 'for comparison, python3 -c "import torch" (ms): '
for _ in 1 2 3; do t0=$(now_ms); /usr/bin/python3 -c 'import torch' 2>/dev/null || true; printf '%s ' $(( $(now_ms) - t0 )); done; echo
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
