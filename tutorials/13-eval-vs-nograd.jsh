//# # 13 · `model.eval()` versus `noGrad()`
//#
//# Both appear before inference, but they do different things and do not overlap:
//#
//# - `eval()` changes how some **layers** behave: dropout stops dropping, batch norm normalises with
//#   its running statistics and stops updating them. Gradients are still recorded.
//# - `noGrad()` stops **autograd** from recording: no graph, no `gradFn`, less memory and time.
//#   Layers behave as their mode says: in training mode dropout still drops and batch norm still
//#   updates its statistics.
//#
//# Run it with `./torch4j tutorials/13-eval-vs-nograd.jsh`.

//# ## A network with batch norm and dropout
manualSeed(0);
var net = new Sequential(new Linear(3, 4), new BatchNorm1d(4), new ReLU(), new Dropout(0.5), new Linear(4, 1));
BatchNorm1d bn = net.get(1);
var x = randn(6, 3);

String gradFnName(Tensor t) { return t.gradFn() == null ? "None" : t.gradFn().name(); }
String yesNo(boolean flag) { return flag ? "yes" : "no"; }
void report(String what, Tensor a, Tensor b) {
    System.out.println(what + ": same output twice " + yesNo(a.equal(b)) + ", requires_grad " + yesNo(a.requiresGrad())
        + ", grad_fn " + gradFnName(a));
    System.out.println("  running_mean " + bn.runningMean());
    System.out.println("  num_batches_tracked " + bn.numBatchesTracked().longValue());
}
System.out.println("  running_mean " + bn.runningMean());

//# ## Training mode
//#
//# Two calls on the same input differ: dropout zeroes a different half of the hidden units each
//# time (the second call happened to drop all four, leaving only the last layer's bias). Each
//# call also moves batch norm's running mean and counts a batch.
net.train();
var a = net.call(x); var b = net.call(x);
print(a.t());
print(b.t());
report("train", a, b);

//# ## Eval mode
//#
//# Now the output is deterministic and the running statistics stay where they were. But the
//# output still has a `gradFn`: the graph is built, and `backward()` fills gradients.
net.eval();
a = net.call(x); b = net.call(x);
print(a.t());
report("eval", a, b);
a.sum().backward();
Linear first = net.get(0);
System.out.println("eval still builds the graph: weight.grad " + first.weight.grad().get(0));

//# ## `noGrad()` in training mode
//#
//# No graph, but dropout still drops and batch norm still learns its statistics: `noGrad()` alone
//# is not inference mode.
net.train();
try (var _ = noGrad()) { a = net.call(x); b = net.call(x); }
report("train + no_grad", a, b);

//# ## Both: the right way to predict
net.eval();
try (var _ = noGrad()) { a = net.call(x); b = net.call(x); }
print(a.t());
report("eval + no_grad", a, b);
