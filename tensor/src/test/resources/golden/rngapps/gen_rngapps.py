"""Golden data for torch4j's nn.init, F.dropout/dropout2d and utils.data (DataLoader, random_split).

Run with real PyTorch 1.13 (Debian python3-torch):  /usr/bin/python3 gen_rngapps.py
Writes rngapps_golden.json next to this script. Float values are stored as hex bit patterns
(big-endian IEEE words) plus the tensor's repr.
"""
import json, math, os, struct, warnings
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split

warnings.simplefilter("ignore")
SEEDS = [0, 1, 42, 12345]


def bits(t):
    t = t.contiguous().flatten()
    if t.dtype == torch.float32:
        return "".join(struct.pack(">f", v).hex() for v in t.tolist())
    return "".join(struct.pack(">d", v).hex() for v in t.tolist())


def rec(t):
    return {"repr": repr(t), "bits": bits(t), "dtype": str(t.dtype), "shape": list(t.shape)}


def next_rand():
    return bits(torch.rand(3))


out = {"init": [], "dropout": [], "loader": [], "split": [], "gain": [], "errors": []}

# ---------------------------------------------------------------- nn.init
INITS = [
    ("uniform_", {}), ("uniform_", {"a": -0.3, "b": 0.7}),
    ("normal_", {}), ("normal_", {"mean": 0.5, "std": 0.2}),
    ("xavier_uniform_", {}), ("xavier_uniform_", {"gain": 5.0 / 3}),
    ("xavier_normal_", {}), ("xavier_normal_", {"gain": 2.0}),
    ("kaiming_uniform_", {}), ("kaiming_uniform_", {"a": math.sqrt(5)}),
    ("kaiming_uniform_", {"mode": "fan_out", "nonlinearity": "relu"}),
    ("kaiming_normal_", {}), ("kaiming_normal_", {"a": 0.2, "mode": "fan_out"}),
    ("kaiming_normal_", {"nonlinearity": "tanh"}),
    ("trunc_normal_", {}), ("trunc_normal_", {"mean": 0.5, "std": 0.2, "a": 0.0, "b": 1.0}),
    ("trunc_normal_", {"std": 0.02}),
    ("orthogonal_", {}), ("orthogonal_", {"gain": 2.0}),
    ("constant_", {"val": 0.3}), ("ones_", {}), ("zeros_", {}), ("eye_", {}),
]
SHAPES = [(3, 5), (5, 3), (4, 2, 3, 3), (2, 20), (6, 6)]
for name, kw in INITS:
    for shape in SHAPES:
        if name == "eye_" and len(shape) != 2:
            continue
        for dtype in (torch.float32, torch.float64):
            for seed in SEEDS[:3]:
                torch.manual_seed(seed)
                t = torch.empty(shape, dtype=dtype)
                getattr(nn.init, name)(t, **kw)
                r = rec(t)
                r.update({"fn": name, "kwargs": kw, "seed": seed, "after": next_rand()})
                out["init"].append(r)

for nl, param in [("linear", None), ("conv2d", None), ("sigmoid", None), ("tanh", None), ("relu", None),
                  ("leaky_relu", None), ("leaky_relu", 0.2), ("leaky_relu", 0), ("leaky_relu", math.sqrt(5)),
                  ("selu", None), ("conv_transpose3d", None)]:
    out["gain"].append({"nonlinearity": nl, "param": param, "gain": struct.pack(">d", float(nn.init.calculate_gain(nl, param))).hex()})


def err(label, f):
    try:
        f()
        out["errors"].append({"label": label, "message": None})
    except Exception as e:
        out["errors"].append({"label": label, "type": type(e).__name__, "message": str(e)})


err("fan_1d", lambda: nn.init.xavier_uniform_(torch.empty(5)))
err("kaiming_mode", lambda: nn.init.kaiming_uniform_(torch.empty(3, 4), mode="fan_avg"))
err("gain_unknown", lambda: nn.init.calculate_gain("softmax"))
err("eye_3d", lambda: nn.init.eye_(torch.empty(2, 2, 2)))
err("orthogonal_1d", lambda: nn.init.orthogonal_(torch.empty(4)))
err("dropout_p", lambda: F.dropout(torch.ones(3), 1.5))
err("dropout_p_neg", lambda: F.dropout(torch.ones(3), -0.1))
err("dropout2d_p", lambda: F.dropout2d(torch.ones(1, 2, 2, 2), 2.0))
err("tensor_dataset", lambda: TensorDataset(torch.ones(3), torch.ones(4)))
err("split_sum", lambda: random_split(range(5), [2, 2]))
err("split_frac", lambda: random_split(range(5), [1.5, -0.5]))

# ---------------------------------------------------------------- dropout
for seed in SEEDS:
    for p in (0.5, 0.2, 0.9, 0.0, 1.0):
        for dtype in (torch.float32, torch.float64):
            for shape in [(8,), (3, 4), (2, 3, 5)]:
                x = torch.arange(1, math.prod(shape) + 1, dtype=dtype).reshape(shape) - 4
                torch.manual_seed(seed)
                y = F.dropout(x, p)
                r = rec(y); r.update({"fn": "dropout", "p": p, "seed": seed, "training": True, "after": next_rand()})
                out["dropout"].append(r)
    x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    torch.manual_seed(seed)
    y = F.dropout(x, 0.5, training=False)
    r = rec(y); r.update({"fn": "dropout", "p": 0.5, "seed": seed, "training": False, "after": next_rand()})
    out["dropout"].append(r)
    # transposed input: the noise is still contiguous (row-major over the result's logical order)
    x = torch.arange(12, dtype=torch.float32).reshape(4, 3).t()
    torch.manual_seed(seed)
    y = F.dropout(x, 0.5)
    r = rec(y); r.update({"fn": "dropout_t", "p": 0.5, "seed": seed, "training": True, "after": next_rand()})
    out["dropout"].append(r)
    for p in (0.5, 0.3, 1.0):
        for shape in [(2, 3, 2, 2), (3, 2, 4), (4, 5, 1, 3)]:
            x = torch.arange(1, math.prod(shape) + 1, dtype=torch.float32).reshape(shape)
            torch.manual_seed(seed)
            y = F.dropout2d(x, p)
            r = rec(y); r.update({"fn": "dropout2d", "p": p, "seed": seed, "training": True, "after": next_rand()})
            out["dropout"].append(r)

# ---------------------------------------------------------------- DataLoader
def loader_case(seed, n, bs, shuffle, drop_last, gen_seed, epochs=3):
    torch.manual_seed(seed)
    ds = TensorDataset(torch.arange(n), torch.arange(n) * 10)
    g = torch.Generator().manual_seed(gen_seed) if gen_seed is not None else None
    dl = DataLoader(ds, batch_size=bs, shuffle=shuffle, drop_last=drop_last, generator=g)
    ep = []
    for _ in range(epochs):
        ep.append([b[0].tolist() for b in dl])
    c = {"seed": seed, "n": n, "batch_size": bs, "shuffle": shuffle, "drop_last": drop_last,
         "gen_seed": gen_seed, "len": len(dl), "epochs": ep, "after": next_rand()}
    c["after_g"] = bits(torch.rand(3, generator=g)) if g is not None else None
    out["loader"].append(c)


for seed in SEEDS:
    loader_case(seed, 10, 4, True, False, None)
    loader_case(seed, 10, 4, True, True, None)
    loader_case(seed, 12, 4, True, True, None)
    loader_case(seed, 7, 3, False, False, None)
    loader_case(seed, 10, 4, True, False, 7)
    loader_case(seed, 12, 3, True, True, 99)
    loader_case(seed, 1, 1, True, False, None)

# ---------------------------------------------------------------- random_split
for seed in SEEDS:
    for n, lengths in [(10, [3, 7]), (6, [2, 4]), (30, [0.3, 0.3, 0.4]), (11, [0.5, 0.5]), (10, [0.2, 0.2, 0.2, 0.2, 0.2]),
                       (7, [7]), (5, [1, 0])]:
        for gen_seed in (None, 5):
            torch.manual_seed(seed)
            g = torch.Generator().manual_seed(gen_seed) if gen_seed is not None else None
            parts = random_split(range(n), lengths, generator=g) if g is not None else random_split(range(n), lengths)
            out["split"].append({"seed": seed, "n": n, "lengths": lengths, "gen_seed": gen_seed,
                                 "parts": [list(s) for s in parts], "after": next_rand(),
                                 "after_g": bits(torch.rand(3, generator=g)) if g is not None else None})

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rngapps_golden.json")
with open(path, "w") as f:
    json.dump({"torch": torch.__version__, **out}, f, indent=0)
print(path, {k: len(v) for k, v in out.items() if isinstance(v, list)})
