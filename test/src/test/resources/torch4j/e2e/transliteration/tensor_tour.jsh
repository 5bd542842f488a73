// A tour of indexing, broadcasting, in-place ops, no_grad, detach().numpy(), tolist(), item() and
// f-string formatting of floats, as PyTorch's tutorials and the notes write them.

manualSeed(1);
var x = arange(12, float32).reshape(3, 4);
print(x.get(1), x.get(":, 2"), x.get("1:, ::2"), x.get(-1, -1));
print(x.get(x.gt(5)));
print(x.get("[0, 2]"));
x.set("0, 0", 100);
x.get(":, 1").add_(1);
print(x);
var row = tensor(new double[]{1.0, 2.0, 3.0, 4.0});
print(x.add(row));
var col = tensor(new double[][]{{10.0}, {20.0}, {30.0}});
print(x.mul(col));
print(x.sub(x.mean(0)).div(x.std(0)));
var a = ones(2, 3);
a.mul_(3).add_(1);
a.clampMax_(3.5);
print(a);
var w = randn(3, TensorOptions.requiresGrad(true));
try (var g = noGrad()) {
    w.mul_(2);
}
print(w);
var y = w.mul(3).sum();
y.backward();
print(w.grad());
var arr = w.detach().numpy();
print(arr);
print(w.detach().tolist());
print(x.tolist());
print(x.sum().item(), x.argmax().item(), x.gt(5).any().item());
var loss = tensor(0.123456789);
print("loss: " + format(loss, ".4f"));
print("loss: " + format(loss.item(), ".4f") + " " + format(loss.item(), ".2e") + " " + format(loss.item(), "8.3f") + "|");
var acc = tensor(1L, 0L, 1L, 1L).toFloat().mean();
print("accuracy: " + format(acc, ".1%") + " (" + str(acc.item()) + ")");
print(format(0.03125, ".4f") + " " + format(2.675, ".2f") + " " + str(1e-05) + " " + format(12345.678, ",.1f") + " " + format(42, "5d") + "|" + format("cat", ">5s") + "|" + format("dog", "<5") + "|");
print("shape " + list(x.shape()) + " numel " + x.numel() + " dtype " + x.dtype());
print(x.shape().get(0), x.size(1), x.dim(), x.ndim());
var i = x.argmax();
print("max at " + str(i.item()) + " = " + str(x.flatten().get(i).item()));
var result = x.max(1);
print(result.values(), result.indices());
print(stack(List.of(x.get(0), x.get(1))).shape(), cat(List.of(x, x)).shape());
print(x.view(-1).get(":5"), x.t().contiguous().view(2, 6));
print(x.unsqueeze(0).shape(), x.get("None").shape(), x.get(":, None, :").shape());
var b = x.clone();
b.set(b.gt(50), -1);
print(b);
print(where(x.gt(5), x, zerosLike(x)));
print(countNonzero(x.gt(5)));
