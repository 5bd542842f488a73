"""Golden values for nn.Bilinear / F.bilinear, nn.EmbeddingBag / F.embedding_bag and nn.CTCLoss /
F.ctc_loss from real PyTorch 1.13. Run with /usr/bin/python3 (Debian's python3-torch); writes
nnmisc.json next to this file. Inputs are built from formulas the Java test repeats (no random
draws except the seeded default init, whose values are recorded)."""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F

warnings.simplefilter("ignore")
out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

def sinx(shape, dtype, phase=0.0, scale=1.0):
    """sin(arange(n) * 0.7 + phase) * scale in the given shape: the Java test builds the same."""
    n = 1
    for s in shape: n *= s
    return (torch.sin(torch.arange(n, dtype=torch.float64) * 0.7 + phase) * scale).to(dtype).reshape(shape)

# ---------------------------------------------------------------- 1. Bilinear
bil = []
for in1, in2, o, bias, lead, dtype in [(3, 4, 5, True, (2,), torch.float32), (3, 4, 5, False, (2,), torch.float32),
                                       (2, 3, 4, True, (2, 3), torch.float64), (4, 2, 3, True, (), torch.float32),
                                       (1, 1, 1, False, (3,), torch.float64)]:
    torch.manual_seed(0)
    m = nn.Bilinear(in1, in2, o, bias=bias).to(dtype)
    x1 = sinx(lead + (in1,), dtype, 0.1).requires_grad_()
    x2 = sinx(lead + (in2,), dtype, 0.5).requires_grad_()
    y = m(x1, x2)
    gout = sinx(tuple(y.shape), dtype, 1.3)
    y.backward(gout)
    bil.append({"in1": in1, "in2": in2, "out": o, "bias": bias, "lead": list(lead), "dtype": str(dtype).replace("torch.", ""),
                "repr": repr(m), "names": [n for n, _ in m.named_parameters()],
                "weight": tens(m.weight), "bias_value": tens(m.bias) if bias else None,
                "y": tens(y), "grad_fn": type(y.grad_fn).__name__,
                "chain": [type(f[0]).__name__ for f in y.grad_fn.next_functions if f[0] is not None],
                "gx1": tens(x1.grad), "gx2": tens(x2.grad), "gw": tens(m.weight.grad), "gb": tens(m.bias.grad) if bias else None})
out["bilinear"] = bil
out["bilinear_after_seed0"] = vals(torch.rand(3))
w = torch.ones(5, 3, 4)
out["bilinear_errors"] = [
    error(lambda: F.bilinear(torch.ones(2, 3), torch.ones(2, 3, 4), w)),
    error(lambda: F.bilinear(torch.ones(2, 3), torch.ones(3, 4), w)),
    error(lambda: F.bilinear(torch.ones(2, 2), torch.ones(2, 4), w)),
    error(lambda: F.bilinear(torch.ones(2, 3), torch.ones(2, 5), w)),
    error(lambda: F.bilinear(torch.ones(2, 3), torch.ones(2, 4), w, torch.ones(4))),
    error(lambda: F.bilinear(torch.ones(2, 3), torch.ones(2, 4, dtype=torch.float64), w)),
]

# ---------------------------------------------------------------- 2. EmbeddingBag
# weight = sinx((num, dim)); grad of (out * gout).sum() with gout = sinx(out.shape, phase 0.9)
bags = []
cases = [
    # (num, dim, input, offsets, mode, include_last_offset, padding_idx, psw, scale_grad_by_freq, max_norm, dtype)
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 4], "mean", False, None, False, False, None, torch.float32),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 4], "sum", False, None, False, False, None, torch.float32),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 4], "max", False, None, False, False, None, torch.float32),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 2, 2, 5], "mean", False, None, False, False, None, torch.float64),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 2, 2, 5], "max", False, None, False, False, None, torch.float64),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 2, 2, 5, 8], "sum", True, None, True, False, None, torch.float32),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 3, 6], "mean", True, None, False, True, None, torch.float32),
    (10, 4, [[1, 2, 2], [4, 0, 9]], None, "mean", False, 2, False, False, None, torch.float32),
    (10, 4, [[1, 2, 2], [2, 2, 2]], None, "max", False, 2, False, False, None, torch.float64),
    (10, 4, [[1, 2, 2], [4, 0, 9]], None, "sum", False, -1, True, True, None, torch.float64),
    (6, 2, [0, 5, 5, 1, 3], [0, 1], "sum", False, None, False, True, None, torch.float64),
    (10, 3, [1, 2, 4, 5, 4, 3, 2, 9], [0, 4], "mean", False, None, False, False, 0.5, torch.float32),
    (10, 3, [7, 1, 7, 8], [0, 2], "max", False, None, False, False, 0.8, torch.float32),
]
for num, dim, inp, offs, mode, ilo, pad, use_psw, sgf, max_norm, dtype in cases:
    weight = sinx((num, dim), dtype, 0.2, 2.0).requires_grad_()
    input_t = torch.tensor(inp)
    offsets_t = torch.tensor(offs) if offs is not None else None
    psw = sinx(tuple(input_t.shape), dtype, 0.4).requires_grad_() if use_psw else None
    w_used = weight.detach().clone().requires_grad_() if max_norm is not None else weight
    y = F.embedding_bag(input_t, w_used, offsets_t, max_norm=max_norm, norm_type=2, scale_grad_by_freq=sgf, mode=mode,
                        per_sample_weights=psw, include_last_offset=ilo, padding_idx=pad)
    gout = sinx(tuple(y.shape), dtype, 0.9)
    y.backward(gout)
    bags.append({"num": num, "dim": dim, "input": inp, "offsets": offs, "mode": mode, "include_last_offset": ilo,
                 "padding_idx": pad, "psw": use_psw, "scale_grad_by_freq": sgf, "max_norm": max_norm,
                 "dtype": str(dtype).replace("torch.", ""), "y": tens(y), "grad_fn": type(y.grad_fn).__name__,
                 "renormed": tens(w_used), "gw": tens(w_used.grad), "gpsw": tens(psw.grad) if use_psw else None})
out["embedding_bag"] = bags

torch.manual_seed(0)
eb = nn.EmbeddingBag(10, 3)
eb2 = nn.EmbeddingBag(10, 3, max_norm=1.0, norm_type=3., scale_grad_by_freq=True, mode='max', include_last_offset=True, padding_idx=-2)
out["embedding_bag_module"] = {"weight": tens(eb.weight), "repr": repr(eb), "repr2": repr(eb2), "names": [n for n, _ in eb.named_parameters()],
                               "pad_row": tens(eb2.weight[8]), "padding_idx": eb2.padding_idx,
                               "repr_sum": repr(nn.EmbeddingBag(5, 2, mode="sum", norm_type=2.5)),
                               "y": tens(eb(torch.tensor([1, 2, 3, 4]), torch.tensor([0, 1])))}
pre = nn.EmbeddingBag.from_pretrained(torch.tensor([[1., 2.3, 3.], [4., 5.1, 6.3]]))
out["embedding_bag_pretrained"] = {"repr": repr(pre), "requires_grad": pre.weight.requires_grad,
                                   "y": tens(pre(torch.tensor([[1, 0]])))}
W = torch.ones(10, 3)
out["embedding_bag_errors"] = [
    error(lambda: F.embedding_bag(torch.tensor([[1, 2]]), W, torch.tensor([0]))),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W)),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([[0]]))),
    error(lambda: F.embedding_bag(torch.tensor([[[1, 2]]]), W)),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([0]), mode="prod")),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([0]), mode="max", scale_grad_by_freq=True)),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([0]), mode="mean", per_sample_weights=torch.ones(2))),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([0]), mode="sum", per_sample_weights=torch.ones(3))),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([1]))),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([0, 3]))),
    # float64: the float32 path reports fbgemm's "[enforce fail at embedding_lookup_idx.cc:214] ..." instead of ATen's words
    error(lambda: F.embedding_bag(torch.tensor([1, 10]), W.double(), torch.tensor([0]))),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([0]), padding_idx=10)),
    error(lambda: F.embedding_bag(torch.tensor([1., 2.]), W, torch.tensor([0]))),
    error(lambda: nn.EmbeddingBag(10, 3, padding_idx=10)),
    error(lambda: F.embedding_bag(torch.tensor([1, 2]), W, torch.tensor([], dtype=torch.long), include_last_offset=True)),
]

# ---------------------------------------------------------------- 3. CTCLoss
# log_probs = log_softmax(sinx((T, N, C), phase, 1.5), 2) (a leaf after log_softmax for the gradient);
# targets: padded (N, S) or concatenated; grad of loss (reduction none: of (loss * gout).sum(), gout = sinx(N, 0.3) + 1.5)
ctc = []
ctc_cases = [
    # (T, N, C, targets, concat, input_lengths, target_lengths, blank, reduction, zero_infinity, dtype, lengths_as)
    (6, 2, 4, [[1, 2, 2], [3, 1, 0]], False, [6, 5], [3, 2], 0, "mean", False, torch.float32, "tensor"),
    (6, 2, 4, [[1, 2, 2], [3, 1, 0]], False, [6, 5], [3, 2], 0, "sum", False, torch.float64, "list"),
    (6, 2, 4, [[1, 2, 2], [3, 1, 0]], False, [6, 5], [3, 2], 0, "none", False, torch.float32, "list"),
    (5, 3, 5, [1, 2, 4, 4, 3, 1], True, [5, 4, 3], [3, 0, 3], 0, "none", False, torch.float64, "tensor"),
    (5, 3, 5, [1, 2, 4, 4, 3, 1], True, [5, 4, 3], [3, 0, 3], 0, "mean", False, torch.float32, "list"),
    (4, 2, 3, [[1, 1, 1], [2, 2, 0]], False, [4, 3], [3, 2], 0, "none", False, torch.float64, "list"),
    (4, 2, 3, [[1, 1, 1], [2, 2, 0]], False, [4, 3], [3, 2], 0, "none", True, torch.float64, "list"),
    (4, 2, 3, [[1, 1, 1], [2, 2, 0]], False, [4, 3], [3, 2], 0, "mean", True, torch.float32, "tensor"),
    (7, 2, 4, [[0, 1, 0], [2, 2, 1]], False, [7, 7], [3, 3], 3, "sum", False, torch.float32, "tensor"),
    (6, 1, 4, [1, 3], True, [6], [2], 0, "none", False, torch.float32, "unbatched"),
    (6, 2, 4, [[1, 2, 2], [3, 1, 0]], False, [0, 5], [0, 2], 0, "none", False, torch.float64, "list"),
]
for T, N, C, tg, concat, il, tl, blank, red, zi, dtype, la in ctc_cases:
    x = sinx((T, N, C), dtype, 0.3, 1.5).requires_grad_()
    lp = F.log_softmax(x, 2)
    targets = torch.tensor(tg)
    if la == "unbatched":
        lp2 = lp[:, 0]
        loss = F.ctc_loss(lp2, targets, torch.tensor(il[0]), torch.tensor(tl[0]), blank, red, zi)
    elif la == "tensor":
        loss = F.ctc_loss(lp, targets, torch.tensor(il), torch.tensor(tl), blank, red, zi)
    else:
        loss = F.ctc_loss(lp, targets, il, tl, blank, red, zi)
    gout = sinx(tuple(loss.shape), dtype, 0.3) + 1.5
    (loss * gout).sum().backward()
    ctc.append({"T": T, "N": N, "C": C, "targets": tg, "concat": concat, "input_lengths": il, "target_lengths": tl,
                "blank": blank, "reduction": red, "zero_infinity": zi, "dtype": str(dtype).replace("torch.", ""),
                "lengths_as": la, "loss": tens(loss), "grad_fn": type(loss.grad_fn).__name__, "gx": tens(x.grad)})
out["ctc"] = ctc
out["ctc_repr"] = [repr(nn.CTCLoss()), repr(nn.CTCLoss(blank=2, reduction="sum", zero_infinity=True))]
lp = torch.zeros(5, 2, 4)
out["ctc_errors"] = [
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2]]), [5, 5], [2, 2])),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), [5, 5], [3, 2])),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), [6, 5], [2, 2])),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), [5], [2, 2])),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), [5, 5], [2])),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), [5, 5], [2, 2], blank=4)),
    error(lambda: F.ctc_loss(lp, torch.tensor([1, 2, 1]), [5, 5], [2, 2])),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), torch.tensor([5., 5.]), torch.tensor([2, 2]))),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), torch.tensor([5, 5]), torch.tensor([2., 2.]))),
    error(lambda: F.ctc_loss(lp, torch.tensor([[1, 2], [1, 2]]), [5, 5], [2, 2], reduction="avg")),
    error(lambda: F.ctc_loss(torch.zeros(5, 2, 3, 4), torch.tensor([[1, 2], [1, 2]]), [5, 5], [2, 2])),
]

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nnmisc.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
