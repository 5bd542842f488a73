# Python's format(value, spec) (what an f-string field {value:spec} prints) for floats, ints,
# bools, strings and 0-dim tensors, for FormatSpecTest. Run: /usr/bin/python3 gen_format_spec.py
import json
import torch

floats = [0.0, -0.0, 0.5, 0.125, 0.03125, 2.675, 1.00005, 2.00005, 0.123456789, 1e-05, 3.14159265,
          12345.678, -1234567.891, 1e16, 1.5e-7, 100.0, 0.75, -0.0004, 2.5, 99.995, 1e300, float('inf'),
          float('-inf'), float('nan'), 0.1 + 0.2, 123456789.0, 7.0]
float_specs = ["", ".4f", ".2f", ".0f", ".3e", ".2e", "e", "f", "g", ".3g", ".10g", "G", ".1%", "%", ".3",
               "8.3f", "<10.2f", "^12.4f", "+.2f", " .1f", "010.3f", ",.2f", "_.1f", ",", "#.0f", ".0e",
               "=+10.2f", "*>9.1f", "10", "#.3g", ".2E", "z.1f", ".2F"]
ints = [0, 7, -42, 255, 1234567, -9876543210]
int_specs = ["", "d", "5d", "03d", "<5", "^7", "+d", ",", "_", "x", "X", "#x", "o", "#o", "b", "#b",
             ".2f", "e", ".1%", "=+8", "*^9d", "n"]
bools = [True, False]
bool_specs = ["", "d", ">6", "5", ".1f"]
strs = ["cat", "", "longer text"]
str_specs = ["", "s", "5s", ">5", "<6", "^7", "*^9", ".2", "10.2s"]
rows = []
for v in floats:
    for s in float_specs:
        rows.append(["float", v.hex(), s, format(v, s)])
for v in ints:
    for s in int_specs:
        rows.append(["int", str(v), s, format(v, s)])
for v in bools:
    for s in bool_specs:
        rows.append(["bool", str(v), s, format(v, s)])
for v in strs:
    for s in str_specs:
        rows.append(["str", v, s, format(v, s)])
# a 0-dim tensor formats as its item(); a float32 one as the float32 value widened
tensors = [("float32", 0.123456789), ("float64", 2.675), ("int64", 42), ("bool", True), ("float32", 1e-05)]
for dt, v in tensors:
    t = torch.tensor(v, dtype=getattr(torch, dt))
    for s in ["", ".4f", ".2e", "8.3f", ".1%"] if dt != "bool" else ["", ">6"]:
        rows.append(["tensor_" + dt, repr(v), s, format(t, s)])
with open("format_spec_cases.json", "w") as f:
    json.dump({"torch": torch.__version__, "rows": rows}, f, indent=0)
print(len(rows), "rows")
