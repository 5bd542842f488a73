"""Golden values for Python's idioms on tensors (PythonMethods / ScalarFunctions): run with
PyTorch 1.13 as `/usr/bin/python3 gen_python.py > python.json`. Each case is a Python expression;
the JSON keeps str(value) (a tuple as a list, as Java's List prints), the grad_fn name when it has
one, or the error's type and message. PythonGoldenTest spells each case in Java."""
import json
import warnings

import numpy as np
import torch

warnings.simplefilter("ignore")

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
g = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b3 = torch.arange(24.0).view(2, 3, 4)
i = torch.tensor([1, 2, 3])
m = torch.arange(12).view(3, 4)



def linear_state():
    torch.manual_seed(0)
    return torch.nn.Linear(2, 1).state_dict()


def seq_state():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU(), torch.nn.BatchNorm1d(2)).state_dict()


def optim_state(kind):
    torch.manual_seed(0)
    net = torch.nn.Linear(2, 1)
    opt = torch.optim.Adam(net.parameters(), lr=0.01) if kind == "adam" else torch.optim.SGD(net.parameters(), 0.1, momentum=0.9)
    net(torch.ones(1, 2)).sum().backward()
    opt.step()
    return opt.state_dict()


def sched_state(kind):
    torch.manual_seed(0)
    opt = torch.optim.SGD(torch.nn.Linear(2, 1).parameters(), 0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, 2, 0.5) if kind == "step" else torch.optim.lr_scheduler.ReduceLROnPlateau(opt)
    return sched.state_dict()


CASES = {
    "T_2d": "x.T", "T_3d": "b3.T", "T_1d": "torch.arange(3).T", "T_0d": "torch.tensor(1.5).T",
    "T_grad": "g.T", "mT_3d": "b3.mT", "mT_grad": "g.mT", "mT_1d": "torch.arange(3).mT",
    "H_2d": "x.H", "H_grad": "g.H", "H_1d": "torch.arange(3).H", "H_3d": "b3.H", "mH_3d": "b3.mH", "mH_1d": "torch.arange(3).mH",
    "mT_0d": "torch.tensor(2.5).mT", "mH_0d": "torch.tensor(2.5).mH", "adjoint_grad": "torch.adjoint(g)",
    "adjoint_3d": "b3.adjoint()", "adjoint_1d": "torch.adjoint(torch.ones(3))", "adjoint_0d": "torch.tensor(1.0).adjoint()",
    "type_float": "x.type()", "type_long": "i.type()", "type_bool": "torch.tensor([True]).type()",
    "type_double": "x.double().type()", "type_uint8": "torch.tensor([1], dtype=torch.uint8).type()",
    "type_int8": "torch.tensor([1], dtype=torch.int8).type()", "type_int16": "torch.tensor([1], dtype=torch.int16).type()",
    "type_int32": "torch.tensor([1], dtype=torch.int32).type()",
    "type_to_double": "x.type('torch.DoubleTensor')", "type_to_int": "torch.tensor([1.5, -2.5]).type('torch.IntTensor')",
    "type_same": "x.type('torch.FloatTensor')", "type_bad": "x.type('torch.Foo')", "type_bad2": "x.type('foo')",
    "version_new": "torch.ones(2)._version", "version_add_": "torch.ones(2).add_(1)._version",
    "version_two": "torch.ones(2).add_(1).mul_(2)._version", "version_view": "(lambda t: (t[0].fill_(3), t._version)[1])(torch.ones(2))",
    "flatten_1": "b3.flatten(1)", "flatten_neg": "b3.flatten(-2)", "split_4": "torch.split(torch.arange(10), 4)",
    "div_floor_scalar": "torch.tensor([5.0, -5.0]).div(2, rounding_mode='floor')",
    "div_trunc_long": "torch.tensor([5, -5]).div(2, rounding_mode='trunc')",
    "new_ones": "i.new_ones(2, 3)", "new_zeros": "x.new_zeros(3)", "new_empty_shape": "x.new_empty(2, 0).shape",
    "new_full_int": "i.new_full((2,), 7.5)", "new_full_float": "x.new_full((2, 2), 7)",
    "new_full_long": "i.new_full((3,), 9007199254740993)",
    "new_tensor_int": "i.new_tensor([1.5, 2.5])", "new_tensor_float": "x.new_tensor([1, 2])",
    "new_tensor_nested": "x.double().new_tensor([[1, 2], [3, 4]])",
    "new_ones_dtype": "x.new_ones((2,), dtype=torch.int64)", "new_zeros_grad": "x.new_zeros((2,), requires_grad=True)",
    "new_tensor_from_tensor": "x.new_tensor(i)",
    "broadcast_shapes": "torch.broadcast_shapes((2, 1), (3, 1, 1))", "broadcast_shapes_none": "torch.broadcast_shapes()",
    "broadcast_shapes_zero": "torch.broadcast_shapes((2, 0), (1,))", "broadcast_shapes_one": "torch.broadcast_shapes((5,))",
    "broadcast_shapes_bad": "torch.broadcast_shapes((2,), (3,))", "broadcast_shapes_bad2": "torch.broadcast_shapes((2, 3), (4, 1, 2))",
    "broadcast_shapes_neg": "torch.broadcast_shapes((2, -1), (3,))",
    "where_2d": "torch.where(torch.tensor([[True, False], [False, True]]))", "where_long": "torch.where(torch.tensor([0, 2, 0, 3]))",
    "where_float": "torch.where(torch.tensor([[0.0, 1.5], [2.0, 0.0]]))", "where_0d_true": "torch.where(torch.tensor(True))",
    "where_0d_false": "torch.where(torch.tensor(0.0))", "where_empty": "torch.where(torch.zeros(0, 3))",
    "index_list_slice": "m[[0, 1], 2:]", "index_slice_list": "m[1:, [0, 3]]", "index_list": "m[[2, 0]]",
    "index_bool_list": "m[[True, False, True]]", "index_nested": "m[[[0, 1], [2, 2]]]", "index_two_lists": "m[[0, 2], [1, 3]]",
    "index_list_neg": "m[[-1, 0], ::2]", "index_list_oob": "m[[0, 3]]",
    "sub_rev": "torch.sub(2, g)", "sub_rev_long": "torch.sub(2, i)", "sub_rev_float_long": "torch.sub(1.5, i)",
    "div_rev": "torch.div(1, g)", "div_rev_long": "torch.div(1, i)", "div_rev_bool": "torch.div(1, torch.tensor([True, False]))",
    "pow_rev": "torch.pow(2, g)", "pow_rev_long": "torch.pow(2, torch.tensor([0, -1, 3]))", "pow_rev_float_long": "torch.pow(2.5, i)",
    "add_rev": "torch.add(1, g)", "add_rev_long": "torch.add(1, i)", "mul_rev": "torch.mul(2, g)", "mul_rev_long": "torch.mul(2, i)",
    "mul_rev_float_long": "torch.mul(0.5, i)",
    "rsub_scalar": "torch.rsub(g, 2)", "rsub_tensor": "torch.rsub(g, torch.tensor(5.0))", "rsub_long": "torch.rsub(i, 10)",
    "rsub_bool": "torch.rsub(torch.tensor([True]), torch.tensor([True]))",
    "out_add": "(lambda r: (torch.add(x, x, out=r), r._version)[0] is r and [r, r._version])(torch.empty(2, 2))",
    "out_add_resize": "(lambda r: torch.add(x, x, out=r))(torch.empty(3))", "out_add_empty": "(lambda r: torch.add(x, x, out=r))(torch.empty(0, dtype=torch.float64))",
    "out_add_bad_cast": "torch.add(x, x, out=torch.empty(2, 2, dtype=torch.long))",
    "out_mul": "(lambda r: torch.mul(x, i[:2], out=r))(torch.empty(2, 2, dtype=torch.float64))",
    "out_sub_long_to_double": "torch.sub(i, i, out=torch.empty(3, dtype=torch.float64))",
    "out_div_long": "torch.div(i, i, out=torch.empty(3, dtype=torch.long))",
    "out_div": "torch.div(x, x, out=torch.empty(2, 2))",
    "out_matmul": "torch.matmul(x, x, out=torch.empty(2, 2))",
    "out_matmul_dtype": "torch.matmul(x, x, out=torch.empty(2, 2, dtype=torch.float64))",
    "out_add_grad": "torch.add(g, x, out=torch.empty(2, 2))", "out_matmul_grad": "torch.matmul(g, x, out=torch.empty(2, 2))",
    "item_long": "torch.tensor(6).item()", "item_bool": "torch.tensor(True).item()", "item_float": "torch.tensor(2.5).item()",
    "size_slice": "b3.shape[1:]", "size_slice_neg": "b3.shape[-2:]", "size_slice_step": "b3.shape[::2]", "size_list": "list(b3.shape)",
    "numpy_float": "(lambda t: (t.add_(1), t.numpy())[1])(torch.ones(5))", "numpy_mixed": "torch.tensor([0.5, 1.25, -3.0]).numpy()",
    "numpy_exp": "torch.tensor([1e-5, 1.0]).numpy()", "numpy_big": "torch.tensor([1e9, 1.0]).numpy()",
    "numpy_long": "torch.tensor([1, 22, 3]).numpy()", "numpy_bool": "torch.tensor([True, False]).numpy()",
    "numpy_bool_all": "torch.tensor([True, True]).numpy()", "numpy_2d": "torch.arange(12.0).view(3, 4).numpy()",
    "numpy_third": "torch.tensor([0.1, 1 / 3]).numpy()", "numpy_third_double": "torch.tensor([0.1, 1 / 3], dtype=torch.float64).numpy()",
    "numpy_wrap": "torch.arange(30.0).numpy()", "numpy_nonfinite": "torch.tensor([float('nan'), 1.5, float('inf')]).numpy()",
    "numpy_neg_exp": "torch.tensor([-1.5e-7, 2.25, 3e5]).numpy()", "numpy_summary": "torch.arange(2000.0).numpy()",
    "numpy_summary_2d": "torch.arange(2000).view(40, 50).numpy()", "numpy_3d": "torch.arange(8).view(2, 2, 2).numpy()",
    "numpy_0d": "torch.tensor(2.5).numpy()", "numpy_t": "torch.arange(6.0).view(2, 3).t().numpy()",
    "get_device": "torch.get_device(x)", "get_device_meta": "torch.ones(2, device='meta').get_device()",
    "is_nonzero_many": "torch.ones(2).is_nonzero()", "is_nonzero_none": "torch.is_nonzero(torch.ones(0))",
    "is_nonzero_zero": "torch.tensor([0.0]).is_nonzero()", "is_nonzero_long": "torch.is_nonzero(torch.tensor(3))",
    "is_nonzero_nan": "torch.tensor(float('nan')).is_nonzero()", "is_nonzero_bool": "torch.tensor([True]).is_nonzero()",
    "is_same_size": "torch.is_same_size(torch.ones(2, 3), torch.zeros(2, 3))", "is_same_size_not": "torch.ones(2).is_same_size(torch.ones(3))",
    "is_signed": "[torch.tensor([1], dtype=d).is_signed() for d in (torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float32, torch.float64)]",
    "is_signed_fn": "torch.is_signed(torch.ones(1))",
    "numpy_grad": "g.numpy()", "numpy_meta": "torch.ones(2, device='meta').numpy()",
    "tolist_float": "torch.tensor([[0.1, 1e-5], [float('nan'), -0.0]]).tolist()", "tolist_long": "torch.tensor([1, 2]).tolist()",
    "tolist_bool": "torch.tensor([True, False]).tolist()", "tolist_0d": "torch.tensor(2.5).tolist()",
    "tolist_empty": "torch.zeros(2, 0).tolist()", "tolist_uint8_0d": "torch.tensor(3, dtype=torch.uint8).tolist()",
    "tolist_view": "b3.transpose(0, 2)[1].tolist()", "tolist_double": "torch.tensor([1e16, 1/3], dtype=torch.float64).tolist()",
    "tolist_meta": "torch.ones(2, device='meta').tolist()",
    "full_neg_zero": "torch.full((2,), -0.0)", "full_neg_zero_f64": "torch.full((2,), -0.0, dtype=torch.float64)",
    "full_neg_zero_list": "torch.full((2,), -0.0).tolist()", "new_full_neg_zero": "x.new_full((2,), -0.0)",
    "state_dict_linear": "linear_state()", "state_dict_seq": "seq_state()", "state_dict_empty": "torch.nn.ReLU().state_dict()",
    "optim_state_adam": "optim_state('adam')", "optim_state_sgd": "optim_state('sgd')",
    "sched_state_step": "sched_state('step')", "sched_state_plateau": "sched_state('plateau')",
    "leaky_relu_grad_f64": "(lambda a: (torch.nn.functional.leaky_relu(a, 0.1).sum().backward(), a.grad.tolist())[1])(torch.tensor([-1.0, 2.0], dtype=torch.float64, requires_grad=True))",
}


def record(value):
    if type(value) is tuple:
        value = list(value)
    out = {"str": str(value)}
    if isinstance(value, torch.Tensor) and value.grad_fn is not None:
        out["grad_fn"] = value.grad_fn.name()
    return out


results = {}
for name, expr in CASES.items():
    try:
        results[name] = record(eval(expr))
    except Exception as e:  # noqa: BLE001 - the error is the golden value
        results[name] = {"error": type(e).__name__, "message": str(e)}
print(json.dumps({"torch": torch.__version__, "numpy": np.__version__, "cases": results}, indent=1, sort_keys=True))
