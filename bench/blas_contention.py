"""One cblas_sgemm of N x N floats, called through ctypes from this process, timed by wall clock:
compares two OpenBLAS builds at the same thread count (their default: one per core) on a busy
machine, e.g. Debian's 0.3.21 (PyTorch's) against bytedeco's 0.3.31 (torch4j's).

    /usr/bin/python3 bench/blas_contention.py LIBRARY.so N
    LIB=~/.javacpp/cache/openblas-0.3.31-1.5.13-linux-x86_64.jar/org/bytedeco/openblas/linux-x86_64
    LD_LIBRARY_PATH=$LIB /usr/bin/python3 bench/blas_contention.py $LIB/libopenblas_nolapack.so.0 256
"""
import ctypes
import sys
import time

import numpy as np

path, n = sys.argv[1], int(sys.argv[2])
lib = ctypes.CDLL(path)
a = np.random.rand(n, n).astype(np.float32)
b = np.random.rand(n, n).astype(np.float32)
c = np.zeros((n, n), np.float32)
P = ctypes.c_void_p
sgemm = lib.cblas_sgemm
sgemm.argtypes = [ctypes.c_int] * 6 + [ctypes.c_float, P, ctypes.c_int, P, ctypes.c_int, ctypes.c_float, P, ctypes.c_int]


def call():
    sgemm(101, 111, 111, n, n, n, 1.0, a.ctypes.data, n, b.ctypes.data, n, 0.0, c.ctypes.data, n)  # row-major, no transposes


for _ in range(20):
    call()
samples = []
for _ in range(15):   # 15 samples of 0.2 s
    w0, k = time.perf_counter(), 0
    while time.perf_counter() - w0 < 0.2:
        call()
        k += 1
    samples.append((time.perf_counter() - w0) / k)
samples.sort()
print(f"{path.split('/')[-1]} {n} threads {lib.openblas_get_num_threads()}"
      f" wall median {samples[7] * 1e3:.3f} ms min {samples[0] * 1e3:.3f} ms")
