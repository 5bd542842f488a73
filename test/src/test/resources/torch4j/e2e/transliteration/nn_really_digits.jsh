// PyTorch's "What is torch.nn really?" on the 8x8 digits: logistic regression by hand, then
// nn.Module, nn.Linear, optim, TensorDataset and DataLoader, with accuracy and validation loss.





var digits = new Digits();
var x = tensor(digits.data(), float32).div(16);
var y = tensor(digits.targets());
var x_train = x.get(":1500"); var y_train = y.get(":1500"); var x_valid = x.get("1500:"); var y_valid = y.get("1500:");
print(x_train.shape(), y_train.shape(), y_train.min(), y_train.max());
manualSeed(0);
var weights = randn(64, 10).div(8);
weights.requiresGrad_();
var bias = zeros(10, TensorOptions.requiresGrad(true));
Tensor log_softmax(Tensor x) {
    return x.sub(x.exp().sum(-1).log().unsqueeze(-1)); }
Tensor model(Tensor xb) {
    return log_softmax(xb.matmul(weights).add(bias)); }
var bs = 64;
var xb = x_train.get("0:" + bs);
var preds = model(xb);
print(preds.get(0), preds.shape());
Tensor nll(Tensor input, Tensor target) {
    return input.index(arange(target.shape().get(0)), target).mean().neg(); }
BinaryOperator<Tensor> loss_func = (a, b) -> nll(a, b);
var yb = y_train.get("0:" + bs);
print(loss_func.apply(preds, yb));
Tensor accuracy(Tensor out, Tensor yb) {
    var preds = argmax(out, 1);
    return preds.eq(yb).toFloat().mean(); }
print(accuracy(preds, yb));
var lr = 0.5;
var epochs = 2;
var n = x_train.shape().get(0);
for (int epoch = 0; epoch < epochs; epoch++) {
    for (int i = 0; i < Math.floorDiv(n - 1, bs) + 1; i++) {
        var start_i = i * bs;
        var end_i = start_i + bs;
        xb = x_train.get(start_i + ":" + end_i);
        yb = y_train.get(start_i + ":" + end_i);
        var pred = model(xb);
        var loss = loss_func.apply(pred, yb);
        loss.backward();
        try (var g = noGrad()) {
            weights.sub_(weights.grad().mul(lr));
            bias.sub_(bias.grad().mul(lr));
            weights.grad().zero_();
            bias.grad().zero_();
        } } }
print(loss_func.apply(model(xb), yb), accuracy(model(xb), yb));

loss_func = F::crossEntropy;
class DigitsLogistic extends Module {
    Linear lin;
    DigitsLogistic() {
        lin = register("lin", new Linear(64, 10)); }
    public Tensor forward(Tensor xb) {
        return lin.call(xb); } }
var model = new DigitsLogistic();
print(model);
print(loss_func.apply(model.call(xb), yb));
var opt = new SGD(model.parameters(), lr);
var train_ds = new TensorDataset(x_train, y_train);
var train_dl = DataLoader.of(train_ds, bs, true);
var valid_ds = new TensorDataset(x_valid, y_valid);
var valid_dl = DataLoader.of(valid_ds, bs * 2);
print(train_ds.size(), train_dl.size(), valid_dl.size());
for (int epoch = 0; epoch < 5; epoch++) {
    model.train();
    for (var b : train_dl) { var xb = b[0]; var yb = b[1];
        var pred = model.call(xb);
        var loss = loss_func.apply(pred, yb);
        loss.backward();
        opt.step();
        opt.zeroGrad(); }
    model.eval();
    double valid_loss, valid_acc;
    try (var g = noGrad()) {
        valid_loss = 0.0;
        valid_acc = 0.0;
        for (var b : valid_dl) { var xb = b[0]; var yb = b[1];
            valid_loss += loss_func.apply(model.call(xb), yb).item() * xb.size(0);
            valid_acc += accuracy(model.call(xb), yb).item() * xb.size(0); } }
    print(epoch, format(valid_loss / valid_ds.size(), ".4f"), format(valid_acc / valid_ds.size(), ".4f")); }
