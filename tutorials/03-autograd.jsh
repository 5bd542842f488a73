// Lesson 03: autograd step by step. Run it with ./torch4j tutorials/03-autograd.jsh
// The tensors printed match what PyTorch 1.13 prints for the same program.

//# # Lesson 03: autograd, step by step
//# Mark a tensor with `requiresGrad_()` and every operation on it is recorded in a graph;
//# `backward()` walks that graph from a result back to the leaves and fills their `grad()`;
//# at the end you write a backward of your own.

//# ## Leaves and requires_grad
//# Tensors you create are leaves. Only those marked `requiresGrad_()` get gradients.
var x = tensor(1.0, 2.0, 3.0).requiresGrad_();
var w = tensor(0.5).requiresGrad_();
var b = tensor(0.1);
print(x.requiresGrad(), b.requiresGrad(), x.isLeaf());

//# ## grad_fn: the chain of functions
//# A result is not a leaf: it remembers the backward function of the operation that made it,
//# and that function points on to the functions of its inputs (`nextFunctions()`, PyTorch's
//# `next_functions`). A leaf that needs a gradient ends the chain in an `AccumulateGrad`;
//# an input that needs none (here `b`) has no function (`null`).
var y = x.mul(w).add(b);
var z = y.pow(2);
var loss = z.mean();
print(y);
print(loss);
print(y.gradFn().name(), z.gradFn().name(), loss.gradFn().name());
print(y.gradFn().nextFunctions().get(0).function().name());
print(y.gradFn().nextFunctions().get(1).function());
print(y.gradFn().nextFunctions().get(0).function().nextFunctions().get(0).function().name());

//# The whole graph, drawn: in the notebook as a picture (in the REPL, `:graph loss` draws it
//# in the terminal).
display(torch4j.render.AutogradSvg.graph(loss));

//# ## backward
//# `backward()` of a scalar fills `grad()` of each leaf that requires it:
//# d loss / d x = 2 y w / 3 and d loss / d w = sum(2 y x) / 3. A non-leaf keeps no gradient
//# unless asked with `retainGrad()` (reading it otherwise warns and gives `null`).
y.retainGrad();
loss.backward();
print(x.grad());
print(w.grad());
print(y.grad());

//# Gradients add up over backward calls until you zero them, which is why training loops call
//# `zeroGrad()` every step.
var loss2 = x.mul(w).sum();
loss2.backward();
print(x.grad());
x.grad().zero_();
w.grad().zero_();

//# ## backward with a gradient
//# A non-scalar result has no single derivative: pass the gradient of some scalar with respect
//# to it (a vector-Jacobian product). Here v = 2x, so x gets 2 times the vector given.
var v = x.mul(2);
v.backward(tensor(1.0, 0.1, 0.01));
print(x.grad());

//# ## retain_graph
//# backward frees the graph's saved tensors. To run it twice, keep them the first time with
//# `retainGraph = true` (the second argument); a third run fails as in PyTorch.
x.grad().zero_();
var q = x.pow(3).sum();
q.backward(null, true);
print(x.grad());
q.backward();
print(x.grad());
try {
    q.backward();
} catch (RuntimeException e) {
    print(e.getMessage().split("\\.")[0]);
}

//# ## detach and noGrad
//# `detach()` gives the same numbers with no history. Inside a `noGrad()` block nothing is
//# recorded at all, which is how evaluation and weight updates are done.
var d = x.mul(3).detach();
print(d);
print(d.requiresGrad(), d.gradFn());
Tensor n;
try (var off = noGrad()) {
    n = x.mul(3);
}
print(n);
print(x.mul(3));

//# ## Your own backward: a custom autograd Function
//# When an operation's gradient should be computed your way (a cheaper formula, a numerically
//# safer one, a deliberate "straight-through" trick), write its forward and its backward
//# yourself: PyTorch's `torch.autograd.Function`, here `Autograd.Function`. Declare `forward`
//# and `backward` as static methods, like PyTorch's `@staticmethod`s. Their first parameter is
//# the `ctx`, which carries what backward needs: `ctx.saveForBackward(...)` keeps tensors,
//# `ctx.savedTensors()` gives them back. Then come the arguments you pass to `apply`.
class MyExp extends Autograd.Function {
    static Tensor forward(FunctionCtx ctx, Tensor input) {
        var result = input.exp();
        ctx.saveForBackward(result);
        return result;
    }

    static Tensor backward(FunctionCtx ctx, Tensor gradOutput) {
        var result = ctx.savedTensors()[0];
        return gradOutput.mul(result);   // d exp(a) / da = exp(a): reuse the saved output
    }
}

//# `apply` runs forward without recording what happens inside it and puts a single node in the
//# graph, named after your class as PyTorch names it (`MyExpBackward`). One instance serves
//# any number of calls, like `MyExp.apply` in Python.
var myExp = new MyExp();
var a = tensor(0.0, 1.0, 2.0).requiresGrad_();
var ea = myExp.apply(a);
print(ea);
ea.sum().backward();
print(a.grad());

//# Arguments that are not tensors (a number here) go through `apply` too, and values backward
//# needs besides tensors go on the ctx (`ctx.set`, `ctx.get`; in Python, `ctx.constant = ...`).
//# backward returns one gradient per argument of `apply`: `null` for the number, which has
//# none. `ctx.needsInputGrad(i)` says whether argument `i` wants a gradient at all.
class MulConstant extends Autograd.Function {
    static Tensor forward(FunctionCtx ctx, Tensor tensor, double constant) {
        ctx.set("constant", constant);
        return tensor.mul(constant);
    }

    static Tensor[] backward(FunctionCtx ctx, Tensor gradOutput) {
        double constant = ctx.get("constant");
        var grad = ctx.needsInputGrad(0) ? gradOutput.mul(constant) : null;
        return new Tensor[]{grad, null};
    }
}

a.grad().zero_();
var out = new MulConstant().apply(myExp.apply(a), 0.5).sum();
print(out);
out.backward();
print(a.grad());

//# Your nodes are in the graph like any other (`:graph out` in the REPL):
display(torch4j.render.AutogradSvg.graph(out));

//# PyTorch checks what backward gives back. Forget the `null` for the number and it says so:
class Forgetful extends Autograd.Function {
    static Tensor forward(FunctionCtx ctx, Tensor tensor, double constant) {
        return tensor.mul(constant);
    }

    static Tensor backward(FunctionCtx ctx, Tensor gradOutput) {
        return gradOutput;
    }
}

try {
    new Forgetful().apply(a, 2.0).sum().backward();
} catch (RuntimeException ex) {
    print(ex.getMessage());
}

//# Is a hand-written backward right? `GradCheck.gradcheck` compares it with finite differences
//# in float64 (PyTorch's `torch.autograd.gradcheck`): `true` means they agree.
manualSeed(0);
print(GradCheck.gradcheck(in -> myExp.apply(in.get(0)), List.of(randn(3).toDouble().requiresGrad_())));
