"""Golden data for torch4j.utils.data (samplers, DataLoader with and without workers, default_collate,
ConcatDataset) and for torch.multinomial / Tensor.exponential_, which WeightedRandomSampler draws with.

Run with real PyTorch 1.13 (Debian python3-torch):  /usr/bin/python3 gen_data.py
Writes data.json next to this script. Floats are stored as big-endian IEEE hex words ("bits") or as
float.hex() strings; every case records the next torch.rand(3) of the global generator ("after") and of
any generator it used, so the tests also check how many numbers were drawn.
"""
import collections, json, os, struct, warnings
import numpy as np
import torch
from torch.utils.data import (DataLoader, Dataset, IterableDataset, TensorDataset, ConcatDataset, RandomSampler,
                              SequentialSampler, SubsetRandomSampler, WeightedRandomSampler, BatchSampler,
                              default_collate, get_worker_info)

warnings.simplefilter("ignore")
SEEDS = [0, 1, 42]


def bits(t):
    t = t.contiguous().flatten()
    fmt = ">f" if t.dtype == torch.float32 else ">d"
    return "".join(struct.pack(fmt, v).hex() for v in t.tolist())


def next_rand(g=None):
    return bits(torch.rand(3, generator=g)) if g is not None else bits(torch.rand(3))


def gen(seed):
    return torch.Generator().manual_seed(seed) if seed is not None else None


def enc(x):
    """A batch as structure: tensors by dtype, shape and exact values; containers kept."""
    if isinstance(x, torch.Tensor):
        d = {"dtype": str(x.dtype).replace("torch.", ""), "shape": list(x.shape)}
        if x.dtype in (torch.float32, torch.float64):
            d["bits"] = bits(x)
        else:
            d["values"] = x.flatten().tolist()
        return d
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return {"record": [[f, enc(getattr(x, f))] for f in x._fields]}
    if isinstance(x, (list, tuple)):
        return [enc(e) for e in x]
    if isinstance(x, dict):
        return {"dict": [[str(k), enc(v)] for k, v in x.items()]}
    if isinstance(x, str):
        return {"str": x}
    raise TypeError(type(x))


out = {"torch": torch.__version__, "exponential": [], "multinomial": [], "samplers": [], "loader": [],
       "collate": [], "concat": [], "errors": []}


def err(label, f, kind="errors"):
    try:
        f()
        out[kind].append({"label": label, "message": None})
    except Exception as e:
        out[kind].append({"label": label, "type": type(e).__name__, "message": str(e).split("\n")[0]})


# ---------------------------------------------------------------- exponential_
for seed in SEEDS:
    for dtype in (torch.float32, torch.float64):
        for lambd in (1.0, 0.5, 3.0):
            for shape, transposed in [((5,), False), ((3, 4), False), ((4, 3), True), ((40,), False)]:
                for gs in (None, 7):
                    torch.manual_seed(seed)
                    g = gen(gs)
                    t = torch.empty(shape, dtype=dtype)
                    if transposed:
                        t = t.t()
                    t.exponential_(lambd, generator=g)
                    out["exponential"].append({"seed": seed, "dtype": str(t.dtype).replace("torch.", ""), "lambd": lambd,
                                               "shape": list(shape), "transposed": transposed, "gen_seed": gs,
                                               "bits": bits(t), "after": next_rand(), "after_g": next_rand(g) if g else None})

# ---------------------------------------------------------------- multinomial
W1 = [0.1, 0.9, 0.4, 0.7, 3.0, 0.6]
WZ = [0.0, 1.0, 0.0, 2.0, 0.0]
WT = [1.0, 1.0, 1.0, 1.0]
W2 = [[0.2, 0.3, 0.5], [1.0, 0.0, 4.0], [5.0, 5.0, 0.01]]
wg = torch.Generator().manual_seed(123)
WR = torch.rand(4, 3, generator=wg, dtype=torch.float64).t().contiguous().tolist()  # 3 x 4
cases = []
for w in (W1, WZ, WT, W2, WR, [float(i % 7 + 1) for i in range(50)]):
    cats = len(w[0]) if isinstance(w[0], list) else len(w)
    nonzero = min(sum(1 for v in (w[0] if isinstance(w[0], list) else w) if v > 0), cats)
    for n, repl in [(1, True), (1, False), (3, True), (nonzero, False), (2, False), (17, True), (100, True)]:
        if not repl and n > cats:
            continue
        cases.append((w, n, repl))
for seed in SEEDS:
    for w, n, repl in cases:
        for dtype in (torch.float64, torch.float32):
            for gs in (None, 11):
                for transposed in ((False, True) if isinstance(w[0], list) else (False,)):
                    torch.manual_seed(seed)
                    g = gen(gs)
                    t = torch.tensor(w, dtype=dtype)
                    if transposed:
                        t = t.t().contiguous().t()  # same values, non-contiguous: exponential_ fills in its layout
                    r = torch.multinomial(t, n, repl, generator=g)
                    out["multinomial"].append({"seed": seed, "dtype": str(dtype).replace("torch.", ""),
                                               "weights": [[v.hex() for v in row] for row in w] if isinstance(w[0], list) else [v.hex() for v in w],
                                               "transposed": transposed, "n": n, "replacement": repl, "gen_seed": gs,
                                               "indices": r.tolist(), "after": next_rand(), "after_g": next_rand(g) if g else None})

err("mn_dim3", lambda: torch.multinomial(torch.ones(2, 2, 2), 1), "errors")
err("mn_dim0", lambda: torch.multinomial(torch.tensor(1.), 1), "errors")
err("mn_long", lambda: torch.multinomial(torch.tensor([1, 2]), 1), "errors")
err("mn_n0", lambda: torch.multinomial(torch.tensor([1., 2.]), 0), "errors")
err("mn_too_many", lambda: torch.multinomial(torch.tensor([1., 2.]), 3), "errors")
err("mn_neg", lambda: torch.multinomial(torch.tensor([1., -2.]), 1), "errors")
err("mn_neg_repl", lambda: torch.multinomial(torch.tensor([1., -2.]), 2, True), "errors")
err("mn_nan_repl", lambda: torch.multinomial(torch.tensor([1., float('nan')]), 2, True), "errors")
err("mn_inf_repl", lambda: torch.multinomial(torch.tensor([1., float('inf')]), 2, True), "errors")
err("mn_zero", lambda: torch.multinomial(torch.tensor([0., 0.]), 1), "errors")
err("mn_zero_repl", lambda: torch.multinomial(torch.tensor([0., 0.]), 2, True), "errors")
err("mn_zero_row", lambda: torch.multinomial(torch.tensor([[1., 0.], [0., 0.]]), 1), "errors")
err("exp_neg", lambda: torch.empty(3).exponential_(-1), "errors")
err("exp_long", lambda: torch.empty(3, dtype=torch.long).exponential_(), "errors")


# ---------------------------------------------------------------- samplers
class Range(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i


def make_sampler(spec, n):
    k = spec["kind"]
    g = gen(spec.get("gen_seed"))
    if k == "sequential":
        return SequentialSampler(Range(n)), g
    if k == "random":
        return RandomSampler(Range(n), replacement=spec.get("replacement", False), num_samples=spec.get("num_samples"), generator=g), g
    if k == "subset":
        return SubsetRandomSampler(spec["indices"], generator=g), g
    if k == "weighted":
        return WeightedRandomSampler(spec["weights"], spec["num_samples"], replacement=spec.get("replacement", True), generator=g), g
    if k == "batch":
        inner, g = make_sampler(spec["sampler"], n)
        return BatchSampler(inner, spec["batch_size"], spec["drop_last"]), g
    raise ValueError(k)


SAMPLERS = [
    {"kind": "sequential"},
    {"kind": "random"}, {"kind": "random", "gen_seed": 3}, {"kind": "random", "num_samples": 25},
    {"kind": "random", "num_samples": 7, "gen_seed": 3}, {"kind": "random", "replacement": True},
    {"kind": "random", "replacement": True, "num_samples": 70, "gen_seed": 5},
    {"kind": "random", "replacement": True, "num_samples": 33},
    {"kind": "subset", "indices": [3, 7, 1, 9, 4]}, {"kind": "subset", "indices": [3, 7, 1, 9, 4], "gen_seed": 5},
    {"kind": "weighted", "weights": W1, "num_samples": 5}, {"kind": "weighted", "weights": W1, "num_samples": 40, "gen_seed": 3},
    {"kind": "weighted", "weights": W1, "num_samples": 6, "replacement": False},
    {"kind": "weighted", "weights": WZ, "num_samples": 2, "replacement": False, "gen_seed": 3},
    {"kind": "weighted", "weights": WZ, "num_samples": 1},
    {"kind": "batch", "sampler": {"kind": "sequential"}, "batch_size": 3, "drop_last": False},
    {"kind": "batch", "sampler": {"kind": "sequential"}, "batch_size": 3, "drop_last": True},
    {"kind": "batch", "sampler": {"kind": "random", "gen_seed": 4}, "batch_size": 4, "drop_last": False},
    {"kind": "batch", "sampler": {"kind": "random"}, "batch_size": 5, "drop_last": True},
]
for seed in SEEDS:
    for spec in SAMPLERS:
        torch.manual_seed(seed)
        s, g = make_sampler(spec, 10)
        passes = [list(s) for _ in range(2)]
        out["samplers"].append({"seed": seed, "n": 10, "spec": spec, "len": len(s), "passes": passes,
                                "after": next_rand(), "after_g": next_rand(g) if g else None})


# ---------------------------------------------------------------- DataLoader
class Noise(Dataset):
    """A random transform: each item draws from the (worker's) global generator."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return torch.rand(2) + i


class WhoAmI(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        w = get_worker_info()
        return torch.tensor([i, -1, 0, 0]) if w is None else torch.tensor([i, w.id, w.num_workers, w.seed])


class Stream(IterableDataset):
    def __init__(self, n, shard, noise=False):
        self.n, self.shard, self.noise = n, shard, noise

    def __iter__(self):
        w = get_worker_info()
        start, step = (w.id, w.num_workers) if (self.shard and w is not None) else (0, 1)
        for i in range(start, self.n, step):
            yield torch.rand(1) + i if self.noise else i


def make_dataset(spec):
    k, n = spec["kind"], spec["n"]
    if k == "tensor":
        return TensorDataset(torch.arange(n), torch.arange(n) * 10)
    if k == "noise":
        return Noise(n)
    if k == "whoami":
        return WhoAmI(n)
    if k == "iter":
        return Stream(n, False)
    if k == "iter_shard":
        return Stream(n, True)
    if k == "iter_noise":
        return Stream(n, True, True)
    raise ValueError(k)


def loader_case(seed, ds, opts, sampler=None, batch_sampler=None, epochs=2):
    torch.manual_seed(seed)
    dataset = make_dataset(ds)
    g = gen(opts.get("gen_seed"))
    kw = {}
    sg = None
    if sampler is not None:
        kw["sampler"], sg = make_sampler(sampler, ds["n"])
    if batch_sampler is not None:
        kw["batch_sampler"], sg = make_sampler(batch_sampler, ds["n"])
    else:
        kw["batch_size"] = opts.get("batch_size", 1)
        kw["drop_last"] = opts.get("drop_last", False)
        if opts.get("shuffle"):
            kw["shuffle"] = True
    nw = opts.get("num_workers", 0)
    if nw:
        kw["num_workers"] = nw
        kw["prefetch_factor"] = opts.get("prefetch_factor", 2)
        kw["persistent_workers"] = opts.get("persistent", False)
        if opts.get("init") == "seed1000":
            kw["worker_init_fn"] = lambda wid: torch.manual_seed(1000 + wid)
    dl = DataLoader(dataset, generator=g, **kw)
    try:
        length = len(dl)
    except TypeError:
        length = None
    ep = [[enc(b) for b in dl] for _ in range(epochs)]
    out["loader"].append({"seed": seed, "dataset": ds, "options": opts, "sampler": sampler, "batch_sampler": batch_sampler,
                          "len": length, "epochs": ep, "after": next_rand(), "after_g": next_rand(g) if g else None,
                          "after_sg": next_rand(sg) if sg else None})


for seed in SEEDS[:2]:
    for nw in (0, 2):
        loader_case(seed, {"kind": "tensor", "n": 10}, {"batch_size": 4, "shuffle": True, "num_workers": nw})
        loader_case(seed, {"kind": "tensor", "n": 12}, {"batch_size": 3, "shuffle": True, "drop_last": True, "gen_seed": 99, "num_workers": nw})
        loader_case(seed, {"kind": "tensor", "n": 7}, {"batch_size": 3, "num_workers": nw})
        loader_case(seed, {"kind": "tensor", "n": 10}, {"batch_size": 4, "num_workers": nw},
                    sampler={"kind": "random", "replacement": True, "num_samples": 13, "gen_seed": 5})
        loader_case(seed, {"kind": "tensor", "n": 6}, {"batch_size": 2, "num_workers": nw},
                    sampler={"kind": "weighted", "weights": W1, "num_samples": 9})
        loader_case(seed, {"kind": "tensor", "n": 10}, {"batch_size": 2, "num_workers": nw},
                    sampler={"kind": "subset", "indices": [3, 7, 1, 9, 4]})
        loader_case(seed, {"kind": "tensor", "n": 10}, {"num_workers": nw},
                    batch_sampler={"kind": "batch", "sampler": {"kind": "random"}, "batch_size": 3, "drop_last": False})
        loader_case(seed, {"kind": "noise", "n": 9}, {"batch_size": 2, "shuffle": True, "num_workers": nw})
        loader_case(seed, {"kind": "iter", "n": 7}, {"batch_size": 3, "num_workers": nw})
        loader_case(seed, {"kind": "iter", "n": 7}, {"batch_size": 3, "drop_last": True, "num_workers": nw})
        loader_case(seed, {"kind": "iter_shard", "n": 10}, {"batch_size": 4, "num_workers": nw})
    loader_case(seed, {"kind": "tensor", "n": 10}, {"batch_size": 4, "shuffle": True, "num_workers": 3, "prefetch_factor": 1})
    loader_case(seed, {"kind": "noise", "n": 9}, {"batch_size": 2, "shuffle": True, "num_workers": 2, "init": "seed1000"})
    loader_case(seed, {"kind": "noise", "n": 9}, {"batch_size": 2, "shuffle": True, "num_workers": 2, "persistent": True}, epochs=3)
    loader_case(seed, {"kind": "noise", "n": 11}, {"batch_size": 3, "num_workers": 3, "prefetch_factor": 3})
    loader_case(seed, {"kind": "whoami", "n": 7}, {"batch_size": 2, "num_workers": 2})
    loader_case(seed, {"kind": "whoami", "n": 7}, {"batch_size": 2, "num_workers": 2, "persistent": True, "gen_seed": 8}, epochs=3)
    loader_case(seed, {"kind": "iter_shard", "n": 10}, {"batch_size": 3, "num_workers": 3})
    loader_case(seed, {"kind": "iter_noise", "n": 9}, {"batch_size": 2, "num_workers": 2, "persistent": True}, epochs=2)


class Failing(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, i):
        if i == 5:
            raise ValueError("boom at 5")
        return torch.tensor(i)


def events(dl, limit=10):
    ev, it = [], iter(dl)
    for _ in range(limit):
        try:
            ev.append(enc(next(it)))
        except StopIteration:
            ev.append("stop")
            break
        except Exception as e:
            ev.append({"error": type(e).__name__, "message": str(e).split("\n")[0]})
    return ev


for nw in (0, 2):
    torch.manual_seed(0)
    out["errors"].append({"label": "worker_error_%d" % nw, "events": events(DataLoader(Failing(), batch_size=2, num_workers=nw))})

# ---------------------------------------------------------------- default_collate
Point = collections.namedtuple("Point", ["x", "y"])
COLLATE = {
    "ints": [0, 1, 2, 3],
    "floats": [0.5, 1.25, -3.0],
    "bools": [True, False, True],
    "strings": ["a", "b"],
    "dicts": [{"A": 0, "B": 1.5}, {"A": 100, "B": 2.5}],
    "namedtuples": [Point(torch.tensor([1.0, 2.0]), 3), Point(torch.tensor([4.0, 5.0]), 6)],
    "tuples": [(0, 1.5), (2, 3.5)],
    "lists": [[0, 1], [2, 3], [4, 5]],
    "tensors_f": [torch.tensor([1.5, 2.0]), torch.tensor([3.0, 4.25])],
    "tensors_i": [torch.tensor([[1, 2]]), torch.tensor([[3, 4]])],
    "scalars": [torch.tensor(1.5), torch.tensor(2.5)],
    "nested": [(torch.tensor([1.0]), {"a": [1, 2.5], "s": "x"}), (torch.tensor([2.0]), {"a": [3, 4.5], "s": "y"})],
    "np_f32": [np.array([1.5, 2.0], dtype=np.float32), np.array([3.0, 4.0], dtype=np.float32)],
    "np_f64": [np.array([[1.5], [2.0]]), np.array([[3.0], [4.0]])],
    "np_i32": [np.array([1, 2], dtype=np.int32), np.array([3, 4], dtype=np.int32)],
    "np_i64": [np.array([1, 2], dtype=np.int64), np.array([3, 4], dtype=np.int64)],
    "np_f32_scalars": [np.float32(1.5), np.float32(2.25)],
}
for label, batch in COLLATE.items():
    out["collate"].append({"label": label, "batch": enc(default_collate(batch))})
err("collate_ragged", lambda: default_collate([[0, 1], [2]]))
err("collate_object", lambda: default_collate([object(), object()]))
err("collate_stack", lambda: default_collate([torch.ones(2), torch.ones(3)]))

# ---------------------------------------------------------------- ConcatDataset
parts = [["d0s%d" % i for i in range(3)], [], ["d2s%d" % i for i in range(2)], ["d3s%d" % i for i in range(4)]]
cd = ConcatDataset(parts)
for idx in range(-10, 11):
    try:
        out["concat"].append({"index": idx, "value": cd[idx]})
    except Exception as e:
        out["concat"].append({"index": idx, "type": type(e).__name__, "message": str(e)})
out["concat_meta"] = {"len": len(cd), "cumulative_sizes": cd.cumulative_sizes}
err("concat_empty", lambda: ConcatDataset([]))

# ---------------------------------------------------------------- DataLoader argument errors
ten = TensorDataset(torch.arange(10))
err("dl_workers_neg", lambda: DataLoader(ten, num_workers=-1))
err("dl_timeout_neg", lambda: DataLoader(ten, timeout=-1))
err("dl_prefetch_no_workers", lambda: DataLoader(ten, prefetch_factor=3))
err("dl_persistent_no_workers", lambda: DataLoader(ten, persistent_workers=True))
err("dl_iter_shuffle", lambda: DataLoader(Stream(3, False), shuffle=True))
err("dl_sampler_shuffle", lambda: DataLoader(ten, sampler=SequentialSampler(ten), shuffle=True))
err("dl_batch_sampler_bs", lambda: DataLoader(ten, batch_sampler=BatchSampler(SequentialSampler(ten), 2, False), batch_size=2))
err("dl_batch_sampler_shuffle", lambda: DataLoader(ten, batch_sampler=BatchSampler(SequentialSampler(ten), 2, False), shuffle=True))
err("dl_batch_sampler_sampler", lambda: DataLoader(ten, batch_sampler=BatchSampler(SequentialSampler(ten), 2, False), sampler=SequentialSampler(ten)))
err("dl_batch_sampler_drop_last", lambda: DataLoader(ten, batch_sampler=BatchSampler(SequentialSampler(ten), 2, False), drop_last=True))
err("dl_batch_size_0", lambda: DataLoader(ten, batch_size=0))
err("dl_shuffle_empty", lambda: DataLoader(TensorDataset(torch.arange(0)), shuffle=True))
err("random_sampler_n0", lambda: RandomSampler(ten, num_samples=0))
err("weighted_n0", lambda: WeightedRandomSampler(W1, 0))
err("weighted_2d", lambda: WeightedRandomSampler([[1.0, 2.0], [3.0, 4.0]], 2))
err("iter_len", lambda: len(DataLoader(Stream(3, False))))

# ---------------------------------------------------------------- CSV files (read by torch4j's Csv and TableData)
import csv, io, math
here = os.path.dirname(os.path.abspath(__file__))
cg = torch.Generator().manual_seed(2024)
vals = (torch.randn(12, 3, generator=cg, dtype=torch.float64) * 100).tolist()
spellings = [repr, lambda v: "%.3e" % v, lambda v: " %r " % v, lambda v: "%.17g" % v]
lines = ['x1,name,x2,x3,label']
for r, row in enumerate(vals):
    f = [spellings[(r + c) % 4](v) for c, v in enumerate(row)]
    if r == 3:
        f[1] = "-0.0"
    if r == 5:
        f[2] = "1e-45"
    if r == 7:
        f[0] = "3"
    name = ['"a, b"', '"say ""hi"""', '"two\nlines"', "plain"][r % 4]
    lines.append(",".join([f[0], name, '"%s"' % f[1].strip(), f[2], str(r % 3)]))
    if r == 6:
        lines.append("")
text = "\n".join(lines) + "\n"
with open(os.path.join(here, "points.csv"), "w", newline="") as fh:
    fh.write(text)
rows = list(csv.DictReader(io.StringIO(text)))
feats = [[float(rw[c].strip()) for c in ("x1", "x2", "x3")] for rw in rows]
out["csv"] = {"features": bits(torch.tensor(feats, dtype=torch.float32)), "rows": len(rows),
              "labels": [int(rw["label"]) for rw in rows],
              "x3_x1_f64": bits(torch.tensor([[float(rw["x3"]), float(rw["x1"])] for rw in rows], dtype=torch.float64))}
simple = ["a,b,y"] + ["%r,%r,%r" % (v[0], v[1], v[2] / 7) for v in vals]
with open(os.path.join(here, "simple.csv"), "w", newline="") as fh:
    fh.write("\n".join(simple) + "\n")
out["csv_simple"] = {"features": bits(torch.tensor([[v[0], v[1]] for v in vals], dtype=torch.float32)),
                     "labels": bits(torch.tensor([v[2] / 7 for v in vals], dtype=torch.float32))}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.json")
with open(path, "w") as f:
    json.dump(out, f, indent=0)
print(path, {k: len(v) for k, v in out.items() if isinstance(v, (list, dict))})
