"""Devices and the meta device in PyTorch 1.13, for DeviceTest: run with /usr/bin/python3 > devices.json."""
import json
import torch

out = {"torch": torch.__version__, "parse": [], "reprs": {}, "errors": {}, "strides": {}, "cuda": {}}

for s in ["cpu", "meta", "cuda", "cuda:0", "cuda:1", "cpu:0", "foo", "CUDA", "cuda:x", "cuda:", "cuda:-1", "cuda:01", "cuda:1:2"]:
    try:
        d = torch.device(s)
        out["parse"].append({"spec": s, "str": str(d), "type": d.type, "index": -1 if d.index is None else d.index})
    except RuntimeError as e:
        out["parse"].append({"spec": s, "error": str(e)})

meta = torch.device("meta")
r = out["reprs"]
r["ones_to_meta"] = repr(torch.ones(2, 3).to(meta))
r["int_to_meta"] = repr(torch.arange(6).to("meta"))
r["scalar_meta"] = repr(torch.tensor(1.5).to("meta"))
r["empty0_meta"] = repr(torch.zeros(0).to("meta"))
r["zeros_meta_f64"] = repr(torch.zeros(2, 3, dtype=torch.float64, device=meta))
r["ones_meta_rg"] = repr(torch.ones(4, device=meta, requires_grad=True))
r["full_meta"] = repr(torch.full((2,), 7.5, device=meta))   # (an int fill on meta comes out float32 in 1.13, unlike cpu and cuda: not followed)
r["eye_meta"] = repr(torch.eye(3, device=meta))
r["arange_meta"] = repr(torch.arange(5, device=meta))
r["linspace_meta"] = repr(torch.linspace(0, 1, 5, device=meta))
r["tensor_meta"] = repr(torch.tensor([[1, 2], [3, 4]], device=meta))
r["zeros_like_meta"] = repr(torch.zeros_like(torch.ones(2, 2, device=meta)))
r["to_meta_f64"] = repr(torch.ones(3).to(meta, torch.float64))
r["param_meta"] = repr(torch.nn.Linear(2, 3).to(meta).weight)
r["to_grad"] = repr(torch.ones(2, requires_grad=True).to(meta))
r["to_empty_bias"] = repr(torch.nn.Linear(2, 3).to(meta).to_empty(device="cpu").bias.shape)

e = out["errors"]
for name, f in {
    "meta_to_cpu": lambda: torch.ones(2, device=meta).cpu(),
    "cuda_without": lambda: torch.ones(2).cuda(),
    "cuda_factory": lambda: torch.zeros(2, device="cuda"),
}.items():
    try:
        f()
        e[name] = None
    except BaseException as ex:
        e[name] = str(ex)

x = torch.ones(2, 3)
s = out["strides"]
s["zeros_like_t"] = list(torch.zeros_like(x.t()).stride())
s["empty_like_permuted"] = list(torch.empty_like(torch.ones(2, 3, 4).permute(2, 0, 1)).stride())
s["to_meta_t"] = list(x.t().to(meta).stride())
s["to_meta_sliced"] = list(torch.ones(4, 6)[:, ::2].to(meta).stride())
s["zeros_like_expanded"] = list(torch.zeros_like(torch.ones(3, 1).expand(3, 4)).stride())

c = out["cuda"]
c["is_available"] = torch.cuda.is_available()
c["device_count"] = torch.cuda.device_count()
c["memory_allocated"] = torch.cuda.memory_allocated()
c["memory_reserved"] = torch.cuda.memory_reserved()
print(json.dumps(out, indent=1))
