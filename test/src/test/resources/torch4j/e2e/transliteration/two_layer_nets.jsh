// The two-layer nets of PyTorch's "Learning PyTorch with Examples" (a smaller net): by hand with
// tensors, with autograd, with nn, with optim, and as a custom nn.Module. Losses print with 4
// digits: OpenBLAS and PyTorch's BLAS round float32 products differently in the last bits.

var dtype = float32;
var device = device("cpu");
long N = 64, D_in = 100, H = 50, D_out = 10;
manualSeed(0);
var x = randn(N, D_in, device, dtype);
var y = randn(N, D_out, device, dtype);
var w1 = randn(D_in, H, device, dtype);
var w2 = randn(H, D_out, device, dtype);
var learning_rate = 1e-5;
for (int t = 0; t < 300; t++) {
    var h = x.mm(w1);
    var h_relu = h.clampMin(0);
    var y_pred = h_relu.mm(w2);
    var loss = y_pred.sub(y).pow(2).sum().item();
    if (t % 100 == 99)
        print(t, String.format("%.3e", loss));
    var grad_y_pred = mul(2.0, y_pred.sub(y));
    var grad_w2 = h_relu.t().mm(grad_y_pred);
    var grad_h_relu = grad_y_pred.mm(w2.t());
    var grad_h = grad_h_relu.clone();
    grad_h.set(h.lt(0), 0);
    var grad_w1 = x.t().mm(grad_h);
    w1.sub_(mul(learning_rate, grad_w1));
    w2.sub_(mul(learning_rate, grad_w2));
}

w1 = randn(D_in, H, TensorOptions.device(device).withDtype(dtype).withRequiresGrad(true));
w2 = randn(H, D_out, TensorOptions.device(device).withDtype(dtype).withRequiresGrad(true));
for (int t = 0; t < 300; t++) {
    var y_pred = x.mm(w1).clampMin(0).mm(w2);
    var loss = y_pred.sub(y).pow(2).sum();
    if (t % 100 == 99)
        print(t, String.format("%.3e", loss.item()));
    loss.backward();
    try (var g = noGrad()) {
        w1.sub_(mul(learning_rate, w1.grad()));
        w2.sub_(mul(learning_rate, w2.grad()));
        w1.grad().zero_();
        w2.grad().zero_();
    }
}

Module model = new Sequential(
    new Linear(D_in, H),
    new ReLU(),
    new Linear(H, D_out)
);
var loss_fn = new MSELoss("sum");
learning_rate = 1e-4;
for (int t = 0; t < 300; t++) {
    var y_pred = model.call(x);
    var loss = loss_fn.call(y_pred, y);
    if (t % 100 == 99)
        print(t, String.format("%.3e", loss.item()));
    model.zeroGrad();
    loss.backward();
    try (var g = noGrad()) {
        for (var param : model.parameters())
            param.sub_(mul(learning_rate, param.grad()));
    }
}

model = new Sequential(
    new Linear(D_in, H),
    new ReLU(),
    new Linear(H, D_out)
);
Optimizer optimizer = new Adam(model.parameters(), learning_rate);
for (int t = 0; t < 300; t++) {
    var y_pred = model.call(x);
    var loss = loss_fn.call(y_pred, y);
    if (t % 100 == 99)
        print(t, String.format("%.3e", loss.item()));
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
}

class TwoLayerNet extends Module {
    Linear linear1, linear2;
    TwoLayerNet(long D_in, long H, long D_out) {
        linear1 = register("linear1", new Linear(D_in, H));
        linear2 = register("linear2", new Linear(H, D_out));
    }
    public Tensor forward(Tensor x) {
        var h_relu = linear1.call(x).clampMin(0);
        var y_pred = linear2.call(h_relu);
        return y_pred;
    }
}
model = new TwoLayerNet(D_in, H, D_out);
print(model);
var criterion = new MSELoss("sum");
optimizer = new SGD(model.parameters(), 1e-4);
for (int t = 0; t < 300; t++) {
    var y_pred = model.call(x);
    var loss = criterion.call(y_pred, y);
    if (t % 100 == 99)
        print(t, String.format("%.3e", loss.item()));
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
}
