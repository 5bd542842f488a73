# The ops PyTorch 1.13 offers in both spellings, torch.X(t, ...) and t.X(...):
# set(dir(torch)) & set(dir(torch.Tensor)), less what torch4j leaves out on purpose (each with why).
# Run with real PyTorch: /usr/bin/python3 gen_namespace.py > namespace.json
import json, types, warnings
warnings.simplefilter("ignore")
import torch

COMPLEX = {"angle": None, "cdouble": None, "cfloat": None, "chalf": None, "conj": None,
           "conj_physical": None, "conj_physical_": None, "imag": None, "real": None,
           "is_conj": None, "resolve_conj": None, "resolve_neg": None, "is_neg": None,
           "is_complex": None, "isreal": None}
QUANTIZED = {"dequantize", "int_repr", "q_per_channel_axis", "q_per_channel_scales",
             "q_per_channel_zero_points", "q_scale", "q_zero_point", "qscheme"}
SPARSE = {"smm", "sspaddmm", "resize_as_sparse_"}
INTERNAL = {"is_distributed", "unsafe_chunk", "unsafe_split", "unsafe_split_with_sizes",
            "as_strided_", "index_put_"}  # unsafe_* are autograd-internal twins of chunk/split
SIGNAL = {"stft", "istft"}  # need complex output
LAPACK_ONLY = {"geqrf", "orgqr", "ormqr", "lu_solve", "lu", "cholesky_inverse", "cholesky_solve",
               "triangular_solve", "matrix_exp", "mvlgamma", "igamma", "igammac", "polygamma",
               "name"}

names, excluded = [], {}
for n in sorted(set(dir(torch)) & set(dir(torch.Tensor))):
    if n.startswith("_"):
        excluded[n] = "internal (leading underscore)"; continue
    obj = getattr(torch, n)
    if isinstance(obj, (type, types.ModuleType, torch.dtype)) or not callable(obj):
        excluded[n] = "torch.%s is a %s, not a function form of the method" % (n, type(obj).__name__); continue
    if n in COMPLEX: excluded[n] = "complex numbers (torch4j has no complex dtypes)"; continue
    if n in QUANTIZED: excluded[n] = "quantized tensors"; continue
    if n in SPARSE: excluded[n] = "sparse tensors"; continue
    if n in INTERNAL: excluded[n] = "backend-internal or unsafe twin of a public op"; continue
    if n in SIGNAL: excluded[n] = "signal processing with complex output"; continue
    if n in LAPACK_ONLY: excluded[n] = "LAPACK-level routine or special function beyond the learner's set"; continue
    if n == "symeig":
        excluded[n] = "deprecated in PyTorch 1.13 (its warning names torch.linalg.eigh)"; continue
    try:
        f, a = getattr(torch, n), torch.eye(2)
        try:
            f(a, a)
        except TypeError:
            f(a)
    except RuntimeError as e:
        if "removed" in str(e) or "deprecated" in str(e):
            excluded[n] = "removed from PyTorch 1.13 (calling it raises: %s)" % str(e).split("\n")[0][:80]; continue
    except Exception:
        pass
    names.append(n)
print(json.dumps({"torch": torch.__version__, "both_spellings": names, "excluded": excluded}, indent=1))
