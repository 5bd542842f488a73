"""The names torch4j.nn is measured against: PyTorch 1.13's nn module classes (every class in
dir(torch.nn) that subclasses nn.Module) and torch.nn.functional's public functions (every
callable in dir(F) not starting with "_"), minus the explicit exclusions below, each with why.
Run with /usr/bin/python3 (Debian's python3-torch); writes nncoverage.json next to this file.
NnCoverageTest maps each name to Java (classes keep their names; functions go snake_case to
camelCase by the README's rules) and counts what torch4j has."""
import json, os
import torch, torch.nn as nn, torch.nn.functional as F

LAZY = "lazy module: infers its sizes (UninitializedParameter) at the first call; torch4j modules are built with their sizes"
EXCLUDED_MODULES = {
    "Container": "deprecated base class (nn.Container warns and says to use nn.Module)",
    "DataParallel": "multi-GPU replication across devices; torch4j runs one device per process",
    "SyncBatchNorm": "batch statistics synchronised across processes by torch.distributed, which torch4j does not have",
    **{name: LAZY for name in dir(nn) if name.startswith("Lazy")},
}
NOT_A_FUNCTION = "an import or a helper of the module's own code, not part of the functional API"
EXCLUDED_FUNCTIONS = {
    # typing names and dispatch helpers that functional.py imports
    "Callable": NOT_A_FUNCTION, "List": NOT_A_FUNCTION, "Optional": NOT_A_FUNCTION, "Tuple": NOT_A_FUNCTION, "Union": NOT_A_FUNCTION,
    "boolean_dispatch": NOT_A_FUNCTION, "handle_torch_function": NOT_A_FUNCTION, "has_torch_function": NOT_A_FUNCTION,
    "has_torch_function_unary": NOT_A_FUNCTION, "has_torch_function_variadic": NOT_A_FUNCTION,
    "assert_int_or_pair": NOT_A_FUNCTION,
    "native_channel_shuffle": "ATen's kernel behind channel_shuffle, exported for TorchScript; channel_shuffle is the API",
}
# quantized and sparse layers live in torch.nn.quantized / torch.ao and torch.sparse, not in dir(torch.nn),
# so they are not in the lists to begin with.

modules = sorted(n for n in dir(nn) if isinstance(getattr(nn, n), type) and issubclass(getattr(nn, n), nn.Module))
functions = sorted(n for n in dir(F) if not n.startswith("_") and callable(getattr(F, n)) and not isinstance(getattr(F, n), type)
                   or n in ("Callable", "List", "Optional", "Tuple", "Union"))
for name in EXCLUDED_MODULES: assert name in modules, name
for name in EXCLUDED_FUNCTIONS: assert name in functions, name

out = {"torch": torch.__version__,
       "modules": [m for m in modules if m not in EXCLUDED_MODULES],
       "functions": [f for f in functions if f not in EXCLUDED_FUNCTIONS],
       "excluded_modules": EXCLUDED_MODULES,
       "excluded_functions": EXCLUDED_FUNCTIONS}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "nncoverage.json"), "w") as f:
    json.dump(out, f, indent=1, sort_keys=False)
    f.write("\n")
print(len(out["modules"]), "modules,", len(out["functions"]), "functions")
