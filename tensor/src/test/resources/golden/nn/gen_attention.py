"""Golden values for torch4j's attention and Transformer layers from real PyTorch 1.13: reprs,
state_dict keys, default initialisation, MultiheadAttention forward/backward over its options and
mask kinds (with the autograd graph), the Transformer layers in train mode (dropout draws), eval
mode with autograd (the ordinary path) and eval mode under no_grad (PyTorch's fused fast path),
error messages, and generate_square_subsequent_mask. Run with /usr/bin/python3; writes
attention.json next to this file. Every case is rebuilt in Java from its spec: seed, constructor
arguments, input shapes drawn with randn in the listed order, masks given as values."""
import json, os, warnings
import torch, torch.nn as nn, torch.nn.functional as F

warnings.simplefilter("ignore")
out = {"torch": torch.__version__}


def vals(t):
    return [float(v).hex() for v in t.detach().reshape(-1).tolist()]


def tens(t):
    if t is None:
        return None
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
            "values": vals(t) if t.is_floating_point() else [int(v) for v in t.reshape(-1).tolist()]}


def desc(fn):
    if fn is None:
        return "None"
    kids = [desc(f) for f, _ in fn.next_functions]
    return fn.name() + ("(" + ", ".join(kids) + ")" if kids else "")


def error(f):
    try:
        f()
    except BaseException as e:
        return {"type": type(e).__name__, "message": str(e)}
    raise AssertionError("no error")


def mha(c):
    return nn.MultiheadAttention(c["embed_dim"], c["num_heads"], dropout=c.get("dropout", 0.0), bias=c.get("bias", True),
                                 add_bias_kv=c.get("add_bias_kv", False), add_zero_attn=c.get("add_zero_attn", False),
                                 kdim=c.get("kdim"), vdim=c.get("vdim"), batch_first=c.get("batch_first", False))


def enc_layer(c):
    return nn.TransformerEncoderLayer(c["d_model"], c["nhead"], c["dim_feedforward"], c["dropout"], c.get("activation", "relu"),
                                      c.get("layer_norm_eps", 1e-5), c.get("batch_first", False), c.get("norm_first", False))


def dec_layer(c):
    return nn.TransformerDecoderLayer(c["d_model"], c["nhead"], c["dim_feedforward"], c["dropout"], c.get("activation", "relu"),
                                      c.get("layer_norm_eps", 1e-5), c.get("batch_first", False), c.get("norm_first", False))


def build(kind, c):
    if kind == "mha":
        return mha(c)
    if kind == "encoder_layer":
        return enc_layer(c)
    if kind == "decoder_layer":
        return dec_layer(c)
    if kind == "encoder":
        return nn.TransformerEncoder(enc_layer(c), c["num_layers"], nn.LayerNorm(c["d_model"]) if c.get("norm") else None,
                                     enable_nested_tensor=c.get("enable_nested_tensor", True))
    if kind == "decoder":
        return nn.TransformerDecoder(dec_layer(c), c["num_layers"], nn.LayerNorm(c["d_model"]) if c.get("norm") else None)
    if kind == "transformer":
        return nn.Transformer(c["d_model"], c["nhead"], c["num_encoder_layers"], c["num_decoder_layers"], c["dim_feedforward"],
                              c["dropout"], c.get("activation", "relu"), layer_norm_eps=c.get("layer_norm_eps", 1e-5),
                              batch_first=c.get("batch_first", False), norm_first=c.get("norm_first", False))
    raise ValueError(kind)


# ---------------------------------------------------------------- 1. modules: repr, keys, init (seed 0)
MODULES = [
    ("mha", {"embed_dim": 8, "num_heads": 2}),
    ("mha", {"embed_dim": 6, "num_heads": 3, "dropout": 0.1, "bias": False, "add_bias_kv": True, "add_zero_attn": True,
             "kdim": 4, "vdim": 5, "batch_first": True}),
    ("mha", {"embed_dim": 4, "num_heads": 1, "add_bias_kv": True, "kdim": 3}),
    ("encoder_layer", {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1}),
    ("encoder_layer", {"d_model": 8, "nhead": 4, "dim_feedforward": 12, "dropout": 0.0, "activation": "gelu",
                       "layer_norm_eps": 1e-6, "batch_first": True, "norm_first": True}),
    ("decoder_layer", {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1}),
    ("encoder", {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 2, "norm": True}),
    ("decoder", {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 2}),
    ("transformer", {"d_model": 8, "nhead": 2, "num_encoder_layers": 2, "num_decoder_layers": 1, "dim_feedforward": 16,
                     "dropout": 0.1}),
]
mods = []
for kind, c in MODULES:
    torch.manual_seed(0)
    m = build(kind, c)
    mods.append({"kind": kind, "config": c, "repr": repr(m), "state_dict": list(m.state_dict().keys()),
                 "named_modules": [n for n, _ in m.named_modules()],
                 "params": {n: tens(p) for n, p in m.named_parameters()}, "rand_after": vals(torch.rand(3))})
out["modules"] = mods
out["default_transformer_repr"] = repr(nn.Transformer(16, 2, 1, 1, 8))

# ---------------------------------------------------------------- 2. MultiheadAttention forward/backward
# manual_seed(seed); m = MHA(config); q = randn(q_shape) [k = randn(k_shape)] [v = randn(v_shape)] (leaves
# requiring grad; key "q" means the query tensor itself, value "k" the key tensor); m.train(train);
# manual_seed(seed + 1); o, w = m(q, k, v, kpm, need_weights, attn_mask, average);
# loss = (o * o).sum() + (w * w).sum() if w is not None; loss.backward().
def bool_t(rows):
    return torch.tensor(rows, dtype=torch.bool)


MHA_CASES = [
    {"name": "self", "config": {"embed_dim": 8, "num_heads": 2}, "q": [3, 2, 8], "k": "q", "v": "k"},
    {"name": "cross_kv_same_float_mask_per_head", "config": {"embed_dim": 8, "num_heads": 2}, "q": [3, 2, 8], "k": [5, 2, 8], "v": "k",
     "attn_mask": torch.tensor([[0.0, -1.0, 0.5, 0.0, -float("inf")]] * 3), "average": False},
    {"name": "separate_qkv", "config": {"embed_dim": 8, "num_heads": 4}, "q": [4, 3, 8], "k": [2, 3, 8], "v": [2, 3, 8]},
    {"name": "kdim_vdim_bias_kv_zero_attn", "config": {"embed_dim": 6, "num_heads": 3, "add_bias_kv": True, "add_zero_attn": True,
                                                        "kdim": 4, "vdim": 5},
     "q": [3, 2, 6], "k": [4, 2, 4], "v": [4, 2, 5], "kpm": bool_t([[False, False, True, False], [False, True, True, False]]),
     "attn_mask": torch.tensor([[i % 2 == 0 and j == 1 for j in range(4)] for i in range(3)] * 6).reshape(6, 3, 4)},
    {"name": "batch_first_kpm_and_bool_mask", "config": {"embed_dim": 8, "num_heads": 2, "batch_first": True}, "q": [2, 4, 8],
     "k": "q", "v": "k", "kpm": bool_t([[False, False, False, True], [False, False, True, True]]),
     "attn_mask": torch.triu(torch.ones(4, 4, dtype=torch.bool), 1)},
    {"name": "kpm_bool_float_mask", "config": {"embed_dim": 8, "num_heads": 2}, "q": [4, 2, 8], "k": "q", "v": "k",
     "kpm": bool_t([[False, True, False, False], [False, False, False, True]]), "attn_mask": nn.Transformer.generate_square_subsequent_mask(4)},
    {"name": "float_kpm", "config": {"embed_dim": 8, "num_heads": 2}, "q": [3, 2, 8], "k": [4, 2, 8], "v": [4, 2, 8],
     "kpm": torch.tensor([[0.0, -2.0, 0.0, 1.0], [0.5, 0.0, -float("inf"), 0.0]])},
    {"name": "unbatched", "config": {"embed_dim": 8, "num_heads": 2}, "q": [3, 8], "k": "q", "v": "k",
     "kpm": bool_t([False, False, True]), "average": False},
    {"name": "unbatched_cross_3d_mask", "config": {"embed_dim": 4, "num_heads": 2, "kdim": 3, "vdim": 3}, "q": [2, 4], "k": [5, 3],
     "v": "k", "attn_mask": torch.zeros(2, 2, 5).index_fill_(2, torch.tensor([0]), -1.0)},
    {"name": "no_weights_no_bias", "config": {"embed_dim": 8, "num_heads": 2, "bias": False}, "q": [3, 2, 8], "k": "q", "v": "k",
     "need_weights": False},
    {"name": "byte_mask", "config": {"embed_dim": 8, "num_heads": 2}, "q": [3, 2, 8], "k": "q", "v": "k",
     "attn_mask": torch.tensor([[0, 1, 0], [0, 0, 1], [0, 0, 0]], dtype=torch.uint8)},
    {"name": "dropout_train", "config": {"embed_dim": 8, "num_heads": 2, "dropout": 0.3}, "q": [4, 3, 8], "k": "q", "v": "k"},
    {"name": "dropout_eval", "config": {"embed_dim": 8, "num_heads": 2, "dropout": 0.3}, "q": [4, 3, 8], "k": "q", "v": "k", "train": False},
    {"name": "dropout_batch_first_cross", "config": {"embed_dim": 8, "num_heads": 4, "dropout": 0.5, "batch_first": True},
     "q": [2, 3, 8], "k": [2, 5, 8], "v": "k", "need_weights": True, "average": False},
]
mha_out = []
for case in MHA_CASES:
    torch.manual_seed(case.get("seed", 3))
    m = mha(case["config"])
    q = torch.randn(case["q"]).requires_grad_()
    k = q if case["k"] == "q" else torch.randn(case["k"]).requires_grad_()
    v = k if case["v"] == "k" else torch.randn(case["v"]).requires_grad_()
    m.train(case.get("train", True))
    torch.manual_seed(case.get("seed", 3) + 1)
    o, w = m(q, k, v, key_padding_mask=case.get("kpm"), need_weights=case.get("need_weights", True),
             attn_mask=case.get("attn_mask"), average_attn_weights=case.get("average", True))
    loss = (o * o).sum() + ((w * w).sum() if w is not None else 0)
    loss.backward()
    grads = {n: tens(p.grad) for n, p in m.named_parameters()}
    grads["q"] = tens(q.grad)
    if case["k"] != "q":
        grads["k"] = tens(k.grad)
    if case["v"] != "k":
        grads["v"] = tens(v.grad)
    spec = {key: (tens(val) if isinstance(val, torch.Tensor) else val) for key, val in case.items()}
    mha_out.append({"case": spec, "out": tens(o), "weights": tens(w), "grads": grads, "graph_out": desc(o.grad_fn),
                    "graph_weights": desc(w.grad_fn) if w is not None else None, "repr_prefix": repr((o, w))[:60]})
out["mha"] = mha_out

# ---------------------------------------------------------------- 3. Transformer layers
# manual_seed(seed); m = build(kind, config); src = randn(src) [tgt = randn(tgt)]; masks from the spec;
# mode "train": manual_seed(seed + 1), forward, loss = (y * randn(y.shape)).sum() (not y * y: the
# squares of a LayerNorm's output sum to a near constant, leaving gradients of rounding noise), backward (grads of all parameters);
# "eval": m.eval(), same with autograd (PyTorch's ordinary path); "eval_nograd": m.eval() under no_grad
# (PyTorch's fast path where it applies), output only.
LAYER_CASES = [
    {"name": "enc_layer", "kind": "encoder_layer", "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1},
     "src": [5, 3, 8]},
    {"name": "enc_layer_gelu_norm_first_bf", "kind": "encoder_layer",
     "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 12, "dropout": 0.2, "activation": "gelu", "batch_first": True,
                "norm_first": True, "layer_norm_eps": 1e-6},
     "src": [3, 4, 8], "src_mask": nn.Transformer.generate_square_subsequent_mask(4),
     "src_key_padding_mask": bool_t([[False, False, False, True], [False, False, False, False], [False, True, False, False]])},
    {"name": "enc_layer_bf_kpm", "kind": "encoder_layer",
     "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "batch_first": True},
     "src": [2, 4, 8], "src_key_padding_mask": bool_t([[False, False, True, True], [False, False, False, True]])},
    {"name": "encoder_norm_mask", "kind": "encoder",
     "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 2, "norm": True},
     "src": [4, 2, 8], "src_mask": nn.Transformer.generate_square_subsequent_mask(4)},
    {"name": "encoder_bf_nested", "kind": "encoder",
     "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 2, "batch_first": True, "norm": True},
     "src": [2, 4, 8], "src_key_padding_mask": bool_t([[False, False, True, True], [False, False, False, True]])},
    {"name": "encoder_bf_nested_disabled", "kind": "encoder",
     "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 1, "batch_first": True,
                "enable_nested_tensor": False},
     "src": [2, 4, 8], "src_key_padding_mask": bool_t([[False, False, True, True], [False, False, False, True]])},
    {"name": "encoder_bf_not_left_aligned", "kind": "encoder",
     "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 2, "batch_first": True},
     "src": [2, 4, 8], "src_key_padding_mask": bool_t([[True, False, False, True], [False, False, False, True]])},
    {"name": "dec_layer", "kind": "decoder_layer", "config": {"d_model": 8, "nhead": 2, "dim_feedforward": 16, "dropout": 0.1},
     "src": [5, 2, 8], "tgt": [3, 2, 8], "tgt_mask": nn.Transformer.generate_square_subsequent_mask(3),
     "memory_key_padding_mask": bool_t([[False, False, False, False, True], [False, False, False, True, True]])},
    {"name": "decoder_norm_first", "kind": "decoder",
     "config": {"d_model": 8, "nhead": 4, "dim_feedforward": 16, "dropout": 0.1, "num_layers": 2, "norm_first": True, "norm": True},
     "src": [4, 2, 8], "tgt": [3, 2, 8], "tgt_key_padding_mask": bool_t([[False, False, True], [False, False, False]]),
     "memory_mask": torch.zeros(3, 4).masked_fill_(torch.tensor([[False, True, False, False]] * 3), -float("inf"))},
    {"name": "transformer", "kind": "transformer",
     "config": {"d_model": 8, "nhead": 2, "num_encoder_layers": 2, "num_decoder_layers": 1, "dim_feedforward": 16, "dropout": 0.1},
     "src": [5, 2, 8], "tgt": [3, 2, 8], "tgt_mask": nn.Transformer.generate_square_subsequent_mask(3),
     "src_key_padding_mask": bool_t([[False, False, False, False, True], [False, False, False, False, False]])},
    {"name": "transformer_bf_gelu", "kind": "transformer",
     "config": {"d_model": 8, "nhead": 2, "num_encoder_layers": 1, "num_decoder_layers": 2, "dim_feedforward": 16, "dropout": 0.1,
                "activation": "gelu", "batch_first": True},
     "src": [2, 5, 8], "tgt": [2, 3, 8], "tgt_mask": nn.Transformer.generate_square_subsequent_mask(3)},
]


def run_layer(m, kind, src, tgt, c):
    g = c.get
    if kind in ("encoder_layer",):
        return m(src, src_mask=g("src_mask"), src_key_padding_mask=g("src_key_padding_mask"))
    if kind == "encoder":
        return m(src, mask=g("src_mask"), src_key_padding_mask=g("src_key_padding_mask"))
    if kind in ("decoder_layer", "decoder"):
        return m(tgt, src, tgt_mask=g("tgt_mask"), memory_mask=g("memory_mask"), tgt_key_padding_mask=g("tgt_key_padding_mask"),
                 memory_key_padding_mask=g("memory_key_padding_mask"))
    return m(src, tgt, src_mask=g("src_mask"), tgt_mask=g("tgt_mask"), memory_mask=g("memory_mask"),
             src_key_padding_mask=g("src_key_padding_mask"), tgt_key_padding_mask=g("tgt_key_padding_mask"),
             memory_key_padding_mask=g("memory_key_padding_mask"))


layer_out = []
for case in LAYER_CASES:
    res = {"case": {key: (tens(val) if isinstance(val, torch.Tensor) else val) for key, val in case.items()}}
    for mode in ("train", "eval", "eval_nograd"):
        torch.manual_seed(case.get("seed", 5))
        m = build(case["kind"], case["config"])
        src = torch.randn(case["src"])
        tgt = torch.randn(case["tgt"]) if "tgt" in case else None
        if mode != "train":
            m.eval()
        torch.manual_seed(case.get("seed", 5) + 1)
        if mode == "eval_nograd":
            with torch.no_grad():
                y = run_layer(m, case["kind"], src, tgt, case)
            res[mode] = {"out": tens(y)}
            continue
        y = run_layer(m, case["kind"], src, tgt, case)
        (y * torch.randn(y.shape)).sum().backward()
        res[mode] = {"out": tens(y), "graph": desc(y.grad_fn) if mode == "train" and case["name"] == "enc_layer" else None,
                     "grads": {n: tens(p.grad) for n, p in m.named_parameters() if p.grad is not None}}
    layer_out.append(res)
out["layers"] = layer_out

# ---------------------------------------------------------------- 4. errors and the causal mask
torch.manual_seed(0)
m8 = nn.MultiheadAttention(8, 2)
x = torch.randn(3, 2, 8)
out["errors"] = {
    "divisible": error(lambda: nn.MultiheadAttention(8, 3)),
    "activation": error(lambda: nn.TransformerEncoderLayer(8, 2, activation="tanh")),
    "mask_2d_shape": error(lambda: m8(x, x, x, attn_mask=torch.zeros(3, 4))),
    "mask_3d_shape": error(lambda: m8(x, x, x, attn_mask=torch.zeros(2, 3, 3))),
    "mask_dtype": error(lambda: m8(x, x, x, attn_mask=torch.zeros(3, 3, dtype=torch.long))),
    "kpm_dtype": error(lambda: m8(x, x, x, key_padding_mask=torch.zeros(2, 3, dtype=torch.long))),
    "kpm_shape": error(lambda: m8(x, x, x, key_padding_mask=torch.zeros(2, 4, dtype=torch.bool))),
    "query_dim": error(lambda: m8(x[0, 0], x[0, 0], x[0, 0])),
    "key_dim": error(lambda: m8(x, x[0], x[0])),
    "embed_dim": error(lambda: m8(torch.randn(3, 2, 6), torch.randn(3, 2, 6), torch.randn(3, 2, 6))),
    "kv_shape": error(lambda: m8(x, x, x[:2])),
    "batch_number": error(lambda: nn.Transformer(8, 2, 1, 1, 16)(torch.randn(3, 2, 8), torch.randn(3, 4, 8))),
    "feature_number": error(lambda: nn.Transformer(8, 2, 1, 1, 16)(torch.randn(3, 2, 8), torch.randn(3, 2, 6))),
}
out["square_subsequent_mask"] = {str(n): repr(nn.Transformer.generate_square_subsequent_mask(n)) for n in (1, 3, 5)}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "attention.json"), "w") as fh:
    json.dump(out, fh)
