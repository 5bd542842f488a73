"""Golden values for torch4j's recurrent layers from real PyTorch 1.13: nn.RNN / LSTM / GRU
(layers, bias, batch_first, dropout, bidirectional, proj_size, unbatched input, initial states,
packed input), RNNCell / LSTMCell / GRUCell, nn.utils.rnn (pad_sequence, pack_padded_sequence,
pad_packed_sequence, pack_sequence), reprs, state_dict keys, grad_fn names and error messages.
Run with /usr/bin/python3 (Debian's python3-torch); writes rnn.json next to this file."""
import json, os, warnings
import torch, torch.nn as nn
from torch.nn.utils import rnn as R

warnings.simplefilter("ignore")
out = {"torch": torch.__version__}

def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]

def tens(t):
    if t is None:
        return None
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else t.reshape(-1).tolist()}

def name(t):
    return None if t.grad_fn is None else t.grad_fn.name()

def error(f):
    try:
        f()
    except Exception as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")

def weight(t):
    # a fixed upstream gradient: (arange(n) % 7 - 3) / 4 in t's shape
    n = t.numel()
    return ((torch.arange(n) % 7 - 3).to(t.dtype) / 4).reshape(t.shape)

def make(kind, a, b, kw):
    return {"RNN": nn.RNN, "LSTM": nn.LSTM, "GRU": nn.GRU}[kind](a, b, **kw)

# ---------------------------------------------------------------- 1. modules: init, keys, repr, forward, backward
# Each case: torch.manual_seed(seed); m = kind(in, hidden, **kw); x = randn(xshape) (requires grad);
# optional h0 (c0) = randn(...) (requires grad); train/eval; torch.manual_seed(seed + 100) right before
# the forward; loss = sum(out * weight(out)) + sum(h_n * weight(h_n)) [+ sum(c_n * weight(c_n))].
cases = [
    ("RNN", 3, 4, {}, (5, 2, 3), False, True),
    ("RNN", 3, 4, {"nonlinearity": "relu", "num_layers": 2, "bias": False}, (4, 3, 3), True, True),
    ("RNN", 3, 4, {"bidirectional": True, "batch_first": True}, (2, 5, 3), True, True),
    ("RNN", 3, 4, {}, (6, 3), True, True),
    ("LSTM", 3, 5, {}, (4, 2, 3), False, True),
    ("LSTM", 3, 5, {"num_layers": 2, "bidirectional": True}, (4, 2, 3), True, True),
    ("LSTM", 3, 5, {"proj_size": 2}, (4, 2, 3), True, True),
    ("LSTM", 2, 4, {"num_layers": 3, "proj_size": 3, "bidirectional": True, "bias": False, "batch_first": True}, (2, 3, 2), False, True),
    ("LSTM", 3, 5, {"num_layers": 3, "dropout": 0.4}, (5, 2, 3), False, True),
    ("LSTM", 3, 5, {"num_layers": 2, "dropout": 0.4}, (5, 2, 3), True, False),
    ("LSTM", 3, 5, {"num_layers": 2}, (4, 3), True, True),
    ("LSTM", 3, 5, {"batch_first": True}, (4, 3), False, True),
    ("GRU", 3, 4, {}, (5, 2, 3), False, True),
    ("GRU", 3, 4, {"num_layers": 2, "batch_first": True, "dropout": 0.5, "bidirectional": True}, (2, 4, 3), True, True),
    ("GRU", 3, 4, {"bias": False}, (3, 3), True, True),
]
mods = []
for i, (kind, a, b, kw, xshape, with_h, training) in enumerate(cases):
    seed = 10 + i
    torch.manual_seed(seed)
    m = make(kind, a, b, kw)
    m.train(training)
    x = torch.randn(xshape, dtype=torch.float64).float().requires_grad_()
    dirs = 2 if kw.get("bidirectional") else 1
    layers = kw.get("num_layers", 1)
    real = kw.get("proj_size", 0) or b
    unb = len(xshape) == 2
    bs = xshape[0] if kw.get("batch_first") else xshape[1]
    hshape = (layers * dirs, real) if unb else (layers * dirs, bs, real)
    cshape = (layers * dirs, b) if unb else (layers * dirs, bs, b)
    h0 = torch.randn(hshape).requires_grad_() if with_h else None
    c0 = torch.randn(cshape).requires_grad_() if with_h and kind == "LSTM" else None
    torch.manual_seed(seed + 100)
    if kind == "LSTM":
        o, (hn, cn) = m(x, (h0, c0)) if with_h else m(x)
    else:
        o, hn = m(x, h0) if with_h else m(x)
        cn = None
    loss = (o * weight(o)).sum() + (hn * weight(hn)).sum() + ((cn * weight(cn)).sum() if cn is not None else 0)
    loss.backward()
    mods.append({"kind": kind, "input_size": a, "hidden_size": b, "kw": kw, "seed": seed, "training": training,
                 "repr": repr(m), "keys": list(m.state_dict().keys()),
                 "params": {k: tens(v) for k, v in m.state_dict().items()},
                 "x": tens(x), "h0": tens(h0), "c0": tens(c0),
                 "output": tens(o), "h_n": tens(hn), "c_n": tens(cn),
                 "grad_fn": [name(o), name(hn), name(cn) if cn is not None else None],
                 "x_grad": tens(x.grad), "h0_grad": tens(h0.grad) if with_h else None,
                 "c0_grad": tens(c0.grad) if c0 is not None else None,
                 "param_grads": {k: tens(p.grad) for k, p in m.named_parameters()}})
out["modules"] = mods

# ---------------------------------------------------------------- 2. packed input
# sequences of lengths `lens` (randn (L, in)), packed with pack_sequence(enforce_sorted); the module
# on the packed sequence (h0/c0 randn when given); loss over the packed output's data and the states.
packed = []
for i, (kind, kw, lens, enforce, with_h) in enumerate([
        ("LSTM", {}, [4, 3, 1], True, False),
        ("LSTM", {"num_layers": 2, "bidirectional": True}, [2, 4, 1, 4], False, True),
        ("GRU", {"bidirectional": True}, [3, 5, 2], False, False),
        ("RNN", {"num_layers": 2, "dropout": 0.3}, [1, 3, 2], False, True),
        ("LSTM", {"proj_size": 2, "bidirectional": True}, [3, 1, 3], False, True)]):
    seed = 50 + i
    torch.manual_seed(seed)
    m = make(kind, 3, 4, kw)
    seqs = [torch.randn(L, 3).requires_grad_() for L in lens]
    p = R.pack_sequence(seqs, enforce_sorted=enforce)
    dirs = 2 if kw.get("bidirectional") else 1
    real = kw.get("proj_size", 0) or 4
    n = kw.get("num_layers", 1) * dirs
    h0 = torch.randn(n, len(lens), real).requires_grad_() if with_h else None
    c0 = torch.randn(n, len(lens), 4).requires_grad_() if with_h and kind == "LSTM" else None
    torch.manual_seed(seed + 100)
    if kind == "LSTM":
        po, (hn, cn) = m(p, (h0, c0)) if with_h else m(p)
    else:
        po, hn = m(p, h0) if with_h else m(p)
        cn = None
    padded, plens = R.pad_packed_sequence(po, batch_first=True)
    loss = (po.data * weight(po.data)).sum() + (hn * weight(hn)).sum() + ((cn * weight(cn)).sum() if cn is not None else 0)
    loss.backward()
    packed.append({"kind": kind, "kw": kw, "seed": seed, "lens": lens, "enforce_sorted": enforce,
                   "seqs": [tens(s) for s in seqs], "h0": tens(h0), "c0": tens(c0),
                   "data": tens(po.data), "batch_sizes": tens(po.batch_sizes),
                   "sorted_indices": tens(po.sorted_indices), "unsorted_indices": tens(po.unsorted_indices),
                   "h_n": tens(hn), "c_n": tens(cn), "padded": tens(padded), "lengths": tens(plens),
                   "grad_fn": [name(po.data), name(hn)],
                   "seq_grads": [tens(s.grad) for s in seqs], "h0_grad": tens(h0.grad) if with_h else None,
                   "param_grads": {k: tens(q.grad) for k, q in m.named_parameters()}})
out["packed"] = packed

# ---------------------------------------------------------------- 3. cells
cells = []
for i, (kind, kw, xshape, with_h) in enumerate([
        ("RNNCell", {}, (3, 4), True), ("RNNCell", {"nonlinearity": "relu", "bias": False}, (3, 4), False),
        ("RNNCell", {}, (4,), True), ("LSTMCell", {}, (2, 4), True), ("LSTMCell", {"bias": False}, (4,), True),
        ("LSTMCell", {}, (3, 4), False), ("GRUCell", {}, (2, 4), True), ("GRUCell", {}, (4,), False)]):
    seed = 70 + i
    torch.manual_seed(seed)
    m = getattr(nn, kind)(4, 5, **kw)
    x = torch.randn(xshape).requires_grad_()
    hshape = (5,) if len(xshape) == 1 else (xshape[0], 5)
    h0 = torch.randn(hshape).requires_grad_() if with_h else None
    c0 = torch.randn(hshape).requires_grad_() if with_h and kind == "LSTMCell" else None
    if kind == "LSTMCell":
        h, c = m(x, (h0, c0)) if with_h else m(x)
    else:
        h = m(x, h0) if with_h else m(x)
        c = None
    loss = (h * weight(h)).sum() + ((c * weight(c)).sum() if c is not None else 0)
    loss.backward()
    cells.append({"kind": kind, "kw": kw, "seed": seed, "repr": repr(m), "keys": list(m.state_dict().keys()),
                  "params": {k: tens(v) for k, v in m.state_dict().items()},
                  "x": tens(x), "h0": tens(h0), "c0": tens(c0), "h": tens(h), "c": tens(c),
                  "grad_fn": [name(h), name(c) if c is not None else None],
                  "x_grad": tens(x.grad), "h0_grad": tens(h0.grad) if with_h else None,
                  "c0_grad": tens(c0.grad) if c0 is not None else None,
                  "param_grads": {k: tens(q.grad) for k, q in m.named_parameters() if q.grad is not None}})
out["cells"] = cells

# ---------------------------------------------------------------- 4. nn.utils.rnn
torch.manual_seed(3)
a, b, c = torch.randn(3, 2), torch.randn(5, 2), torch.randn(3, 2)
utils = {"seqs": [tens(a), tens(b), tens(c)]}
utils["pad"] = tens(R.pad_sequence([a, b, c]))
utils["pad_bf"] = tens(R.pad_sequence([a, b, c], batch_first=True, padding_value=-1.5))
ia, ib = torch.tensor([1, 2, 3]), torch.tensor([4, 5])
utils["pad_int"] = tens(R.pad_sequence([ia, ib], batch_first=True, padding_value=9))
p = R.pack_sequence([a, b, c], enforce_sorted=False)  # ties: lengths 3, 5, 3
utils["pack_unsorted"] = {"data": tens(p.data), "batch_sizes": tens(p.batch_sizes),
                          "sorted_indices": tens(p.sorted_indices), "unsorted_indices": tens(p.unsorted_indices)}
padded, lens = R.pad_packed_sequence(p, batch_first=True, padding_value=7.0, total_length=6)
utils["unpack_unsorted"] = {"padded": tens(padded), "lengths": tens(lens), "grad_fn": name(padded)}
x = R.pad_sequence([b, a, c], batch_first=True)
p2 = R.pack_padded_sequence(x, [5, 3, 3], batch_first=True)
p3 = R.pack_padded_sequence(x.transpose(0, 1), torch.tensor([5, 3, 3]))
utils["pack_list"] = {"data": tens(p2.data), "batch_sizes": tens(p2.batch_sizes)}
utils["pack_tensor_same"] = bool(torch.equal(p2.data, p3.data))
padded2, lens2 = R.pad_packed_sequence(p2)
utils["unpack_sorted"] = {"padded": tens(padded2), "lengths": tens(lens2)}
small = R.pack_sequence([torch.tensor([1, 2, 3]), torch.tensor([4, 5])])
utils["repr_sorted"] = repr(small)
utils["repr_unsorted"] = repr(R.pack_sequence([torch.tensor([1., 2.]), torch.tensor([3., 4., 5.])], enforce_sorted=False))
ga = a.clone().requires_grad_()
gp = R.pack_sequence([b, ga], enforce_sorted=False)
utils["pack_grad_fn"] = name(gp.data)
utils["pad_grad_fn"] = name(R.pad_sequence([ga, b]))
out["utils"] = utils

# ---------------------------------------------------------------- 5. errors
errs = {}
lstm = nn.LSTM(3, 4, num_layers=2)
gru = nn.GRU(3, 4, bidirectional=True)
errs["input_size"] = error(lambda: lstm(torch.randn(5, 2, 4)))
errs["input_dims"] = error(lambda: gru(torch.randn(5, 2, 3, 1)))
errs["hidden_size"] = error(lambda: gru(torch.randn(5, 2, 3), torch.randn(2, 2, 5)))
errs["hidden_batch"] = error(lambda: gru(torch.randn(5, 2, 3), torch.randn(2, 3, 4)))
errs["lstm_h"] = error(lambda: lstm(torch.randn(5, 2, 3), (torch.randn(1, 2, 4), torch.randn(2, 2, 4))))
errs["lstm_c"] = error(lambda: lstm(torch.randn(5, 2, 3), (torch.randn(2, 2, 4), torch.randn(2, 2, 3))))
errs["lstm_hx_dims"] = error(lambda: lstm(torch.randn(5, 2, 3), (torch.randn(2, 4), torch.randn(2, 2, 4))))
errs["lstm_unbatched_dims"] = error(lambda: lstm(torch.randn(5, 3), (torch.randn(2, 1, 4), torch.randn(2, 4))))
errs["gru_hx_dims"] = error(lambda: gru(torch.randn(5, 2, 3), torch.randn(2, 4)))
errs["gru_unbatched_dims"] = error(lambda: gru(torch.randn(5, 3), torch.randn(2, 1, 4)))
errs["packed_dims"] = error(lambda: gru(R.PackedSequence(torch.randn(5, 2, 3), torch.tensor([2, 2, 1]))))
errs["proj_ge_hidden"] = error(lambda: nn.LSTM(3, 4, proj_size=4))
errs["proj_negative"] = error(lambda: nn.LSTM(3, 4, proj_size=-1))
errs["proj_gru"] = error(lambda: nn.GRU(3, 4, proj_size=2))
errs["dropout_range"] = error(lambda: nn.RNN(3, 4, dropout=1.5))
errs["nonlinearity"] = error(lambda: nn.RNN(3, 4, nonlinearity="sigmoid"))
cell = nn.LSTMCell(3, 4)
errs["cell_input"] = error(lambda: cell(torch.randn(2, 5)))
errs["cell_batch"] = error(lambda: cell(torch.randn(2, 3), (torch.randn(3, 4), torch.randn(2, 4))))
errs["cell_hidden1"] = error(lambda: cell(torch.randn(2, 3), (torch.randn(2, 4), torch.randn(2, 5))))
errs["gru_cell_hidden"] = error(lambda: nn.GRUCell(3, 4)(torch.randn(2, 3), torch.randn(2, 3)))
errs["cell_dims"] = error(lambda: nn.RNNCell(3, 4)(torch.randn(2, 2, 3)))
errs["pack_unsorted"] = error(lambda: R.pack_padded_sequence(torch.randn(4, 2, 1), [2, 3]))
errs["pack_zero"] = error(lambda: R.pack_padded_sequence(torch.randn(4, 2, 1), [3, 0]))
errs["pack_len_count"] = error(lambda: R.pack_padded_sequence(torch.randn(4, 2, 1), [3, 2, 1]))
errs["pack_empty"] = error(lambda: R.pack_padded_sequence(torch.randn(0, 2, 1), [0, 0]))
errs["pad_total_length"] = error(lambda: R.pad_packed_sequence(R.pack_sequence([torch.randn(3), torch.randn(2)]), total_length=2))
errs["pad_empty"] = error(lambda: R.pad_sequence([]))
out["errors"] = errs

# ---------------------------------------------------------------- 6. whole backward graphs (depth-first node names)
def walk(f, acc):
    if f is None:
        return
    acc.append(f.name())
    for nf, _ in f.next_functions:
        walk(nf, acc)

graphs = {}
for key, make_m, xs in [("lstm", lambda: nn.LSTM(2, 3), (2, 1, 2)), ("lstm_proj", lambda: nn.LSTM(2, 3, proj_size=1), (2, 1, 2)),
                        ("gru", lambda: nn.GRU(2, 3), (2, 1, 2)), ("rnn_relu_nobias", lambda: nn.RNN(2, 3, nonlinearity="relu", bias=False), (2, 1, 2)),
                        ("lstm_cell", lambda: nn.LSTMCell(2, 3), (1, 2)), ("gru_cell", lambda: nn.GRUCell(2, 3), (1, 2))]:
    torch.manual_seed(0)
    m = make_m()
    r = m(torch.randn(xs))
    o = r[0] if isinstance(r, tuple) else r
    acc = []
    walk(o.grad_fn, acc)
    graphs[key] = acc
out["graphs"] = graphs

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rnn.json"), "w") as f:
    json.dump(out, f, indent=1)
