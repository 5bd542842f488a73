# Golden data for ActivationBackwardBitsTest: ATen's sigmoid_backward and tanh_backward (the
# kernels of SigmoidBackward0 / TanhBackward0) on random gradients and results, float32 and
# float64, to compare bit for bit. Run with real PyTorch 1.13: /usr/bin/python3 gen_act_backward_bits.py
import json
import torch

torch.manual_seed(14)
cases = []
for dtype in (torch.float32, torch.float64):
    x = torch.randn(997, dtype=dtype) * 3
    g = torch.randn(997, dtype=dtype)
    g[:6] = torch.tensor([0.0, -0.0, 1.0, float('inf'), float('nan'), -1e-30], dtype=dtype)
    for op, fwd in (('sigmoid_backward', torch.sigmoid), ('tanh_backward', torch.tanh)):
        y = fwd(x)
        r = getattr(torch.ops.aten, op)(g, y)
        cases.append({'op': op, 'dtype': str(dtype).replace('torch.', ''),
                      'g': [repr(v) for v in g.tolist()], 'y': [repr(v) for v in y.tolist()],
                      'out': [repr(v) for v in r.tolist()]})
with open('act_backward_bits.json', 'w') as f:
    json.dump({'torch': torch.__version__, 'cases': cases}, f)
