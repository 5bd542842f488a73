# Custom autograd Functions (torch.autograd.Function) in PyTorch 1.13: what FunctionGoldenTest compares.
# Run: /usr/bin/python3 gen_functions.py > functions.json
import json
import torch
from torch.autograd import Function

out = {}


class MyReLU(Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return input.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input


# "Learning PyTorch with Examples": the two-layer net with a hand-written ReLU, seeded
torch.manual_seed(0)
N, D_in, H, D_out = 64, 1000, 100, 10
x = torch.randn(N, D_in)
y = torch.randn(N, D_out)
w1 = torch.randn(D_in, H, requires_grad=True)
w2 = torch.randn(H, D_out, requires_grad=True)
learning_rate = 1e-6
losses, items = [], []
for t in range(500):
    relu = MyReLU.apply
    y_pred = relu(x.mm(w1)).mm(w2)
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        losses.append("%d %r" % (t, loss))
        items.append(loss.item())
    loss.backward()
    with torch.no_grad():
        w1 -= learning_rate * w1.grad
        w2 -= learning_rate * w2.grad
        w1.grad.zero_()
        w2.grad.zero_()
out["two_layer_losses"] = losses
out["two_layer_loss_items"] = items
out["two_layer_y_pred"] = repr(y_pred[:2, :4])
out["two_layer_w2"] = repr(w2[:3, :3])


class MulAdd(Function):
    """a * b * scale + b: two tensor inputs and a number; needs_input_grad seen in forward and backward."""
    @staticmethod
    def forward(ctx, a, b, scale):
        ctx.save_for_backward(a, b)
        ctx.scale = scale
        seen.append("forward %r" % (ctx.needs_input_grad,))
        return a * b * scale + b

    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        seen.append("backward %r" % (ctx.needs_input_grad,))
        ga = g * b * ctx.scale if ctx.needs_input_grad[0] else None
        gb = g * (a * ctx.scale + 1) if ctx.needs_input_grad[1] else None
        return ga, gb, None


seen = []
torch.manual_seed(1)
a = torch.randn(3, requires_grad=True)
b = torch.randn(3)
r = MulAdd.apply(a, b, 2.0)
out["muladd_repr"] = repr(r)
out["muladd_next"] = repr([(type(f).__name__ if f is not None else None, i) for f, i in r.grad_fn.next_functions])
r.sum().backward()
out["muladd_a_grad"] = repr(a.grad)
b.requires_grad_()
r = MulAdd.apply(a, b, 2.0)
r.sum().backward()
out["muladd_b_grad"] = repr(b.grad)
with torch.no_grad():
    r = MulAdd.apply(a, b, 2.0)
out["muladd_nograd"] = "%r %r %r" % (r.requires_grad, r.grad_fn, r)
out["needs_input_grad"] = list(seen)

# gradcheck and gradgradcheck in float64
torch.manual_seed(2)
a64 = torch.randn(4, dtype=torch.float64, requires_grad=True)
b64 = torch.randn(4, dtype=torch.float64, requires_grad=True)
out["gradcheck"] = torch.autograd.gradcheck(lambda p, q: MulAdd.apply(p, q, 3.0), (a64, b64))
out["gradgradcheck"] = torch.autograd.gradgradcheck(lambda p, q: MulAdd.apply(p, q, 3.0), (a64, b64))


class Cube(Function):
    """x**3 with a backward made of differentiable ops: double backward works."""
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * 3 * x ** 2


c = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
yc = Cube.apply(c).sum()
gc, = torch.autograd.grad(yc, c, create_graph=True)
out["cube_grad"] = repr(gc)
gc.sum().backward()
out["cube_grad2"] = repr(c.grad)


class SinCos(Function):
    """Two outputs."""
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.sin(), x.cos()

    @staticmethod
    def backward(ctx, gs, gc):
        x, = ctx.saved_tensors
        return gs * x.cos() - gc * x.sin()


torch.manual_seed(3)
s = torch.randn(3, requires_grad=True)
p, q = SinCos.apply(s)
out["sincos"] = "%r %r %r %r" % (p, q, p.grad_fn is q.grad_fn, q.output_nr)
out["sincos_next"] = repr([(type(f).__name__, i) for f, i in (p * q).grad_fn.next_functions])
(p * 2 + q).sum().backward()
out["sincos_grad"] = repr(s.grad)
s.grad = None
p, q = SinCos.apply(s)
q.sum().backward()  # p gets no gradient: backward sees zeros for it
out["sincos_grad_one"] = repr(s.grad)


class MulTwo_(Function):
    """In place, with mark_dirty."""
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2


torch.manual_seed(4)
leaf = torch.randn(3, requires_grad=True)
z = leaf * 1
v0 = z._version
w = MulTwo_.apply(z)
out["dirty"] = "%r %r %r %r" % (w is z, w, v0, z._version)
w.sum().backward()
out["dirty_grad"] = repr(leaf.grad)
try:
    MulTwo_.apply(leaf)
except RuntimeError as e:
    out["dirty_leaf_error"] = str(e)


class SortF(Function):
    """mark_non_differentiable: the indices output."""
    @staticmethod
    def forward(ctx, x):
        v, i = x.sort()
        ctx.mark_non_differentiable(i)
        ctx.save_for_backward(i)
        return v, i

    @staticmethod
    def backward(ctx, gv, gi):
        i, = ctx.saved_tensors
        seen.append("gi %r" % (gi,))
        return torch.zeros_like(gv).scatter(0, i, gv)


seen = []
torch.manual_seed(5)
u = torch.randn(4, requires_grad=True)
sv, si = SortF.apply(u)
out["sort"] = "%r %r %r" % (sv, si, si.requires_grad)
(sv * torch.arange(4.0)).sum().backward()
out["sort_grad"] = repr(u.grad)
out["sort_seen"] = seen


class Ident(Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g


q = Ident.apply(u)
out["ident"] = "%r %r" % (q is u, q)


def err(f):
    try:
        f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class TooFew(Function):
    @staticmethod
    def forward(ctx, a, b):
        return a * b

    @staticmethod
    def backward(ctx, g):
        return g


class NotNone(Function):
    @staticmethod
    def forward(ctx, a, k):
        return a * k

    @staticmethod
    def backward(ctx, g):
        return g * 2, g


class BadShape(Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2

    @staticmethod
    def backward(ctx, g):
        return g[:2]


class NoBackward(Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2


class NotReturned(Function):
    @staticmethod
    def forward(ctx, a):
        a.mul_(2)
        ctx.mark_dirty(a)
        return a + 1

    @staticmethod
    def backward(ctx, g):
        return g


e3 = torch.ones(3, requires_grad=True)
out["errors"] = {
    "too_few": err(lambda: TooFew.apply(e3, e3).sum().backward()),
    "not_none": err(lambda: NotNone.apply(e3, 2.0).sum().backward()),
    "bad_shape": err(lambda: BadShape.apply(e3).sum().backward()),
    "no_backward": err(lambda: NoBackward.apply(e3).sum().backward()),
    "not_returned": err(lambda: NotReturned.apply(e3 * 1)),
}
saved = MyReLU.apply(e3 * 1)
saved.sum().backward()
out["errors"]["freed"] = err(lambda: saved.grad_fn.saved_tensors)
out["relu_repr"] = repr(saved)
mz = torch.tensor([-1.0, 2.0], requires_grad=True) * 1
mr = MyReLU.apply(mz)
mz.add_(1)  # modifies what MyReLU saved
out["errors"]["modified"] = err(lambda: mr.sum().backward())
print(json.dumps(out, indent=1))
