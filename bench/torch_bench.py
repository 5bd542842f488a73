#!/usr/bin/python3
"""PyTorch side of the side-by-side benchmark (run with Debian's /usr/bin/python3, PyTorch 1.13).

Prints one line per case, ``name seconds_per_op flops``, for bench/run.sh to join with torch4j's
figures. The case names and the timing protocol match tensor/src/test/java/torch4j/bench/ (Cases,
Bench) exactly:

1. warm up: call until BENCH_WARMUP seconds (default 1) and at least 2 calls have passed;
2. estimate one call from the last warm-up call and batch reps = ceil(BENCH_MIN_SAMPLE / estimate)
   calls per sample (default 0.2 s);
3. take BENCH_BUDGET / (reps * estimate) samples (default budget 10 s), clamped to 5..15, and
   report the median seconds per call.

Usage: torch_bench.py --info | --list [REGEX] | [REGEX]

To add a case: one ``case(name, setup, flops=0)`` line below (the setup builds the inputs, untimed,
and returns the operation to time) and one ``add(...)`` line with the same name in Cases.java, e.g.
    def add(n, dtype):
        a, b = torch.randn(n, dtype=dtype), torch.randn(n, dtype=dtype)
        return lambda: torch.add(a, b)
    case("add_f32_10M", lambda: add(10_000_000, torch.float32))
"""
import math
import os
import re
import statistics
import sys
import time

THREADS = int(os.environ.get("BENCH_THREADS") or os.cpu_count())
# torch.set_num_threads does not reach Debian's pthread OpenBLAS, which starts one thread per core
# whatever it says: without this, "1 thread" matmuls ran on 2 (process CPU time twice the caller's).
# It must be set before OpenBLAS loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", str(THREADS))

import torch  # noqa: E402 (after the OpenBLAS thread count)
WARMUP = float(os.environ.get("BENCH_WARMUP") or 1.0)
MIN_SAMPLE = float(os.environ.get("BENCH_MIN_SAMPLE") or 0.2)
BUDGET = float(os.environ.get("BENCH_BUDGET") or 10.0)
MIN_SAMPLES, MAX_SAMPLES = 5, 15

CASES = {}  # name -> (setup returning the op to time, flops per call or 0)


def case(name, setup, flops=0.0):
    if name in CASES:
        raise ValueError("duplicate bench case " + name)
    CASES[name] = (setup, flops)


def matmul(n, dtype):
    """torch.matmul(a, b) on n x n, allocating the result as a user's call does."""
    g = torch.Generator().manual_seed(1)
    a = torch.randn(n, n, generator=g, dtype=dtype)
    b = torch.randn(n, n, generator=g, dtype=dtype)
    return lambda: torch.matmul(a, b)


case("matmul_f32_256", lambda: matmul(256, torch.float32), 2.0 * 256 ** 3)
case("matmul_f32_512", lambda: matmul(512, torch.float32), 2.0 * 512 ** 3)
case("matmul_f32_1024", lambda: matmul(1024, torch.float32), 2.0 * 1024 ** 3)
case("matmul_f32_2048", lambda: matmul(2048, torch.float32), 2.0 * 2048 ** 3)
case("matmul_f64_1024", lambda: matmul(1024, torch.float64), 2.0 * 1024 ** 3)
case("gemm_f32_1024_raw", lambda: matmul(1024, torch.float32), 2.0 * 1024 ** 3)


def unary(op, *shape):
    a = torch.randn(*shape)
    return lambda: op(a)


def binary(op, *shape):
    a, b = torch.randn(*shape), torch.randn(*shape)
    return lambda: op(a, b)


case("add_f32_10M", lambda: binary(torch.add, 10_000_000))
case("add_f32_100k", lambda: binary(torch.add, 100_000))
case("relu_f32_10M", lambda: unary(torch.relu, 10_000_000))
case("add_f32_2x2", lambda: binary(torch.add, 2, 2))
case("mul_scalar_f32_10M", lambda: unary(lambda a: a * 2.5, 10_000_000))
case("exp_f32_10M", lambda: unary(torch.exp, 10_000_000))
case("exp_f32_10k", lambda: unary(torch.exp, 10_000))
case("exp_f32_100k", lambda: unary(torch.exp, 100_000))
case("exp_f32_1M", lambda: unary(torch.exp, 1_000_000))
case("add_transposed_f32_1000x1000", lambda: binary(lambda a, b: a.t() + b, 1000, 1000))
case("sum_f32_10k", lambda: unary(torch.sum, 10_000))
case("sum_f32_100k", lambda: unary(torch.sum, 100_000))
case("sum_f32_1M", lambda: unary(torch.sum, 1_000_000))
case("sum_f32_10M", lambda: unary(torch.sum, 10_000_000))
case("mean_f32_1M", lambda: unary(torch.mean, 1_000_000))
case("sum_dim0_f32_1000x1000", lambda: unary(lambda a: a.sum(0), 1000, 1000))
case("sum_dim1_f32_1000x1000", lambda: unary(lambda a: a.sum(1), 1000, 1000))
case("max_dim1_f32_1000x1000", lambda: unary(lambda a: a.max(1), 1000, 1000))
case("randn_f32_10M", lambda: (lambda: torch.randn(10_000_000)))
case("rand_f32_10M", lambda: (lambda: torch.rand(10_000_000)))
case("sort_f32_1M", lambda: unary(torch.sort, 1_000_000))


# indexing and joining: a batch of rows (as a DataLoader takes them), gather, index_put_ with +=, cat
def _index_select_rows():
    a, i = torch.randn(10_000, 784), torch.randint(10_000, (64,))
    return lambda: a.index_select(0, i)


def _gather_dim1():
    a, i = torch.randn(1000, 1000), torch.randint(1000, (1000, 1000))
    return lambda: a.gather(1, i)


def _index_put_acc():
    a, i, v = torch.zeros(1_000_000), torch.randint(1_000_000, (1_000_000,)), torch.randn(1_000_000)
    return lambda: a.index_put_((i,), v, accumulate=True)


case("index_select_rows_f32_64_of_10000x784", _index_select_rows)
case("gather_dim1_f32_1000x1000", _gather_dim1)
case("index_put_acc_f32_1M", _index_put_acc)
case("cat_f32_2x1000x1000", lambda: binary(lambda a, b: torch.cat([a, b]), 1000, 1000))


# nn (helper nn): the training loops of the regression and two-cluster lessons (NnCases.java)
class _Net(torch.nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.hidden = torch.nn.Linear(n_in, n_hidden)
        self.out = torch.nn.Linear(n_hidden, n_out)

    def forward(self, x):
        return self.out(torch.nn.functional.relu(self.hidden(x)))


def _train(make_net, x, y, loss_func, lr, steps):
    # a fresh network per call: the lesson's steps from its start (a net trained on and on drifts
    # into denormal gradients, which time the FPU rather than the framework)
    def run():
        torch.manual_seed(2)
        net = make_net()
        optimizer = torch.optim.SGD(net.parameters(), lr=lr)
        for _ in range(steps):
            loss = loss_func(net(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return run


def regression(steps):
    torch.manual_seed(1)
    x = torch.unsqueeze(torch.linspace(-1, 1, 100), dim=1)
    y = x.pow(2) + 0.2 * torch.rand(x.size())
    return _train(lambda: _Net(1, 10, 1), x, y, torch.nn.MSELoss(), 0.2, steps)


def classification(steps):
    torch.manual_seed(1)
    n = torch.ones(100, 2)
    x = torch.cat((torch.normal(2 * n, 1), torch.normal(-2 * n, 1)), 0)
    y = torch.cat((torch.zeros(100), torch.ones(100))).long()
    return _train(lambda: _Net(2, 10, 2), x, y, torch.nn.CrossEntropyLoss(), 0.02, steps)


case("nn_regression_200_steps", lambda: regression(200))
case("nn_classification_100_steps", lambda: classification(100))
# ---- recurrent layers (NnCases.lstm): LSTM(64 -> 128, num_layers=2) forward + backward on (35, 32, 64)
def lstm_fwd_bwd():
    torch.manual_seed(0)
    lstm = torch.nn.LSTM(64, 128, num_layers=2)
    x = torch.randn(35, 32, 64)

    def step():
        for p in lstm.parameters():
            p.grad = None
        out, _ = lstm(x)
        out.sum().backward()
    return step


case("lstm_64x128_l2_fwd_bwd_35x32", lstm_fwd_bwd)
# ---- optimizers (helper optim's section): the MLP 784-128-10 of the issue, batch 64
def mlp_optimizer(adam):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3) if adam else torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    return model, opt


def train_step(adam):
    model, opt = mlp_optimizer(adam)
    loss_fn = torch.nn.CrossEntropyLoss()
    x, y = torch.randn(64, 784), torch.randint(0, 10, (64,))

    def step():
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    return step


def optimizer_step(adam):
    model, opt = mlp_optimizer(adam)
    for p in model.parameters():
        p.grad = torch.randn_like(p) * 1e-3
    return opt.step


case("mlp784_adam_train_step_b64", lambda: train_step(True))
case("mlp784_sgd_train_step_b64", lambda: train_step(False))
case("adam_step_mlp784", lambda: optimizer_step(True))
case("sgd_momentum_step_mlp784", lambda: optimizer_step(False))


# ---- attention (TransformerCases.java): one Adam step of a 2-layer TransformerEncoder, d_model 128,
# 4 heads, defaults otherwise (feed-forward 2048, dropout 0.1), batch-first (32, 64, 128), MSE loss
def transformer_train_step():
    torch.manual_seed(0)
    layer = torch.nn.TransformerEncoderLayer(128, 4, 2048, 0.1, "relu", 1e-5, batch_first=True)
    model = torch.nn.TransformerEncoder(layer, 2)
    x, target = torch.randn(32, 64, 128), torch.randn(32, 64, 128)
    loss_fn = torch.nn.MSELoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)

    def step():
        opt.zero_grad()
        loss = loss_fn(model(x), target)
        loss.backward()
        opt.step()
    return step


case("transformer_encoder2_d128_h4_train_step_32x64", transformer_train_step)


# ---- whole MNIST-sized epochs with and without the DataLoader (DataLoaderBench.java, dataloader_bench.py)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tensor", "src", "test", "java", "torch4j", "bench"))
import dataloader_bench  # noqa: E402

for _name, _setup in dataloader_bench.VARIANTS.items():
    case("epoch_mlp784_adam_b64_" + _name, _setup)



def _conv(xs, ws, groups, stride, padding, transposed, grad):
    """F.conv2d/conv3d/conv_transpose2d as ConvCases.java: no grad, or the gradients of the sum."""
    F = torch.nn.functional
    torch.manual_seed(0)
    out_c = ws[1] * groups if transposed else ws[0]
    t = [torch.randn(xs), torch.randn(ws), torch.randn(out_c)]
    if len(xs) == 5:
        f = lambda: F.conv3d(t[0], t[1], t[2], stride, padding, 1, groups)
    elif transposed:
        f = lambda: F.conv_transpose2d(t[0], t[1], t[2], stride, padding, 0, groups, 1)
    else:
        f = lambda: F.conv2d(t[0], t[1], t[2], stride, padding, 1, groups)
    if not grad:
        def fwd():
            with torch.no_grad():
                return f()
        return fwd
    for x in t:
        x.requires_grad_()
    return lambda: torch.autograd.grad(f().sum(), t)


def conv_case(name, xs, ws, groups, stride, padding, flops):
    transposed = name.startswith("conv_transpose")
    case(name + "_fwd", lambda: _conv(xs, ws, groups, stride, padding, transposed, False), flops)
    case(name + "_fwd_bwd", lambda: _conv(xs, ws, groups, stride, padding, transposed, True), 3 * flops)


conv_case("conv2d_3x3_c64_56_b8", (8, 64, 56, 56), (64, 64, 3, 3), 1, 1, 1, 2.0 * 8 * 64 * 64 * 9 * 56 * 56)
conv_case("conv2d_1x1_c64_56_b8", (8, 64, 56, 56), (64, 64, 1, 1), 1, 1, 0, 2.0 * 8 * 64 * 64 * 56 * 56)
conv_case("conv2d_dw3x3_c64_56_b8", (8, 64, 56, 56), (64, 1, 3, 3), 64, 1, 1, 2.0 * 8 * 64 * 9 * 56 * 56)
conv_case("conv2d_5x5_cnn1_b64", (64, 1, 28, 28), (6, 1, 5, 5), 1, 1, 0, 2.0 * 64 * 6 * 25 * 24 * 24)
conv_case("conv2d_5x5_cnn2_b64", (64, 6, 12, 12), (16, 6, 5, 5), 1, 1, 0, 2.0 * 64 * 16 * 150 * 8 * 8)
conv_case("conv3d_3x3x3_c16_16x32x32_b2", (2, 16, 16, 32, 32), (32, 16, 3, 3, 3), 1, 1, 1, 2.0 * 2 * 32 * 16 * 27 * 16 * 32 * 32)
conv_case("conv_transpose2d_4x4s2_c64_28_b8", (8, 64, 28, 28), (64, 32, 4, 4), 1, 2, 1, 2.0 * 8 * 64 * 32 * 16 * 28 * 28)

def measure(op):
    """Median seconds per call of op, by the protocol in the module docstring."""
    start = time.perf_counter()
    calls = 0
    while True:
        t = time.perf_counter()
        op()
        last = time.perf_counter() - t
        calls += 1
        if calls >= 2 and time.perf_counter() - start >= WARMUP:
            break
    last = max(last, 1e-9)
    reps = max(1, math.ceil(MIN_SAMPLE / last))
    samples = int(min(MAX_SAMPLES, max(MIN_SAMPLES, BUDGET / (reps * last))))
    per_call = []
    for _ in range(samples):
        t = time.perf_counter()
        for _ in range(reps):
            op()
        per_call.append((time.perf_counter() - t) / reps)
    return statistics.median(per_call)


def loaded_blas():
    """The BLAS library this process really runs (Debian's torch calls whatever libblas.so.3 the
    alternatives system points at: reference BLAS, or OpenBLAS once libopenblas0-pthread is in)."""
    torch.ones(8, 8) @ torch.ones(8, 8)
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "/" in line}
    return ", ".join(sorted(os.path.realpath(p) for p in paths)) or "?"


def info():
    blas = re.search(r"BLAS_INFO=(\w+)", torch.__config__.show())
    print(f"# pytorch: {torch.__version__}, {torch.get_num_threads()} threads"
          f" (interop {torch.get_num_interop_threads()}), BLAS_INFO={blas.group(1) if blas else '?'},"
          f" loaded: {loaded_blas()}")


def main(argv):
    torch.set_num_threads(THREADS)  # the same thread budget as torch4j's OpenBLAS
    if "--info" in argv:
        info()
        return
    listing = "--list" in argv
    rest = [a for a in argv if a != "--list"]
    pattern = re.compile(rest[0] if rest else "")
    for name, (setup, flops) in CASES.items():
        if not pattern.search(name):
            continue
        if listing:
            print(name)
        else:
            seconds = measure(setup())
            print(f"{name} {seconds:.6e} {flops:.6e}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
