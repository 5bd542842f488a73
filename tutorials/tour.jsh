// A 2-minute tour of torch4j: run it with ./torch4j tutorials/tour.jsh,
// or type the lines into ./torch4j (there an expression shows its value without print).

// tensors from Java values: doubles give float32, ints give int64
print(tensor(new double[][]{{1, 2}, {3, 4}}));
print(arange(6));

// views share memory: writing through a transpose changes x
var x = arange(12).view(3, 4);
print(x.shape(), x.dtype());
x.t().select(0, 1).fill_(-1L);
print(x);

// broadcasting and type promotion
print(x.add(0.5));
print(ones(3, 1).mul(tensor(1, 2, 3)));

// reductions
var y = linspace(0, 1, 6).view(2, 3);
print(y.sum(0));
print(y.max(1));

// random numbers: PyTorch's generator, so the same seed prints the same numbers
manualSeed(42);
print(randn(2, 2));

// autograd: the graph behind a value, and its gradients
var w = randn(2, 2).requiresGrad_();
var out = w.add(2).pow(2).mul(3).mean();
print(out);
out.backward();
print(w.grad());
print(torch4j.autograd.GraphView.render(out));
