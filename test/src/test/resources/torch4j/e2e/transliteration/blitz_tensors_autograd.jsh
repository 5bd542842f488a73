// The tensor and autograd parts of PyTorch's "Deep Learning with PyTorch: A 60 Minute Blitz".


var data = new long[][]{{1, 2}, {3, 4}};
var x_data = tensor(data);
print(x_data);
var np_array = data;
var x_np = from(np_array);
print(x_np);
var x_ones = onesLike(x_data);
print("Ones Tensor: \n " + x_ones + " \n");
manualSeed(0);
var x_rand = randLike(x_data, float32);
print("Random Tensor: \n " + x_rand + " \n");
var shape = new long[]{2, 3};
var rand_tensor = rand(shape);
var ones_tensor = ones(shape);
var zeros_tensor = zeros(shape);
print("Random Tensor: \n " + rand_tensor + " \n");
print("Ones Tensor: \n " + ones_tensor + " \n");
print("Zeros Tensor: \n " + zeros_tensor);
var tensor = rand(3, 4);
print("Shape of tensor: " + tensor.shape());
print("Datatype of tensor: " + tensor.dtype());
print("Device tensor is stored on: " + tensor.device());
tensor = ones(4, 4);
print("First row: " + tensor.get(0));
print("First column: " + tensor.get(":, 0"));
print("Last column: " + tensor.get("..., -1"));
tensor.set(":, 1", 0);
print(tensor);
var t1 = cat(List.of(tensor, tensor, tensor), 1);
print(t1);
var y1 = tensor.matmul(tensor.T());
var y2 = tensor.matmul(tensor.T());
var y3 = randLike(y1);
matmul(tensor, tensor.T(), out(y3));
print(y1.equal(y3), y2.equal(y3));
var z1 = tensor.mul(tensor);
var z2 = tensor.mul(tensor);
var z3 = randLike(tensor);
mul(tensor, tensor, out(z3));
print(z3);
var agg = tensor.sum();
var agg_item = agg.item();
print(agg_item);
print(tensor + " \n");
tensor.add_(5);
print(tensor);
var t = ones(5);
print("t: " + t);
var n = t.numpy();
print("n: " + n);
t.add_(1);
print("t: " + t);
print("n: " + n);

var x = ones(5);
var y = zeros(3);
var w = randn(5, 3, TensorOptions.requiresGrad(true));
var b = randn(3, TensorOptions.requiresGrad(true));
var z = matmul(x, w).add(b);
var loss = F.binaryCrossEntropyWithLogits(z, y);
print("Gradient function for z = " + z.gradFn().name());
print("Gradient function for loss = " + loss.gradFn().name());
loss.backward();
print(w.grad());
print(b.grad());
z = matmul(x, w).add(b);
print(z.requiresGrad());
try (var g = noGrad()) {
    z = matmul(x, w).add(b);
}
print(z.requiresGrad());
z = matmul(x, w).add(b);
var z_det = z.detach();
print(z_det.requiresGrad());
var inp = eye(4, 5, TensorOptions.requiresGrad(true));
var out = inp.add(1).pow(2).t();
out.backward(onesLike(out), true);
print("First call\n" + inp.grad());
out.backward(onesLike(out), true);
print("\nSecond call\n" + inp.grad());
inp.grad().zero_();
out.backward(onesLike(out), true);
print("\nCall after zeroing gradients\n" + inp.grad());

x = randn(3, TensorOptions.requiresGrad(true));
y = x.mul(2);
while (y.data().norm().lt(1000).booleanValue())
    y = y.mul(2);
print(y);
var v = tensor(new double[]{0.1, 1.0, 0.0001}, float32);
y.backward(v);
print(x.grad());
print(x.requiresGrad());
print(x.pow(2).requiresGrad());
try (var g = noGrad()) {
    print(x.pow(2).requiresGrad());
}
print(x.requiresGrad());
y = x.detach();
print(y.requiresGrad());
print(x.eq(y).all());
