"""More golden float32 sum/mean bits from real PyTorch 1.13 (run with /usr/bin/python3), for the
block loops of FloatCascadeBlocks: long contiguous sums and wide column sums whose data has runs of
-0.0 (ATen starts every 16-term block at +0, the Java loop at the block's first term) and the
plain lcg data at the sizes where those loops run. Same case format as gen_sum_bits.py
(SumBitsGoldenTest reads both); writes sum_blocks.json. Data kinds:
  lcg        as in gen_sum_bits.py
  negzero    all -0.0
  zeroblocks lcg, but -0.0 where (i // 512) % 3 == 0 or i % 1000 < 64
"""
import hashlib, json, math
import torch


def lcg(n):
    i = torch.arange(n, dtype=torch.int64)
    return (((i * 1103515245 + 12345) % (1 << 31)) - (1 << 30)).to(torch.float32) / 1048576.0


def data(kind, n):
    if kind == "lcg":
        return lcg(n)
    if kind == "negzero":
        return torch.full((n,), -0.0)
    if kind == "zeroblocks":
        i = torch.arange(n, dtype=torch.int64)
        x = lcg(n)
        return torch.where(((i // 512) % 3 == 0) | (i % 1000 < 64), torch.full_like(x, -0.0), x)
    raise ValueError(kind)


SAMPLES = 64


def result(r):
    flat = r.contiguous().reshape(-1)
    if flat.numel() <= SAMPLES:
        return {"values": [float(v).hex() for v in flat.tolist()]}
    idx = sorted(set(int(k * (flat.numel() - 1) / (SAMPLES - 1)) for k in range(SAMPLES)))
    return {"sample": {str(k): float(flat[k]).hex() for k in idx},
            "sha256": hashlib.sha256(flat.numpy().astype("<f4").tobytes()).hexdigest()}


cases = []


def case(kind, base, steps, op, dims, threads=1):
    x = data(kind, math.prod(base)).reshape(base)
    if steps == "t":
        x = x.t()
    torch.set_num_threads(threads)
    r = getattr(torch, op)(x) if dims is None else getattr(torch, op)(x, dims)
    assert r.dtype == torch.float32
    cases.append({"kind": kind, "seed": 0, "base": list(base), "steps": [["t"]] if steps == "t" else [],
                  "op": op, "dims": dims, "keepdim": False, "threads": threads,
                  "shape": list(r.shape), **result(r)})


for kind in ("zeroblocks", "negzero", "lcg"):
    for n in (511, 512, 513, 1000, 8197, 100000, 1 << 20):
        for threads in ((1, 2) if n >= 32768 else (1,)):
            case(kind, (n,), None, "sum", None, threads)
    case(kind, (100000,), None, "mean", None)
    for base in ((1000, 1000), (200, 64), (100, 63), (64, 1000), (3000, 96)):
        for dims in ([0], [1]):
            case(kind, base, None, "sum", dims)
        case(kind, base, "t", "sum", [1])
        case(kind, base, None, "mean", [0])

json.dump({"torch": torch.__version__, "cases": cases}, open("sum_blocks.json", "w"), separators=(",", ":"))
print(len(cases), "cases")
