"""Golden float32 sum/mean bits from real PyTorch 1.13 (run with /usr/bin/python3).

Writes sum_bits.json: for each case the input (a data kind that both sides generate exactly, a
base shape and view steps), the op (sum or mean, dims, keepdim), PyTorch's thread count, and the
result's shape and values as float.hex() of the float32 results. SumBitsGoldenTest demands the
same bits. Data kinds:
  randn   torch.manual_seed(seed); torch.randn(numel)
  lcg     x[i] = float32(((i*1103515245 + 12345) mod 2^31) - 2^30) / 1048576
  cancel  [1e8, 1, -1e8, 1] repeated
  wide    random signs and exponents 2^-14 .. 2^27 (bits built from integer hashes)
  negzero all -0.0
"""
import hashlib, json, math
import torch

MASK31 = (1 << 31) - 1


def data(kind, n, seed):
    if kind == "randn":
        torch.manual_seed(seed)
        return torch.randn(n)
    if kind == "lcg":
        i = torch.arange(n, dtype=torch.int64)
        return (((i * 1103515245 + 12345) % (1 << 31)) - (1 << 30)).to(torch.float32) / 1048576.0
    if kind == "cancel":
        pat = [1e8, 1.0, -1e8, 1.0]
        return torch.tensor([pat[i % 4] for i in range(n)], dtype=torch.float32)
    if kind == "wide":
        i = torch.arange(n, dtype=torch.int64)
        a = (i * 1103515245 + 12345) & MASK31
        b = (i * 2654435761 + seed) & 0xFFFFFFFF
        e = (a >> 7) % 42 - 14
        bits = ((b >> 31) << 31) | ((e + 127) << 23) | (b & 0x7FFFFF)
        return bits.to(torch.int32).view(torch.float32)
    if kind == "negzero":
        return torch.full((n,), -0.0)
    raise ValueError(kind)


def view(x, steps):
    for s in steps:
        op = s[0]
        if op == "t":
            x = x.t()
        elif op == "permute":
            x = x.permute(*s[1])
        elif op == "transpose":
            x = x.transpose(s[1], s[2])
        elif op == "slice":   # dim, start, end, step
            x = x[(slice(None),) * s[1] + (slice(s[2], s[3], s[4]),)]
        elif op == "expand":
            x = x.expand(*s[1])
        elif op == "unsqueeze":
            x = x.unsqueeze(s[1])
        else:
            raise ValueError(op)
    return x


SAMPLES = 64


def result(r):
    """All values when there are at most SAMPLES, else SAMPLES evenly spaced ones and the SHA-256 of every bit."""
    flat = r.contiguous().reshape(-1)
    if flat.numel() <= SAMPLES:
        return {"values": [float(v).hex() for v in flat.tolist()]}
    idx = sorted(set(int(k * (flat.numel() - 1) / (SAMPLES - 1)) for k in range(SAMPLES)))
    return {"sample": {str(k): float(flat[k]).hex() for k in idx},
            "sha256": hashlib.sha256(flat.numpy().astype("<f4").tobytes()).hexdigest()}


cases = []


def case(kind, base, steps, op, dims, keepdim, threads=1, seed=0):
    n = math.prod(base)
    x = view(data(kind, n, seed).reshape(base), steps)
    torch.set_num_threads(threads)
    f = getattr(torch, op)
    if dims is None:
        r = f(x)
    else:
        r = f(x, dims, keepdim=keepdim)
    assert r.dtype == torch.float32
    cases.append({"kind": kind, "seed": seed, "base": list(base), "steps": steps, "op": op,
                  "dims": dims, "keepdim": keepdim, "threads": threads,
                  "shape": list(r.shape), **result(r)})


# 1-D contiguous sums: every size to 200, then log-spaced sizes and the grain's edges
for n in range(0, 201):
    for kind in ("lcg", "randn", "cancel"):
        case(kind, (n,), [], "sum", None, False, seed=n)
big = sorted(set([int(round(10 ** (2.3 + 3.8 * k / 60))) for k in range(61)]
                 + [4095, 4096, 4097, 32767, 32768, 32769, 65535, 65536, 65537, 131071, 131073, 524287, 524289,
                    1048575, 1048577, 1000000, 1 << 21]))
for n in big:
    for threads in ((1, 2, 3, 4, 8, 16) if n >= 32768 else (1,)):
        case("randn" if n % 2 else "wide", (n,), [], "sum", None, False, threads, seed=n)
    case("lcg", (n,), [], "mean", None, False, seed=n)
# 1-D strided and offset views
for n in (7, 8, 50, 333, 4099, 70001):
    case("randn", (n,), [["slice", 0, 0, None, 2]], "sum", None, False, seed=n)
    case("randn", (n,), [["slice", 0, 1, None, 3]], "sum", None, False, seed=n)
    case("lcg", (n,), [["slice", 0, 3, n - 2, 1]], "mean", None, False, seed=n)

shapes2 = [(1, 1), (1, 9), (9, 1), (3, 7), (7, 3), (8, 8), (5, 33), (33, 5), (4, 32), (32, 4), (64, 1000), (1000, 64),
           (1000, 37), (37, 1000), (1000, 40), (40, 1000), (100, 100), (2, 20000), (20000, 2), (40000, 3), (3, 40000),
           (300, 300), (513, 257), (1000, 1000)]
views2 = {"c": [], "t": [["t"]], "cols2": [["slice", 1, 0, None, 2]], "rows3": [["slice", 0, 0, None, 3]],
          "inner": [["slice", 0, 1, None, 1], ["slice", 1, 2, -1, 1]],
          "expcol": [["slice", 1, 0, 1, 1]], "exprow": [["slice", 0, 0, 1, 1]]}   # then expanded back to (r, c)
for i, (r, c) in enumerate(shapes2):
    for vname, steps in views2.items():
        if vname.startswith("exp"):
            steps = steps + [["expand", [r, c]]]
        if vname == "inner" and (r < 3 or c < 4):
            continue
        kind = ("randn", "lcg", "wide")[i % 3]
        big_enough = r * c >= 32768
        for op in ("sum", "mean"):
            for dims, keep in ((None, False), ([0], False), ([1], False), ([0], True), ([1], True), ([0, 1], False)):
                if op == "mean" and dims == [0, 1]:
                    continue
                for threads in ((1, 2, 4) if big_enough and op == "sum" else (1,)):
                    case(kind, (r, c), steps, op, dims, keep, threads, seed=r * 7 + c)

shapes3 = [((2, 3, 4), None), ((8, 50, 300), None), ((30, 40, 50), None), ((4, 9000, 3), None), ((16, 1, 33), None),
           ((30, 40, 50), [["permute", [2, 0, 1]]]), ((8, 50, 300), [["transpose", 0, 2]]),
           ((30, 40, 50), [["slice", 2, 0, None, 2]]), ((8, 50, 300), [["slice", 1, 5, 45, 1]])]
dims3 = [[0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2], [-1]]
for base, steps in shapes3:
    for dims in dims3:
        for keep in (False, True):
            for threads in ((1, 2, 4) if math.prod(base) >= 32768 and not keep else (1,)):
                case("randn", base, steps or [], "sum", dims, keep, threads, seed=sum(base))
        case("lcg", base, steps or [], "mean", dims, False, seed=sum(base))
for dims in ([0], [1, 3], [0, 2], [3], [0, 1, 2, 3]):
    case("wide", (2, 3, 5, 7), [], "sum", dims, False, seed=5)
    case("randn", (6, 20, 30, 50), [["permute", [0, 2, 3, 1]]], "sum", dims, False, 2, seed=6)
    case("randn", (3, 1, 5, 1), [["unsqueeze", 2], ["expand", [3, 1, 4, 5, 1]]], "mean", [d for d in dims if d < 3] or None, True, seed=7)

# -0.0 in, +0 out; empty tensors; one element
for base in ((1,), (5,), (40,), (3, 4)):
    case("negzero", base, [], "sum", None, False)
case("negzero", (3, 4), [], "sum", [1], False)
for base, dims in (((0,), None), ((0, 5), [0]), ((5, 0), [1]), ((5, 0), [0])):
    case("randn", base, [], "sum", dims, False)
    case("randn", base, [], "mean", dims, False)

json.dump({"torch": torch.__version__, "cases": cases}, open("sum_bits.json", "w"), separators=(",", ":"))
print(len(cases), "cases")
