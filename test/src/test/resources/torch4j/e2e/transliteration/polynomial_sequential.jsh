// "Learning PyTorch with Examples": a third-order polynomial fitted to sin(x) with nn.Sequential,
// nn.Flatten and an optimizer (RMSprop, the tutorial's 2,000 steps), then with SGD and a
// learning-rate printout.


manualSeed(0);
var x = linspace(-Math.PI, Math.PI, 2000);
var y = sin(x);
var p = tensor(1L, 2L, 3L);
var xx = x.unsqueeze(-1).pow(p);
print(xx.shape(), xx.dtype());
var model = new Sequential(
    new Linear(3, 1),
    new Flatten(0, 1)
);
print(model);
var loss_fn = new MSELoss("sum");
var learning_rate = 1e-3;
Optimizer optimizer = new RMSprop(model.parameters(), learning_rate);
for (int t = 0; t < 2000; t++) {
    var y_pred = model.call(xx);
    var loss = loss_fn.call(y_pred, y);
    if (t % 100 == 99)
        print(t, format(loss.item(), ".2f"));
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
}
Linear linear_layer = model.get(0);
print("Result: y = " + format(linear_layer.bias.item(), ".3f") + " + " + format(linear_layer.weight.get(":, 0").item(), ".3f") + " x + " + format(linear_layer.weight.get(":, 1").item(), ".3f") + " x^2 + " + format(linear_layer.weight.get(":, 2").item(), ".3f") + " x^3");
print(model.size(), model.get(1));
print(linear_layer.weight.shape(), linear_layer.bias.shape(), linear_layer.weight.grad().shape());

model = new Sequential(new Linear(3, 1), new Flatten(0, 1));
optimizer = new SGD(model.parameters(), 1e-6, 0.9);
print(optimizer);
for (int t = 0; t < 500; t++) {
    var loss = loss_fn.call(model.call(xx), y);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    if (t % 100 == 99)
        print("step " + format(t + 1, "4d") + "  loss " + format(loss.item(), "10.4f") + "  lr " + str(optimizer.paramGroups().get(0).get("lr")));
}
