#!/usr/bin/python3
"""PyTorch's side of DataLoaderBench.java (run with Debian's /usr/bin/python3, PyTorch 1.13).

The same MNIST-sized epochs: 60000 random 784-float images, an MLP 784-128-10 with Adam, batch 64,
over pre-batched views, through DataLoader(TensorDataset) shuffled and in order with num_workers 0 and 2
(and the shuffled loader alone, without training), and through a dataset whose items each
cost a synthetic 20 us transform (a spin on the thread's CPU clock) with num_workers 0 and 2.
Rounds run the variants in turn; each variant's first line gives its median epoch, its range,
and its per-round ratio to prebatched; the second the same for the main thread's CPU time, and
the process's CPU time (worker processes not included).

Usage: dataloader_bench.py [rounds] [threads] [regex]   (regex: the variants besides prebatched; all by default)
bench/torch_bench.py imports the epochs from here for bench/run.sh (epoch_mlp784_adam_b64_*).
"""
import re
import statistics
import sys
import time

import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset

N, FEATURES, BATCH = 60_000, 784, 64
TRANSFORM_SECONDS = 20e-6
_data = None


def data():
    global _data
    if _data is None:
        torch.manual_seed(0)
        _data = (torch.randn(N, FEATURES), torch.randint(0, 10, (N,)))
    return _data


class Trainer:
    def __init__(self):
        torch.manual_seed(1)
        self.model = torch.nn.Sequential(torch.nn.Linear(FEATURES, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
        self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-3)
        self.loss_fn = torch.nn.CrossEntropyLoss()

    def step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()
        self.opt.step()


class Transformed(Dataset):
    """(x[i], y[i]) after a synthetic transform costing 20 us of the thread's CPU time."""

    def __init__(self):
        self.rows = TensorDataset(*data())

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        end = time.thread_time() + TRANSFORM_SECONDS
        while time.thread_time() < end:
            pass
        return self.rows[i]


def prebatched():
    x, y = data()
    xs, ys = x.split(BATCH), y.split(BATCH)
    t = Trainer()

    def run():
        for xb, yb in zip(xs, ys):
            t.step(xb, yb)
    return run


def epoch(loader):
    t = Trainer()

    def run():
        for xb, yb in loader:
            t.step(xb, yb)
    return run


def alone(loader):
    def run():
        for _ in loader:
            pass
    return run


VARIANTS = {
    "prebatched": prebatched,
    "loader": lambda: epoch(DataLoader(TensorDataset(*data()), batch_size=BATCH, shuffle=True)),
    "loader_seq": lambda: epoch(DataLoader(TensorDataset(*data()), batch_size=BATCH)),
    "loader_w2": lambda: epoch(DataLoader(TensorDataset(*data()), batch_size=BATCH, shuffle=True, num_workers=2)),
    "loader_seq_w2": lambda: epoch(DataLoader(TensorDataset(*data()), batch_size=BATCH, num_workers=2)),
    "loader_alone": lambda: alone(DataLoader(TensorDataset(*data()), batch_size=BATCH, shuffle=True)),
    "transform_w0": lambda: epoch(DataLoader(Transformed(), batch_size=BATCH, shuffle=True)),
    "transform_w2": lambda: epoch(DataLoader(Transformed(), batch_size=BATCH, shuffle=True, num_workers=2)),
}


def run(rounds, only=".*"):
    """Seconds per epoch, per variant: ([wall], [main thread CPU], [process CPU]) per round."""
    seconds = {}
    variants = {k: v for k, v in VARIANTS.items() if k == "prebatched" or re.fullmatch(only, k)}
    for name, setup in variants.items():
        setup()()
        seconds[name] = ([], [], [])
    for _ in range(rounds):
        for name, setup in variants.items():
            op = setup()
            p, c, t = time.process_time(), time.thread_time(), time.perf_counter()
            op()
            s = seconds[name]
            s[0].append(time.perf_counter() - t)
            s[1].append(time.thread_time() - c)
            s[2].append(time.process_time() - p)
    return seconds


def report(side, seconds):
    base = seconds["prebatched"]
    for name, s in seconds.items():
        ratio = [a / b for a, b in zip(s[0], base[0])]
        cpu_ratio = [a / b for a, b in zip(s[1], base[1])]
        print("%-8s %-13s epoch %6.3fs [%6.3f, %6.3f]   vs prebatched x%.3f [%.3f, %.3f]"
              % (side, name, statistics.median(s[0]), min(s[0]), max(s[0]), statistics.median(ratio), min(ratio), max(ratio)))
        print("%-8s %-13s   cpu %6.3fs [%6.3f, %6.3f]   vs prebatched x%.3f [%.3f, %.3f]   process cpu %6.3fs"
              % (side, name, statistics.median(s[1]), min(s[1]), max(s[1]), statistics.median(cpu_ratio), min(cpu_ratio),
                 max(cpu_ratio), statistics.median(s[2])), flush=True)


if __name__ == "__main__":
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if len(sys.argv) > 2:
        torch.set_num_threads(int(sys.argv[2]))
    report("pytorch", run(rounds, sys.argv[3] if len(sys.argv) > 3 else ".*"))
