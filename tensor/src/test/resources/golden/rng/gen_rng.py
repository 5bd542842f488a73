#!/usr/bin/python3
"""Writes the golden random streams of real PyTorch (1.13, CPU) for torch4j's RNG tests.

Run with the interpreter that has torch:  /usr/bin/python3 gen_rng.py
Outputs, next to this script:
  rng_golden.json      small and medium cases, every value in full
  rng_large.json.gz    10^5-element cases: a few in full, the rest as SHA-256 of their bytes

A case seeds the global generator (torch.manual_seed) and a private torch.Generator, then runs
steps in order; each step records what it returned. Encodings (exact, no decimal rounding):
  {"f32": hex}   8 hex digits per element, the float32 bit pattern (big-endian digits)
  {"f64": hex}   16 hex digits per element, the float64 bit pattern
  {"ints": [..]} integers (bool as 0/1)
  {"bytes": hex} raw bytes (RNG states)
  {"sha256": hex, "n": n, "dtype": d}  SHA-256 of the little-endian element bytes
  {"error": text} the first line of the RuntimeError / ValueError message
"""
import gzip
import hashlib
import json
import os
import struct

import torch
import torch.nn.functional as F

DTYPES = {
    "float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "int32": torch.int32,
    "int16": torch.int16, "int8": torch.int8, "uint8": torch.uint8, "bool": torch.bool,
}
SEEDS = [0, 1, 42, 12345, 2**40 + 7]
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- encoding

def encode(t, full=True):
    t = t.detach().contiguous().flatten()
    if not full:
        return {"sha256": hashlib.sha256(le_bytes(t)).hexdigest(), "n": t.numel(), "dtype": str(t.dtype)[6:]}
    if t.dtype == torch.float32:
        return {"f32": "".join("%08x" % (v & 0xFFFFFFFF) for v in t.view(torch.int32).tolist())}
    if t.dtype == torch.float64:
        return {"f64": "".join("%016x" % (v & 0xFFFFFFFFFFFFFFFF) for v in t.view(torch.int64).tolist())}
    return {"ints": [int(v) for v in t.tolist()]}


def le_bytes(t):
    if t.dtype == torch.bool:
        return bytes(int(v) for v in t.tolist())
    return t.numpy().astype(t.numpy().dtype.newbyteorder("<")).tobytes()


def decode_input(spec):
    if "f32" in spec:
        h = spec["f32"]
        words = [int(h[i:i + 8], 16) for i in range(0, len(h), 8)]
        return torch.tensor([struct.unpack("<f", struct.pack("<I", w))[0] for w in words], dtype=torch.float32)
    h = spec["f64"]
    words = [int(h[i:i + 16], 16) for i in range(0, len(h), 16)]
    return torch.tensor([struct.unpack("<d", struct.pack("<Q", w))[0] for w in words], dtype=torch.float64)


# ----------------------------------------------------------------------------- steps

def gen_of(step, ctx):
    return ctx["g"] if step.get("gen") == "g" else None


def kw(step, ctx):
    g = gen_of(step, ctx)
    return {"generator": g} if g is not None else {}


def empty(step):
    return torch.empty(step["n"], dtype=DTYPES[step["dtype"]])


def run_step(step, ctx):
    op = step["op"]
    k = kw(step, ctx)
    dt = DTYPES.get(step.get("dtype", "float32"))
    if op == "manual_seed":
        (ctx["g"] if step.get("gen") == "g" else torch.default_generator).manual_seed(step["seed"])
        return None
    if op == "initial_seed":
        return {"ints": [(ctx["g"] if step.get("gen") == "g" else torch.default_generator).initial_seed()]}
    if op == "get_state":
        s = (ctx["g"] if step.get("gen") == "g" else torch.default_generator).get_state()
        return {"bytes": bytes(s.tolist()).hex()}
    if op == "set_state":
        state = torch.tensor(list(bytes.fromhex(step["state"])), dtype=torch.uint8)
        (ctx["g"] if step.get("gen") == "g" else torch.default_generator).set_state(state)
        return None
    if op == "rand":
        return torch.rand(step["n"], dtype=dt, **k)
    if op == "uniform":
        return empty(step).uniform_(step["from"], step["to"], **k)
    if op == "randn":
        return torch.randn(step["n"], dtype=dt, **k)
    if op == "normal":
        return empty(step).normal_(step["mean"], step["std"], **k)
    if op == "normal_mean_tensor":
        return torch.normal(decode_input(step["mean"]), step["std"], **k)
    if op == "normal_std_tensor":
        return torch.normal(step["mean"], decode_input(step["std"]), **k)
    if op == "normal_tensors":
        return torch.normal(decode_input(step["mean"]), decode_input(step["std"]), **k)
    if op == "random":
        return empty(step).random_(**k)
    if op == "random_from_to":
        return empty(step).random_(step["from"], step["to"], **k)
    if op == "random_from":
        return empty(step).random_(step["from"], None, **k)
    if op == "randperm":
        return torch.randperm(step["n"], dtype=dt, **k)
    if op == "bernoulli_p":
        return empty(step).bernoulli_(step["p"], **k)
    if op == "bernoulli_tensor":
        p = decode_input(step["p"])
        out = torch.empty(p.numel(), dtype=dt)
        return out.bernoulli_(p, **k)
    if op == "dropout":
        assert gen_of(step, ctx) is None
        return F.dropout(torch.ones(step["n"], dtype=dt), step["p"], training=True)
    if op == "feature_dropout":
        n, c, h, w = step["shape"]
        return F.dropout2d(torch.ones(n, c, h, w, dtype=dt), step["p"], training=True)
    if op == "strided":
        return strided(step, k, dt)
    raise ValueError(op)


def strided(step, k, dt):
    """An in-place fill of a view (shape, strides, offset) of a storage prefilled with a sentinel."""
    sentinel = -7 if not dt.is_floating_point else float("nan")
    if dt == torch.bool:
        sentinel = False
    storage = torch.full((step["storage"],), sentinel, dtype=dt)
    view = storage.as_strided(step["shape"], step["strides"], step["offset"])
    fill = step["fill"]
    if fill == "normal":
        view.normal_(step.get("mean", 0.0), step.get("std", 1.0), **k)
    elif fill == "uniform":
        view.uniform_(step.get("from", 0.0), step.get("to", 1.0), **k)
    elif fill == "random_from_to":
        view.random_(step["from"], step["to"], **k)
    elif fill == "bernoulli_p":
        view.bernoulli_(step["p"], **k)
    elif fill == "randn_like":
        # randn_like keeps the strides of a dense argument (empty_like preserves the layout),
        # so a transposed argument gives a non-contiguous (scalar-path) fill (notes §3, §4.1)
        assert not k and step["offset"] == 0
        out = torch.randn_like(view)
        assert out.stride() == view.stride()
        return out.as_strided((step["storage"],), (1,), 0)
    else:
        raise ValueError(fill)
    return storage


def run_case(case, full=True):
    torch.manual_seed(case["seed"])
    g = torch.Generator()
    if case.get("seed_g") is not None:
        g.manual_seed(case["seed_g"])
    ctx = {"g": g}
    for step in case["steps"]:
        try:
            out = run_step(step, ctx)
        except (RuntimeError, ValueError, TypeError) as e:
            step["out"] = {"error": str(e).split("\n")[0]}
            continue
        if out is None:
            continue
        step["out"] = out if isinstance(out, dict) else encode(out, full and not step.get("hash"))
    return case


# ----------------------------------------------------------------------------- crafted states

def untemper(y):
    """Inverse of mt19937 tempering: the state word whose tempered output is y."""
    y ^= y >> 18
    y ^= (y << 15) & 0xEFC60000
    x = y
    for _ in range(5):
        x = y ^ ((x << 7) & 0x9D2C5680)
    y = x & 0xFFFFFFFF
    x = y
    for _ in range(3):
        x = y ^ (x >> 11)
    return x & 0xFFFFFFFF


def redo_untemper_check():
    import random
    for _ in range(1000):
        w = random.getrandbits(32)
        y = w
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        assert untemper(y & 0xFFFFFFFF) == w


def crafted_state(outputs, seed=0):
    """A 5056-byte state whose next draws return `outputs` (left = 624, next = 0; notes §2.3)."""
    base = bytearray(torch.default_generator.get_state().tolist())
    words = [untemper(v) for v in outputs] + [0x12345678] * (624 - len(outputs))
    struct.pack_into("<Q", base, 0, seed)
    struct.pack_into("<i", base, 8, 624)
    struct.pack_into("<i", base, 12, 1)
    struct.pack_into("<Q", base, 16, 0)
    for i, w in enumerate(words):
        struct.pack_into("<Q", base, 24 + 8 * i, w)
    struct.pack_into("<ddd", base, 5016, 0.0, 0.0, 0.0)
    struct.pack_into("<i", base, 5040, 0)
    return bytes(base).hex()


def legacy_state(normal_x, normal_rho, seed=3):
    """A 5048-byte legacy state with a valid cached pair (normal_x, normal_rho)."""
    torch.manual_seed(seed)
    cur = bytearray(torch.default_generator.get_state().tolist())
    legacy = cur[:5048]
    struct.pack_into("<ddd", legacy, 5016, normal_x, 0.0, normal_rho)
    struct.pack_into("<i", legacy, 5040, 1)
    return bytes(legacy).hex()


# ----------------------------------------------------------------------------- case lists

def f32_hex(values):
    return {"f32": "".join("%08x" % (v & 0xFFFFFFFF) for v in torch.tensor(values, dtype=torch.float32).view(torch.int32).tolist())}


def f64_hex(values):
    return {"f64": "".join("%016x" % (v & 0xFFFFFFFFFFFFFFFF) for v in torch.tensor(values, dtype=torch.float64).view(torch.int64).tolist())}


def case(name, seed, steps, seed_g=None):
    return {"name": name, "seed": seed, "seed_g": seed_g, "steps": steps}


def sizes_small():
    return list(range(1, 41)) + [100, 1000]


def small_cases():
    cases = []
    for seed in SEEDS:
        for n in sizes_small():
            for dtype in ("float32", "float64"):
                cases.append(case(f"rand {dtype} n={n} seed={seed}", seed, [{"op": "rand", "dtype": dtype, "n": n}]))
                cases.append(case(f"randn {dtype} n={n} seed={seed}", seed, [{"op": "randn", "dtype": dtype, "n": n}]))
    # uniform_ bounds: fma rounding (notes §3), kaiming bounds, degenerate and wide spans
    bounds = [(-0.5, 0.5), (-1.0, 3.0), (2.0, 2.0), (-1e-3, 1e7), (0.1, 0.7),
              (-0.5773502691896258, 0.5773502691896258), (-3e38, 3e37), (-1e300, 1e300)]
    for seed in SEEDS[:3]:
        for lo, hi in bounds:
            for dtype in ("float32", "float64"):
                cases.append(case(f"uniform {dtype} [{lo},{hi}) seed={seed}", seed,
                                  [{"op": "uniform", "dtype": dtype, "n": 37, "from": lo, "to": hi}]))
    # normal_ with mean/std on both paths
    for seed in SEEDS:
        for n in (3, 15, 16, 17, 33, 250):
            for dtype in ("float32", "float64"):
                for mean, std in ((2.0, 0.5), (-1.25, 3.0), (0.1, 0.0), (1e-3, 1e-7)):
                    cases.append(case(f"normal {dtype} n={n} mean={mean} std={std} seed={seed}", seed,
                                      [{"op": "normal", "dtype": dtype, "n": n, "mean": mean, "std": std}]))
    # the double cache across calls (notes §2.4)
    for seed in SEEDS:
        cases.append(case(f"cache randn 1,16,1 seed={seed}", seed, [
            {"op": "randn", "dtype": "float32", "n": 1}, {"op": "randn", "dtype": "float32", "n": 16},
            {"op": "randn", "dtype": "float32", "n": 1}]))
        cases.append(case(f"cache mixed dtypes and mean/std seed={seed}", seed, [
            {"op": "randn", "dtype": "float64", "n": 3}, {"op": "normal", "dtype": "float32", "n": 1, "mean": 5.0, "std": 2.0},
            {"op": "rand", "dtype": "float32", "n": 5}, {"op": "randn", "dtype": "float64", "n": 5},
            {"op": "normal", "dtype": "float64", "n": 2, "mean": -3.0, "std": 0.25},
            {"op": "randn", "dtype": "float32", "n": 20}, {"op": "randn", "dtype": "float64", "n": 1}]))
        cases.append(case(f"cache cleared by manual_seed seed={seed}", seed, [
            {"op": "randn", "dtype": "float32", "n": 1}, {"op": "manual_seed", "seed": seed},
            {"op": "randn", "dtype": "float32", "n": 2}]))
        cases.append(case(f"cache survives rand/randint/randperm/bernoulli seed={seed}", seed, [
            {"op": "randn", "dtype": "float64", "n": 1}, {"op": "rand", "dtype": "float64", "n": 3},
            {"op": "random_from_to", "dtype": "int64", "n": 4, "from": 0, "to": 10},
            {"op": "randperm", "dtype": "int64", "n": 7}, {"op": "bernoulli_p", "dtype": "float32", "n": 3, "p": 0.3},
            {"op": "randn", "dtype": "float64", "n": 16}, {"op": "randn", "dtype": "float64", "n": 1}]))
    # torch.normal overloads (notes §4.6)
    for seed in SEEDS[:3]:
        for n in (4, 16, 21):
            means32 = [0.5 * i - 3 for i in range(n)]
            stds32 = [0.1 * (i % 5) + 0.3 for i in range(n)]
            for dtype, hexer in (("float32", f32_hex), ("float64", f64_hex)):
                cases.append(case(f"normal(Tensor mean, std) {dtype} n={n} seed={seed}", seed,
                                  [{"op": "normal_mean_tensor", "dtype": dtype, "mean": hexer(means32), "std": 1.5}]))
                cases.append(case(f"normal(mean, Tensor std) {dtype} n={n} seed={seed}", seed,
                                  [{"op": "normal_std_tensor", "dtype": dtype, "mean": 0.3, "std": hexer(stds32)}]))
                cases.append(case(f"normal(Tensor, Tensor) {dtype} n={n} seed={seed}", seed,
                                  [{"op": "normal_tensors", "dtype": dtype, "mean": hexer(means32), "std": hexer(stds32)}]))
    cases.append(case("normal(2*ones(4), 1) seed=0", 0,
                      [{"op": "normal_mean_tensor", "dtype": "float32", "mean": f32_hex([2.0] * 4), "std": 1.0}]))
    # random_() without bounds, every dtype (notes §5.1)
    for seed in SEEDS:
        for dtype in DTYPES:
            cases.append(case(f"random_() {dtype} seed={seed}", seed, [{"op": "random", "dtype": dtype, "n": 33}]))
    # random_(from, to) / randint: every range class and dtype (notes §5.2)
    ranges = {
        "int64": [(0, 10), (-2**40, 2**40), (0, 2**32 + 5), (0, 2**32), (0, 2**32 - 1), (-5, 5), (-2**63, 2**63 - 1),
                  (2**62, 2**63 - 1), (-2**63, -2**63 + 3), (7, 8)],
        "int32": [(0, 10), (-2**31, 2**31 - 1), (-100, 100), (5, 2**31 - 1)],
        "int16": [(0, 10), (-2**15, 2**15 - 1), (-3, 300)],
        "int8": [(0, 10), (-128, 127), (-5, 6)],
        "uint8": [(0, 10), (0, 256), (200, 256)],
        "bool": [(0, 2), (0, 1), (1, 2)],
        "float32": [(0, 10), (-2**24, 2**24), (0, 2**32), (0, 2**32 + 5), (-2**40, 2**40), (0, 2**63 - 1),
                    (-2**63, 2**63 - 1), (2**24 + 1, 2**24 + 3), (-2**30, 2**30), (3, 2**31)],
        "float64": [(0, 10), (-2**53, 2**53), (0, 2**32), (0, 2**60 + 1), (-2**63, 2**63 - 1), (2**53 + 1, 2**53 + 5),
                    (-100, -90)],
    }
    for seed in SEEDS[:3]:
        for dtype, rs in ranges.items():
            for lo, hi in rs:
                cases.append(case(f"random_({lo},{hi}) {dtype} seed={seed}", seed,
                                  [{"op": "random_from_to", "dtype": dtype, "n": 29, "from": lo, "to": hi}]))
        for dtype, froms in {"int64": [0, 5, -2**63 + 1, 2**62, -2**63], "int32": [0, -2**31, 7], "int16": [-5],
                             "int8": [-128, 100], "uint8": [0, 250], "bool": [0, 1],
                             "float32": [0, -2**63, 2**24 - 2, -2**40], "float64": [0, -2**63, 2**53 - 1, 12345]}.items():
            for lo in froms:
                cases.append(case(f"random_({lo}, None) {dtype} seed={seed}", seed,
                                  [{"op": "random_from", "dtype": dtype, "n": 23, "from": lo}]))
    # randperm (notes §5.3), with and without a private generator
    for seed in SEEDS:
        for n in (0, 1, 2, 3, 8, 10, 31, 100, 1000):
            cases.append(case(f"randperm({n}) seed={seed}", seed, [{"op": "randperm", "dtype": "int64", "n": n}]))
        for dtype in ("int32", "int16", "int8", "uint8", "float32", "float64"):
            cases.append(case(f"randperm(100) {dtype} seed={seed}", seed, [{"op": "randperm", "dtype": dtype, "n": 100}]))
        cases.append(case(f"randperm with generator seed={seed}", 99, [
            {"op": "randperm", "dtype": "int64", "n": 20, "gen": "g"}, {"op": "rand", "dtype": "float32", "n": 3},
            {"op": "randperm", "dtype": "int64", "n": 5, "gen": "g"}], seed_g=seed))
    # bernoulli and dropout (notes §6)
    for seed in SEEDS:
        for p in (0.0, 0.2, 0.5, 0.9, 1.0, 1e-9):
            for dtype in ("float32", "float64", "int64", "bool", "uint8"):
                cases.append(case(f"bernoulli_({p}) {dtype} seed={seed}", seed,
                                  [{"op": "bernoulli_p", "dtype": dtype, "n": 40, "p": p}]))
        probs = [i / 37.0 for i in range(38)] + [0.0, 1.0]
        for ptype, hexer in (("float32", f32_hex), ("float64", f64_hex)):
            for dtype in ("float32", "int64", "bool"):
                cases.append(case(f"bernoulli(P {ptype}) {dtype} seed={seed}", seed,
                                  [{"op": "bernoulli_tensor", "dtype": dtype, "p": hexer(probs)}]))
        for p in (0.5, 0.2, 0.1, 0.3, 0.75, 0.0, 1.0):
            for dtype in ("float32", "float64"):
                cases.append(case(f"dropout p={p} {dtype} seed={seed}", seed,
                                  [{"op": "dropout", "dtype": dtype, "n": 37, "p": p}]))
        cases.append(case(f"dropout2d seed={seed}", seed,
                          [{"op": "feature_dropout", "dtype": "float32", "shape": [3, 4, 2, 2], "p": 0.5},
                           {"op": "feature_dropout", "dtype": "float32", "shape": [1, 4, 1, 1], "p": 0.5}]))
    # private generators: default-seeded torch.Generator(), interleaved with the global one
    cases.append(case("torch.Generator() default seed", 0, [
        {"op": "initial_seed", "gen": "g"}, {"op": "rand", "dtype": "float32", "n": 5, "gen": "g"},
        {"op": "randn", "dtype": "float32", "n": 3, "gen": "g"}, {"op": "get_state", "gen": "g"}]))
    for seed in SEEDS:
        cases.append(case(f"private and global interleaved seed={seed}", 7, [
            {"op": "randn", "dtype": "float32", "n": 3, "gen": "g"}, {"op": "randn", "dtype": "float32", "n": 3},
            {"op": "randn", "dtype": "float64", "n": 1, "gen": "g"}, {"op": "rand", "dtype": "float32", "n": 2},
            {"op": "randn", "dtype": "float64", "n": 1, "gen": "g"}], seed_g=seed))
    # seeds: only the low 32 bits reach the state; initial_seed keeps 64 (notes §2.1)
    for seed in (2**40 + 7, 7, 2**32 - 1, -1, 2**63 - 1, -2**63, 2**64 - 1, 67280421310721):
        cases.append(case(f"seed {seed}", 0, [
            {"op": "manual_seed", "seed": seed}, {"op": "initial_seed"}, {"op": "rand", "dtype": "float32", "n": 4},
            {"op": "random", "dtype": "int64", "n": 3}]))
    return cases


def strided_cases():
    cases = []
    layouts = [
        # name, storage, shape, strides, offset
        ("t() 4x8", 32, [8, 4], [1, 8], 0),
        ("[:, ::2] of 5x6", 30, [5, 3], [6, 2], 0),
        ("permute(2,0,1) of 2x3x4", 24, [4, 2, 3], [1, 12, 4], 0),
        ("channels_last 2x3x4x5", 120, [2, 3, 4, 5], [60, 1, 15, 3], 0),
        ("[::2] of 40", 40, [20], [2], 0),
        ("narrow [2:9] of 10 (contiguous, offset)", 10, [7], [1], 2),
        ("[3:23] of 30 (contiguous, offset, n=20)", 30, [20], [1], 3),
        ("size-1 dim with odd stride (contiguous)", 20, [4, 1, 5], [5, 100, 1], 0),
        ("column 1 of 6x3", 18, [6], [3], 1),
        ("t() 5x5 sub-block", 50, [3, 4], [1, 10], 11),
    ]
    for seed in SEEDS[:3]:
        for name, storage, shape, strides, offset in layouts:
            base = {"op": "strided", "storage": storage, "shape": shape, "strides": strides, "offset": offset}
            for dtype in ("float32", "float64"):
                cases.append(case(f"strided normal_ {name} {dtype} seed={seed}", seed,
                                  [dict(base, fill="normal", dtype=dtype, mean=0.5, std=2.0)]))
                cases.append(case(f"strided uniform_ {name} {dtype} seed={seed}", seed,
                                  [dict(base, fill="uniform", dtype=dtype, **{"from": -2.0, "to": 2.0})]))
            cases.append(case(f"strided random_(0,100) {name} int64 seed={seed}", seed,
                              [dict(base, fill="random_from_to", dtype="int64", **{"from": 0, "to": 100})]))
            cases.append(case(f"strided bernoulli_(0.4) {name} float32 seed={seed}", seed,
                              [dict(base, fill="bernoulli_p", dtype="float32", p=0.4)]))
        for name, shape, strides in (("t() 4x8", [8, 4], [1, 8]), ("permute 2x3x4", [4, 2, 3], [1, 12, 4])):
            numel = 1
            for s in shape:
                numel *= s
            cases.append(case(f"randn_like({name}) seed={seed}", seed, [
                {"op": "strided", "fill": "randn_like", "dtype": "float32", "storage": numel, "shape": shape,
                 "strides": strides, "offset": 0}]))
    return cases


def state_cases():
    cases = []
    for seed in SEEDS + [2**64 - 1]:
        cases.append(case(f"get_state after seed={seed}", seed, [{"op": "get_state"}]))
        cases.append(case(f"get_state mid-stream and with cache seed={seed}", seed, [
            {"op": "rand", "dtype": "float32", "n": 700}, {"op": "get_state"},
            {"op": "randn", "dtype": "float32", "n": 1}, {"op": "get_state"},
            {"op": "randn", "dtype": "float32", "n": 1}, {"op": "get_state"}]))
    # round trip: save with a cached sample, draw, restore, draw again (same values)
    torch.manual_seed(5)
    torch.randn(3, dtype=torch.float64)
    saved = bytes(torch.default_generator.get_state().tolist()).hex()
    cases.append(case("set_state round trip with cache", 5, [
        {"op": "set_state", "state": saved}, {"op": "randn", "dtype": "float64", "n": 3},
        {"op": "set_state", "state": saved}, {"op": "randn", "dtype": "float64", "n": 3}, {"op": "get_state"}]))
    # crafted engine words feeding edge inputs into the transforms (notes §2.3, §12)
    edge_words = [0x00000000, 0xFFFFFFFF, 0x00FFFFFF, 0xFF000000, 0x00800000, 0x007FFFFF, 0x00400000, 0x00200000,
                  0x00C00000, 0x00600000, 0x00A00000, 0x00E00000, 0x00000001, 0x00FFFFFE, 0x12345678, 0x9ABCDEF0]
    edge_words = edge_words + [w ^ 0x5A000000 for w in edge_words]
    st = crafted_state(edge_words * 4, seed=77)
    for op, dtype, n in (("randn", "float32", 16), ("randn", "float32", 32), ("randn", "float64", 16),
                         ("randn", "float32", 8), ("randn", "float64", 8), ("rand", "float32", 32),
                         ("rand", "float64", 16), ("random", "int64", 16), ("random", "float32", 32),
                         ("bernoulli_p", "float32", 16)):
        step = {"op": op, "dtype": dtype, "n": n}
        if op == "bernoulli_p":
            step["p"] = 0.5
        cases.append(case(f"crafted state {op} {dtype} n={n}", 0, [{"op": "set_state", "state": st}, step,
                                                                    {"op": "get_state"}]))
    # angle quadrant boundaries for the float32 vectorised path: u2 = k/8 and neighbours
    quad = []
    for k in range(8):
        c = k * (1 << 21)
        quad += [c, (c - 1) & 0xFFFFFF, c + 1]
    radii = [0x00800000 | (i * 9973) for i in range(len(quad))]
    words = []
    for i in range(0, len(quad), 8):
        words += radii[i:i + 8] + quad[i:i + 8]
    st_quad = crafted_state(words, seed=78)
    cases.append(case("crafted quadrant angles randn float32", 0, [
        {"op": "set_state", "state": st_quad}, {"op": "randn", "dtype": "float32", "n": len(words)}]))
    # the legacy 5048-byte layout rebuilds the cached sample as rho * sin(2 pi x)
    cases.append(case("legacy state with cached pair", 0, [
        {"op": "set_state", "state": legacy_state(0.3, 1.7)}, {"op": "randn", "dtype": "float64", "n": 2},
        {"op": "get_state"}]))
    return cases


def error_cases():
    steps = [
        {"op": "uniform", "dtype": "float32", "n": 3, "from": 1.0, "to": 0.0},
        {"op": "uniform", "dtype": "float32", "n": 3, "from": -3e38, "to": 3e38},
        {"op": "uniform", "dtype": "float32", "n": 3, "from": -1e39, "to": 0.0},
        {"op": "uniform", "dtype": "float32", "n": 3, "from": 0.0, "to": 1e39},
        {"op": "uniform", "dtype": "float64", "n": 3, "from": -1e308, "to": 1e308},
        {"op": "uniform", "dtype": "float32", "n": 3, "from": 0.12345678912, "to": 0.1},
        {"op": "uniform", "dtype": "float32", "n": 3, "from": 123456789.0, "to": 1e-8},
        {"op": "uniform", "dtype": "int64", "n": 3, "from": 0.0, "to": 1.0},
        {"op": "normal", "dtype": "float32", "n": 3, "mean": 0.0, "std": -1.0},
        {"op": "normal", "dtype": "float32", "n": 3, "mean": 0.0, "std": -0.000123},
        {"op": "normal_std_tensor", "dtype": "float32", "mean": 0.0, "std": f32_hex([1.0, -1.0])},
        {"op": "random_from_to", "dtype": "uint8", "n": 2, "from": 0, "to": 300},
        {"op": "random_from_to", "dtype": "uint8", "n": 2, "from": -1, "to": 3},
        {"op": "random_from_to", "dtype": "int32", "n": 2, "from": 0, "to": 2**40},
        {"op": "random_from_to", "dtype": "int16", "n": 2, "from": -2**62, "to": 2**62},
        {"op": "random_from_to", "dtype": "int8", "n": 2, "from": -200, "to": 2},
        {"op": "random_from_to", "dtype": "int64", "n": 2, "from": 5, "to": 3},
        {"op": "random_from_to", "dtype": "bool", "n": 2, "from": 0, "to": 3},
        {"op": "random_from", "dtype": "float32", "n": 2, "from": 2**24 + 10},
        {"op": "random_from", "dtype": "float64", "n": 2, "from": 2**53 + 10},
        {"op": "random_from", "dtype": "int32", "n": 2, "from": -2**63},
        {"op": "random_from", "dtype": "bool", "n": 2, "from": -2**63},
        {"op": "randperm", "dtype": "int8", "n": 200},
        {"op": "randperm", "dtype": "uint8", "n": 257},
        {"op": "randperm", "dtype": "int16", "n": 40000},
        {"op": "randperm", "dtype": "bool", "n": 3},
        {"op": "randperm", "dtype": "float32", "n": 2**24 + 2},
        {"op": "bernoulli_p", "dtype": "float32", "n": 3, "p": 1.5},
        {"op": "bernoulli_tensor", "dtype": "float32", "p": f32_hex([0.5, 2.0])},
        {"op": "dropout", "dtype": "float32", "n": 3, "p": 1.5},
        {"op": "set_state", "state": "00" * 10},
        {"op": "set_state", "state": "00" * 5056},
    ]
    return [case(f"error {i}: {s['op']}", 0, [s]) for i, s in enumerate(steps)]


def large_cases():
    n = 100_000
    cases = []
    for seed in SEEDS:
        for op, dtype in (("rand", "float32"), ("rand", "float64"), ("randn", "float32"), ("randn", "float64")):
            full = seed == 0 and op == "randn"
            cases.append(case(f"{op} {dtype} n={n} seed={seed}", seed,
                              [{"op": op, "dtype": dtype, "n": n if not full or dtype == "float32" else 50_000,
                                "hash": not full}]))
        cases.append(case(f"randint(0, 1000) n={n} seed={seed}", seed,
                          [{"op": "random_from_to", "dtype": "int64", "n": n, "from": 0, "to": 1000, "hash": True}]))
        cases.append(case(f"randperm({n}) seed={seed}", seed,
                          [{"op": "randperm", "dtype": "int64", "n": n, "hash": True}]))
        cases.append(case(f"bernoulli_(0.3) n={n} seed={seed}", seed,
                          [{"op": "bernoulli_p", "dtype": "float32", "n": n, "p": 0.3, "hash": True}]))
        cases.append(case(f"randn float32 n={n + 7} seed={seed}", seed,
                          [{"op": "randn", "dtype": "float32", "n": n + 7, "hash": True}]))
    # the scalar Box-Muller path in float64 at length (a transposed, non-contiguous fill)
    cases.append(case("scalar-path normal_ float64 t() 250x200 seed=1", 1, [
        {"op": "strided", "fill": "normal", "dtype": "float64", "storage": 50_000, "shape": [200, 250],
         "strides": [1, 200], "offset": 0}]))
    return cases


# Tensor-level cases: what real torch prints (repr) for a short program; the Java test runs the
# transliterated program. "out" is the printed value, or the error's first line.
TENSOR_PROGRAMS = {
    "randn(2,2) seed 42": "torch.manual_seed(42); out = torch.randn(2, 2)",
    "rand(3) seed 0": "torch.manual_seed(0); out = torch.rand(3)",
    "rand(2,3) seed 42": "torch.manual_seed(42); out = torch.rand(2, 3)",
    "randn(17) seed 0": "torch.manual_seed(0); out = torch.randn(17)",
    "randn(2,8) seed 3": "torch.manual_seed(3); out = torch.randn(2, 8)",
    "randn float64 seed 0": "torch.manual_seed(0); out = torch.randn(3, dtype=torch.float64)",
    "rand float64 seed 1": "torch.manual_seed(1); out = torch.rand(3, dtype=torch.float64)",
    "randint(0,10,(8,)) seed 0": "torch.manual_seed(0); out = torch.randint(0, 10, (8,))",
    "randint(5,(2,3)) int32 seed 4": "torch.manual_seed(4); out = torch.randint(-5, 5, (2, 3), dtype=torch.int32)",
    "randperm(10) seed 0": "torch.manual_seed(0); out = torch.randperm(10)",
    "randperm(6) float32 seed 2": "torch.manual_seed(2); out = torch.randperm(6, dtype=torch.float32)",
    "normal_(2,0.5) seed 0": "torch.manual_seed(0); out = torch.empty(3).normal_(2.0, 0.5)",
    "uniform_(-0.5,0.5) seed 0": "torch.manual_seed(0); out = torch.empty(4).uniform_(-0.5, 0.5)",
    "bernoulli_(0.5) seed 0": "torch.manual_seed(0); out = torch.empty(4).bernoulli_(0.5)",
    "normal(2*ones,1) seed 0": "torch.manual_seed(0); out = torch.normal(2 * torch.ones(2, 2), 1.0)",
    "normal(0.5, 2*ones(4)) seed 0": "torch.manual_seed(0); out = torch.normal(0.5, 2 * torch.ones(4))",
    "normal(zeros(2,3), [1,2,3]) seed 5": "torch.manual_seed(5); out = torch.normal(torch.zeros(2, 3), torch.tensor([1., 2., 3.]))",
    "normal(1,2,(5,)) seed 0": "torch.manual_seed(0); out = torch.normal(1.0, 2.0, (5,))",
    "transposed normal_ seed 0": "torch.manual_seed(0); x = torch.empty(4, 8).t(); x.normal_(); out = x",
    "randn_like(column slice) seed 0": "torch.manual_seed(0); out = torch.randn_like(torch.empty(5, 6)[:, ::2])",
    "randn_like(transposed) seed 0": "torch.manual_seed(0); out = torch.randn_like(torch.empty(3, 8).t()).contiguous().view(-1)",
    "rand_like float64 seed 9": "torch.manual_seed(9); out = torch.rand_like(torch.empty(2, 3, dtype=torch.float64))",
    "randint_like int32 seed 9": "torch.manual_seed(9); out = torch.randint_like(torch.empty(2, 3, dtype=torch.int32), 5)",
    "bernoulli_(P row) seed 0": "torch.manual_seed(0); out = torch.empty(2, 3).bernoulli_(torch.tensor([0.1, 0.5, 0.9]))",
    "bernoulli(P float64) seed 0": "torch.manual_seed(0); out = torch.bernoulli(torch.full((2, 3), 0.5, dtype=torch.float64))",
    "bernoulli of transposed P seed 1": "torch.manual_seed(1); out = torch.bernoulli(torch.linspace(0, 1, 12).view(3, 4).t())",
    "random_() int64 seed 0": "torch.manual_seed(0); out = torch.empty(3, dtype=torch.int64).random_()",
    "random_() float32 seed 0": "torch.manual_seed(0); out = torch.empty(3).random_()",
    "random_(-3,3) int32 seed 6": "torch.manual_seed(6); out = torch.empty(5, dtype=torch.int32).random_(-3, 3)",
    "random_(7) uint8 seed 6": "torch.manual_seed(6); out = torch.empty(5, dtype=torch.uint8).random_(7)",
    "generator leaves global alone": "torch.manual_seed(0); g = torch.Generator().manual_seed(7); "
                                     "a = torch.randn(3, generator=g); out = torch.cat([a, torch.rand(2)])",
    "state round trip": "torch.manual_seed(0); torch.randn(1); s = torch.get_rng_state(); torch.randn(5); "
                        "torch.set_rng_state(s); out = torch.randn(5)",
    "cache randn(1), randn(16), randn(1)": "torch.manual_seed(0); a = torch.randn(1); b = torch.randn(16); "
                                            "out = torch.cat([a, b, torch.randn(1)])",
    "initial_seed 2**40+7": "torch.manual_seed(2**40 + 7); out = torch.initial_seed()",
    "error randn int64": "out = torch.randn(3, dtype=torch.int64)",
    "error rand int64": "out = torch.rand(3, dtype=torch.int64)",
    "error expanded normal_": "out = torch.empty(3).expand(2, 3).normal_()",
    "error set_rng_state float": "out = torch.set_rng_state(torch.zeros(5056))",
    "error bernoulli_ int P": "out = torch.empty(3).bernoulli_(torch.ones(3, dtype=torch.int64))",
    "error normal negative std tensor": "out = torch.normal(torch.zeros(2), torch.tensor([1.0, -1.0]))",
    "error randperm negative": "out = torch.randperm(-1)",
}


def tensor_cases():
    result = {}
    for name, program in TENSOR_PROGRAMS.items():
        env = {"torch": torch}
        try:
            exec(program, env)
            out = env["out"]
            result[name] = {"program": program, "repr": repr(out) if isinstance(out, torch.Tensor) else str(out)}
        except (RuntimeError, TypeError, ValueError) as e:
            result[name] = {"program": program, "error": str(e).split("\n")[0]}
    return result


def main():
    redo_untemper_check()
    with open(os.path.join(HERE, "rng_tensor_prints.json"), "w") as f:
        json.dump(tensor_cases(), f, indent=1)
    small = [run_case(c) for c in small_cases() + strided_cases() + state_cases() + error_cases()]
    import platform
    capability = [line.strip() for line in torch.__config__.show().split("\n") if "CPU capability" in line]
    meta = {"torch": torch.__version__, "capability": capability[0] if capability else "unknown",
            "libc": " ".join(platform.libc_ver())}
    with open(os.path.join(HERE, "rng_golden.json"), "w") as f:
        json.dump({"meta": meta, "cases": small}, f, separators=(",", ":"))
    large = [run_case(c) for c in large_cases()]
    payload = json.dumps({"meta": meta, "cases": large}, separators=(",", ":")).encode()
    with open(os.path.join(HERE, "rng_large.json.gz"), "wb") as f:
        f.write(gzip.compress(payload, mtime=0))  # mtime 0: the same bytes on every run
    print(len(small), "small cases,", len(large), "large cases")


if __name__ == "__main__":
    main()
