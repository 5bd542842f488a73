// "Learning PyTorch with Examples": a two-layer net whose ReLU is a custom autograd Function
// (seeded; the loss printed as the tensor it is, every 100 steps).

class MyReLU extends Autograd.Function {
    // We can implement our own custom autograd Functions by subclassing
    // Autograd.Function and implementing the forward and backward passes
    // which operate on Tensors.

    static Tensor forward(FunctionCtx ctx, Tensor input) {
        ctx.saveForBackward(input);
        return input.clampMin(0);
    }

    static Tensor backward(FunctionCtx ctx, Tensor gradOutput) {
        var input = ctx.savedTensors()[0];
        var gradInput = gradOutput.clone();
        gradInput.set(input.lt(0), 0);
        return gradInput;
    }
}

manualSeed(0);
long N = 64, D_in = 1000, H = 100, D_out = 10;

var x = randn(N, D_in);
var y = randn(N, D_out);

var w1 = randn(D_in, H).requiresGrad_();
var w2 = randn(H, D_out).requiresGrad_();

var learningRate = 1e-6;
Tensor yPred = null;
var relu = new MyReLU();
for (int t = 0; t < 500; t++) {
    yPred = relu.apply(x.mm(w1)).mm(w2);
    var loss = yPred.sub(y).pow(2).sum();
    if (t % 100 == 99)
        print(t, loss);
    loss.backward();
    try (var off = noGrad()) {
        w1.sub_(w1.grad().mul(learningRate));
        w2.sub_(w2.grad().mul(learningRate));
        w1.grad().zero_();
        w2.grad().zero_();
    }
}

print(yPred.gradFn().nextFunctions().get(0).function().name());
print(relu.apply(w1.get("0, :4")));
try (var off = noGrad()) {
    print(relu.apply(w1.get("0, :4")));
}
