"""Measures a kernel (torch4j by default; `python3` for ipykernel, the yardstick) as a client sees
it and prints one line per figure. Usage: kernel_latency.py [KERNEL [STARTS [CELLS]]].

kernel_info_ms: from launching the kernel process to its kernel_info_reply (best of RUNS starts);
first_cell_ms: from launch to the reply of a first `1 + 1` (session start included);
after_info_ms: from the kernel_info_reply to that first cell's reply (the kernel said it was ready);
roundtrip_ms: median over CELLS runs of a trivial cell after 30 warm-up cells (JShell's javac keeps
warming for dozens of snippets), from execute_request to the idle status.
"""
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

KERNEL = sys.argv[1] if len(sys.argv) > 1 else "torch4j"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
N = int(sys.argv[3]) if len(sys.argv) > 3 else 50


def until_idle(kc, msg_id):
    while True:
        m = kc.get_iopub_msg(timeout=60)
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status" \
                and m["content"]["execution_state"] == "idle":
            return


info, first, trips = [], [], []
for run in range(RUNS):
    km = KernelManager(kernel_name=KERNEL)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    kc.get_shell_msg(timeout=60)
    info.append((time.perf_counter() - t0) * 1000)
    msg_id = kc.execute("1 + 1")
    kc.get_shell_msg(timeout=120)
    first.append((time.perf_counter() - t0) * 1000)
    until_idle(kc, msg_id)
    if run == RUNS - 1:
        for _ in range(30):  # warm-up
            until_idle(kc, kc.execute("1 + 1"))
        for _ in range(N):
            t = time.perf_counter()
            until_idle(kc, kc.execute("1 + 1"))
            trips.append((time.perf_counter() - t) * 1000)
    kc.stop_channels()
    km.shutdown_kernel(now=False)

print(f"kernel={KERNEL}")
print(f"kernel_info_ms best={min(info):.0f} all={[round(x) for x in info]}")
print(f"first_cell_ms best={min(first):.0f} all={[round(x) for x in first]}")
print(f"after_info_ms all={[round(f - i) for i, f in zip(info, first)]}")
print(f"roundtrip_ms median={statistics.median(trips):.1f} min={min(trips):.1f} n={N}")
