# The PyTorch program lesson 03-autograd mirrors; its output must appear in the lesson's.
import torch

# leaves and requires_grad
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(0.1)
# (the lesson prints the booleans too: Python's True is Java's true, so they are not compared)
# print(x.requires_grad, b.requires_grad, x.is_leaf)

# every result remembers the function that made it: a chain of grad_fn
y = x * w + b
z = y.pow(2)
loss = z.mean()
print(y)
print(loss)
print(y.grad_fn.name(), z.grad_fn.name(), loss.grad_fn.name())
# AddBackward0 leads back to MulBackward0 (x * w) and to nothing for b, which needs no gradient
print(y.grad_fn.next_functions[0][0].name())
# (next_functions[1][0] is None: the lesson prints Java's null)
print(y.grad_fn.next_functions[0][0].next_functions[0][0].name())

# backward of a scalar fills .grad of the leaves
y.retain_grad()
loss.backward()
print(x.grad)
print(w.grad)
print(y.grad)

# gradients accumulate until you zero them
loss2 = (x * w).sum()
loss2.backward()
print(x.grad)
x.grad.zero_()
w.grad.zero_()

# a non-scalar output needs the gradient of something with respect to it
v = x * 2
v.backward(torch.tensor([1.0, 0.1, 0.01]))
print(x.grad)

# the graph is freed after backward unless retain_graph=True
x.grad.zero_()
q = (x ** 3).sum()
q.backward(retain_graph=True)
print(x.grad)
q.backward()
print(x.grad)
try:
    q.backward()
except RuntimeError as e:
    print(str(e).split(".")[0])

# detach: same numbers, no history
d = (x * 3).detach()
print(d)

# no_grad: nothing is recorded inside
with torch.no_grad():
    n = x * 3
print(n)
print(x * 3)


# your own backward: a custom autograd Function
class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        result = input.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result


a = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
ea = MyExp.apply(a)
print(ea)
ea.sum().backward()
print(a.grad)


# a number as an argument, state on ctx, None for the number's gradient
class MulConstant(torch.autograd.Function):
    @staticmethod
    def forward(ctx, tensor, constant):
        ctx.constant = constant
        return tensor * constant

    @staticmethod
    def backward(ctx, grad_output):
        grad = grad_output * ctx.constant if ctx.needs_input_grad[0] else None
        return grad, None


a.grad.zero_()
out = MulConstant.apply(MyExp.apply(a), 0.5).sum()
print(out)
out.backward()
print(a.grad)


class Forgetful(torch.autograd.Function):
    @staticmethod
    def forward(ctx, tensor, constant):
        return tensor * constant

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


try:
    Forgetful.apply(a, 2.0).sum().backward()
except RuntimeError as e:
    print(e)

# gradcheck (the lesson prints Java's true, Python's True: not compared)
torch.manual_seed(0)
assert torch.autograd.gradcheck(MyExp.apply, (torch.randn(3).double().requires_grad_(),))
