"""Checkpoints written by real PyTorch 1.13 for torch4j's serialization tests, and the check of
files torch4j wrote, the other way round.

    /usr/bin/python3 gen_checkpoints.py            # (re)writes the files here and expected.json
    /usr/bin/python3 gen_checkpoints.py --check D  # loads what SerializationExportTest wrote to D
                                                   # (mvn test -Dtest=SerializationExportTest -Dtorch4j.serialization.export=D)

No safetensors package exists here: tensors.safetensors is written with struct + json following
the safetensors library's algorithm (prepare() in safetensors/src/tensor.rs): tensors sorted by
dtype, descending (I64 > F64 > F32 > I32 > I16 > I8 > U8 > BOOL), then by name; compact JSON with
__metadata__ first and dtype/shape/data_offsets per tensor; the header padded with spaces to a
multiple of 8; an 8-byte little-endian header length in front.
"""
import argparse, collections, io, json, math, os, struct, sys, zipfile
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
torch.set_printoptions(precision=4)


class Net(torch.nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.fc1 = torch.nn.Linear(4, hidden)
        self.relu = torch.nn.ReLU()
        self.fc2 = torch.nn.Linear(hidden, 3)

    def forward(self, x):
        return self.fc2(self.relu(self.fc1(x)))


def fl(x):
    if math.isnan(x): return "nan"
    if math.isinf(x): return "inf" if x > 0 else "-inf"
    return float(x).hex()


def describe(t):
    """What a test checks of a loaded tensor: class, layout, flags and exact values."""
    vals = t.detach().contiguous().view(-1).tolist() if t.numel() else []
    if t.dtype.is_floating_point: vals = [fl(v) for v in vals]
    elif t.dtype == torch.bool: vals = [bool(v) for v in vals]
    return {"class": type(t).__name__, "dtype": str(t.dtype)[6:], "shape": list(t.shape), "stride": list(t.stride()),
            "offset": t.storage_offset(), "storage": t.storage().size(), "requires_grad": t.requires_grad, "values": vals}


def input_x():
    return torch.linspace(-1, 1, 8).view(2, 4)


def trained():
    torch.manual_seed(0)
    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    x, y = torch.randn(16, 4), torch.randint(0, 3, (16,))
    for _ in range(5):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(x), y).backward()
        opt.step()
    return net, opt


def adam_one_step():
    """A fresh seeded Net and one Adam step from fixed gradients: torch4j can repeat it exactly."""
    torch.manual_seed(0)
    net = Net()
    opt = torch.optim.Adam([{"params": [net.fc1.weight, net.fc1.bias]}, {"params": [net.fc2.weight, net.fc2.bias], "lr": 0.1}], lr=0.01)
    for p in net.parameters(): p.grad = torch.full_like(p, 0.5)
    opt.step()
    return net, opt


def sgd_one_step():
    torch.manual_seed(0)
    net = Net()
    opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    for p in net.parameters(): p.grad = torch.full_like(p, 0.25)
    opt.step()
    return net, opt


def scheduler():
    """MultiStepLR after three steps: its milestones are a collections.Counter."""
    p = [torch.nn.Parameter(torch.ones(1))]
    opt = torch.optim.SGD(p, lr=0.1)
    sched = torch.optim.lr_scheduler.MultiStepLR(opt, [2, 4], 0.5)
    for _ in range(3):
        opt.step()
        sched.step()
    return opt, sched


def tensors():
    base = torch.arange(24.).view(2, 3, 4)
    tied = torch.tensor([1.5, -2.5])
    d = collections.OrderedDict()
    d["bool"] = torch.tensor([True, False, True])
    d["uint8"] = torch.tensor([0, 1, 127, 128, 255], dtype=torch.uint8)
    d["int8"] = torch.tensor([-128, -1, 0, 127], dtype=torch.int8)
    d["int16"] = torch.tensor([-32768, -1, 0, 32767], dtype=torch.int16)
    d["int32"] = torch.tensor([-2**31, -1, 0, 2**31 - 1], dtype=torch.int32)
    d["int64"] = torch.tensor([-2**63, -1, 0, 2**63 - 1], dtype=torch.int64)
    d["float32"] = torch.tensor([float("nan"), float("inf"), float("-inf"), -0.0, 1e-45, 3.4028234663852886e38, 0.1])
    d["float64"] = torch.tensor([float("nan"), float("-inf"), -0.0, 5e-324, 1.7976931348623157e308, 0.1], dtype=torch.float64)
    d["base"] = base
    d["transposed"] = base.transpose(0, 2)
    d["narrowed"] = base[:, 1:, 2:]
    d["strided"] = base[..., ::2]
    d["row"] = base[1, 2]
    d["offset"] = torch.arange(10, dtype=torch.int32)[3:7]
    d["expanded"] = torch.tensor([[1.], [2.], [3.]]).expand(3, 4)
    d["scalar"] = torch.tensor(3.5, dtype=torch.float64)
    d["empty"] = torch.empty(0, 3)
    d["tied_a"] = tied
    d["tied_b"] = tied
    d["param"] = torch.nn.Parameter(torch.tensor([[1., 2.], [3., 4.]]))
    d["param_frozen"] = torch.nn.Parameter(torch.tensor([0.5]), requires_grad=False)
    d["requires_grad"] = torch.tensor([0.25, 0.75], requires_grad=True)
    return d


SHARED = [["base", "transposed", "narrowed", "strided", "row"]]


def checkpoint():
    net, opt = trained()
    return {"model": net.state_dict(), "optim": opt.state_dict(), "epoch": 5, "loss": 0.125, "name": "run-1 ✓",
            "tags": ["a", "b"], "pair": (1, "x"), "shape": torch.Size([2, 3]), "dtype": torch.float64,
            "big": 2**70, "neg": -2**40, "none": None, "flags": (True, False), "nested": {"lists": [[1, 2], []], "empty": {}}}


# ------------------------------------------------------------------ safetensors by hand

ST_DTYPES = {torch.bool: ("BOOL", 0), torch.uint8: ("U8", 1), torch.int8: ("I8", 2), torch.int16: ("I16", 5),
             torch.int32: ("I32", 9), torch.float32: ("F32", 11), torch.float64: ("F64", 12), torch.int64: ("I64", 13)}
ST_FROM = {v[0]: k for k, v in ST_DTYPES.items()}


def st_save(tensors, metadata=None):
    items = sorted(tensors.items(), key=lambda kv: (-ST_DTYPES[kv[1].dtype][1], kv[0]))
    header, blobs, offset = {}, [], 0
    if metadata is not None: header["__metadata__"] = metadata
    for name, t in items:
        b = t.contiguous().numpy().tobytes() if t.dtype != torch.bool else bytes(t.to(torch.uint8).numpy().tobytes())
        header[name] = {"dtype": ST_DTYPES[t.dtype][0], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        offset += len(b)
        blobs.append(b)
    h = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    return struct.pack("<Q", len(h)) + h + b"".join(blobs)


def st_load(data):
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + n])
    meta = header.pop("__metadata__", None)
    body = data[8 + n:]
    out = {}
    for name, info in header.items():
        a, b = info["data_offsets"]
        dt = ST_FROM[info["dtype"]]
        raw = body[a:b]
        if dt == torch.bool:
            t = torch.frombuffer(bytearray(raw), dtype=torch.uint8).to(torch.bool) if raw else torch.empty(0, dtype=torch.bool)
        else:
            t = torch.frombuffer(bytearray(raw), dtype=dt) if raw else torch.empty(0, dtype=dt)
        out[name] = t.reshape(info["shape"])
    return out, meta


def st_tensors():
    d = {}
    for k in ["bool", "uint8", "int8", "int16", "int32", "int64", "float32", "float64", "scalar", "empty"]:
        d[k] = tensors()[k]
    d["matrix"] = torch.arange(6.).view(2, 3)
    d["zeta"] = torch.tensor([7], dtype=torch.int64)
    return d


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def generate():
    out = lambda name: os.path.join(HERE, name)
    expected = {}

    net, opt = trained()
    torch.save(net.state_dict(), out("net.pt"))
    torch.save(opt.state_dict(), out("adam.pt"))
    with torch.no_grad():
        expected["net_forward"] = str(net(input_x()))
    expected["net_forward_grad"] = str(net(input_x()))

    torch.manual_seed(0)
    torch.save(Net().state_dict(), out("net_seeded.pt"))
    torch.manual_seed(0)
    torch.save(torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU(), torch.nn.BatchNorm1d(2)).state_dict(), out("seq_bn.pt"))
    _, a1 = adam_one_step()
    torch.save(a1.state_dict(), out("adam_step.pt"))
    _, s1 = sgd_one_step()
    torch.save(s1.state_dict(), out("sgd_step.pt"))
    torch.save(checkpoint(), out("checkpoint.pt"))
    _, sched = scheduler()
    torch.save(sched.state_dict(), out("sched.pt"))
    expected["sched_last_lr"] = sched.get_last_lr()
    expected["checkpoint_repr"] = {k: repr(v) for k, v in checkpoint().items() if k not in ("model", "optim")}

    t = tensors()
    torch.save(t, out("tensors.pt"))
    expected["tensors"] = {k: describe(v) for k, v in t.items()}
    expected["shared"] = SHARED
    torch.save(t, out("tensors_p4.pt"), pickle_protocol=4)

    # what loading a mismatched state dict says
    torch.manual_seed(1)
    torch.save(Net(hidden=16).state_dict(), out("net_wide.pt"))
    msgs = {}
    for name in ["net_wide.pt"]:
        try:
            Net().load_state_dict(torch.load(out(name)))
        except RuntimeError as e:
            msgs[name] = str(e)
    extra = Net().state_dict()
    extra["fc3.weight"] = torch.zeros(1)
    del extra["fc2.bias"]
    torch.save(extra, out("net_extra.pt"))
    try:
        Net().load_state_dict(torch.load(out("net_extra.pt")))
    except RuntimeError as e:
        msgs["net_extra.pt"] = str(e)
    expected["load_errors"] = msgs

    # files torch4j must refuse, with the message's key phrase
    torch.save({"x": Evil()}, out("evil.pt"))
    torch.save({"args": argparse.Namespace(lr=0.1), "w": torch.ones(2)}, out("namespace.pt"))
    torch.save({"w": torch.ones(2, dtype=torch.float16)}, out("half.pt"))
    torch.save(torch.ones(2), out("legacy.pt"), _use_new_zipfile_serialization=False)   # differs per run (keys are object ids)
    torch.jit.save(torch.jit.script(torch.nn.Linear(2, 1)), out("scripted.pt"))
    refused = {"evil.pt": "Unsupported class posix.system", "namespace.pt": "Unsupported class argparse.Namespace",
               "half.pt": "torch4j has no dtype torch.float16", "legacy.pt": "legacy format", "scripted.pt": "TorchScript"}
    for name in refused:   # what PyTorch's own weights_only loader says of them
        try:
            torch.load(out(name), weights_only=True)
            refused[name] = [refused[name], "loaded"]
        except Exception as e:
            refused[name] = [refused[name], str(e).split("WeightsUnpickler error: ")[-1][:200]]
    expected["refused"] = refused

    st = st_tensors()
    meta = {"format": "pt", "note": "\"quoted\" \\ tab\t é"}
    with open(out("tensors.safetensors"), "wb") as f:
        f.write(st_save(st, meta))
    expected["safetensors"] = {k: describe(v) for k, v in st.items()}
    expected["safetensors_metadata"] = meta
    back, m = st_load(open(out("tensors.safetensors"), "rb").read())
    assert m == meta and all(torch.equal(back[k], st[k]) or k in ("float32", "float64") for k in st)

    with open(out("expected.json"), "w") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)


def same(a, b, path="obj"):
    """Structural equality of what torch.load returned, tensors included (values, layout, flags, class)."""
    assert type(a) == type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, torch.Tensor):
        assert (a.dtype, a.shape, a.stride(), a.storage_offset(), a.requires_grad) == (b.dtype, b.shape, b.stride(), b.storage_offset(), b.requires_grad), path
        assert torch.equal(a, b) or (a.dtype.is_floating_point and torch.equal(a.isnan(), b.isnan()) and torch.equal(a.nan_to_num(), b.nan_to_num())), path
    elif isinstance(a, dict):
        assert list(a.keys()) == list(b.keys()), f"{path}: keys {list(a)} != {list(b)}"
        for k in a: same(a[k], b[k], f"{path}[{k!r}]")
        assert getattr(a, "_metadata", None) == getattr(b, "_metadata", None), f"{path}._metadata"
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)): same(x, y, f"{path}[{i}]")
    else:
        assert a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b)), f"{path}: {a!r} != {b!r}"


def check(d):
    """Loads each file torch4j wrote and compares it with what PyTorch builds itself."""
    ok = 0
    def load(name, weights_only=True):
        return torch.load(os.path.join(d, name), weights_only=weights_only)
    # the trained net: same forward as PyTorch's own
    net = Net()
    net.load_state_dict(load("net.pt"))
    with torch.no_grad():
        assert str(net(input_x())) == json.load(open(os.path.join(HERE, "expected.json")))["net_forward"]
    ok += 1
    same(load("tensors.pt"), tensors()); ok += 1
    t = load("tensors.pt")
    assert t["tied_a"] is t["tied_b"], "tied tensors are one object"
    assert t["base"].storage().data_ptr() == t["transposed"].storage().data_ptr(), "views share storage"
    assert type(t["param"]) is torch.nn.Parameter; ok += 1
    same(load("checkpoint.pt", weights_only=False), checkpoint()); ok += 1
    _, a1 = adam_one_step()
    same(load("adam_step.pt", weights_only=False), a1.state_dict()); ok += 1
    net, opt = adam_one_step()
    opt.load_state_dict(load("adam_step.pt", weights_only=False)); ok += 1
    torch.manual_seed(0)
    same(load("net_seeded.pt"), Net().state_dict()); ok += 1
    opt, sched = scheduler()
    mine = load("sched.pt", weights_only=False)
    assert type(mine["base_lrs"]) is list and type(mine["_last_lr"]) is list
    sched.load_state_dict(mine)
    assert sched.get_last_lr() == [0.05] and sched.last_epoch == 3; ok += 1
    got = load("stream.pt")
    same(got, {"w": torch.arange(3.)}); ok += 1
    assert zipfile.ZipFile(os.path.join(d, "stream.pt")).namelist()[0] == "archive/data.pkl"
    back, meta = st_load(open(os.path.join(d, "tensors.safetensors"), "rb").read())
    exp = st_tensors()
    for k in exp: same(back[k], exp[k].contiguous(), k)
    assert meta == {"format": "pt", "note": "\"quoted\" \\ tab\t é"}; ok += 1
    # byte identity where torch4j promises it
    for name in ["net_seeded.pt", "adam_step.pt", "sgd_step.pt"]:
        mine, theirs = open(os.path.join(d, name), "rb").read(), open(os.path.join(HERE, name), "rb").read()
        assert mine == theirs, f"{name} differs from PyTorch's bytes"
        ok += 1
    print(f"torch.load read all {ok} checks of the files torch4j wrote in {d}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--check")
    args = ap.parse_args()
    if args.check: check(args.check)
    else: generate()
