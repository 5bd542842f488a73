"""PyTorch's side of torch4j.bench.OpsCpuTime: the same cases by the calling thread's CPU time,
one thread (torch.set_num_threads(1)); median and minimum microseconds per call.

    /usr/bin/python3 bench/ops_cpu_time.py [REGEX]
"""
import os, re, sys, time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # torch.set_num_threads does not reach Debian's OpenBLAS
import torch  # noqa: E402

torch.set_num_threads(1)
filt = re.compile(sys.argv[1] if len(sys.argv) > 1 else "")
cases = {}


def case(name, make):
    cases[name] = make


def two(n):
    return torch.randn(n), torch.randn(n)


case("add 10k", lambda: (lambda a, b: lambda: a.add(b))(*two(10_000)))
case("add 100k", lambda: (lambda a, b: lambda: a.add(b))(*two(100_000)))
case("add 1M", lambda: (lambda a, b: lambda: a.add(b))(*two(1_000_000)))
case("add_ 100k", lambda: (lambda a, b: lambda: a.add_(b))(*two(100_000)))
case("mul 100k", lambda: (lambda a, b: lambda: a.mul(b))(*two(100_000)))
case("sum 10k", lambda: (lambda a: lambda: a.sum())(torch.randn(10_000)))
case("sum 100k", lambda: (lambda a: lambda: a.sum())(torch.randn(100_000)))
case("sum 1M", lambda: (lambda a: lambda: a.sum())(torch.randn(1_000_000)))
case("mean 1M", lambda: (lambda a: lambda: a.mean())(torch.randn(1_000_000)))
case("sum(0) 1000x1000", lambda: (lambda a: lambda: a.sum(0))(torch.randn(1000, 1000)))
case("sum(1) 1000x1000", lambda: (lambda a: lambda: a.sum(1))(torch.randn(1000, 1000)))
case("sum(0) 100x1000", lambda: (lambda a: lambda: a.sum(0))(torch.randn(100, 1000)))
case("sum(1) 100x1000", lambda: (lambda a: lambda: a.sum(1))(torch.randn(100, 1000)))
for n in (256, 512, 1024):
    case(f"matmul {n}", (lambda n: lambda: (lambda a, b: lambda: a.matmul(b))(torch.randn(n, n), torch.randn(n, n)))(n))
    case(f"sgemm {n} into c", (lambda n: lambda: (lambda a, b, c: lambda: torch.matmul(a, b, out=c))(
        torch.randn(n, n), torch.randn(n, n), torch.empty(n, n)))(n))

for name, make in cases.items():
    if not filt.search(name):
        continue
    op = make()
    w0 = time.thread_time_ns()
    while time.thread_time_ns() - w0 < 300_000_000:
        op()
    t = []
    for _ in range(30):
        reps, c0 = 0, time.thread_time_ns()
        while True:
            op()
            reps += 1
            c = time.thread_time_ns() - c0
            if c >= 5_000_000:
                break
        t.append(c // reps)
    t.sort()
    print(f"{name:<18} median {t[15] / 1e3:9.1f} us  min {t[0] / 1e3:9.1f} us")
