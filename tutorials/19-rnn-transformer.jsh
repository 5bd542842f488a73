//# # 19 · Sequences: a small LSTM and a small Transformer encoder
//#
//# Two ways to read a sequence. An LSTM walks along it step by step, carrying a memory; a
//# Transformer encoder lets every position look at every other at once (attention).
//# Run it with `./torch4j tutorials/19-rnn-transformer.jsh`.
manualSeed(0);

//# ## 1. What goes into an LSTM and what comes out
//#
//# With `batchFirst(true)` input is (batch, time, features). `forwardWithHidden` returns PyTorch's
//# `output, (h_n, c_n)`: the top layer's output at every time step, and each layer's last hidden
//# and cell state. Each layer has four gates, so its weights have 4 × hidden rows.
var lstm = new LSTM(4, 8, new RNNOptions().numLayers(2).batchFirst(true));
print(lstm);
for (var p : lstm.namedParameters().entrySet()) print(p.getKey(), p.getValue().shape());
var x = randn(3, 5, 4);
var res = lstm.forwardWithHidden(x);
print(res.output().shape(), res.hN().shape(), res.cN().shape());
print("last output is the top layer's h_n:", res.output().select(1, -1).equal(res.hN().get(-1)));

//# ## 2. An LSTM turns a sine wave into a cosine
//#
//# Each training batch is 16 windows of a sine wave starting at random phases; the target is the
//# cosine at the same times. The network must work out from the values so far where on the wave
//# it is, which it cannot at the very first step: the loss stays above zero for that reason.
class Regressor extends Module {
    final LSTM lstm = register("lstm", new LSTM(1, 16, new RNNOptions().batchFirst(true)));
    final Linear head = register("head", new Linear(16, 1));
    @Override public Tensor forward(Tensor x) { return head.call(lstm.call(x)); }
}
var model = new Regressor();
var optimizer = new Adam(model.parameters(), 0.02);
var mse = new MSELoss();
var offsets = linspace(0, 2 * Math.PI, 20);
Tensor t = null, pred = null;
for (int step = 0; step < 80; step++) {
    t = rand(16, 1).mul(2 * Math.PI).add(offsets);
    var xs = t.sin().unsqueeze(-1); var ys = t.cos().unsqueeze(-1);
    pred = model.call(xs);
    var loss = mse.call(pred, ys);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    if (step % 20 == 19) System.out.printf("step %d: loss %.4f%n", step + 1, loss.item());
}
figure(7, 3);
plot(t.get(0), t.get(0).sin(), "b--"); plot(t.get(0), t.get(0).cos(), "k-"); plot(t.get(0), pred.detach().get(0).squeeze(-1), "r-o");
legend("input sin", "target cos", "LSTM"); title("last training window");
show();

//# ## 3. Attention
//#
//# `MultiheadAttention` (here sequence-first: (time, batch, features)) compares every position's
//# query with every position's key; each row of the weights is a softmax that sums to 1 and says
//# how much of each position's value goes into that position's output. A causal mask (`-inf`
//# above the diagonal) stops a position from looking ahead, as a text generator must.
var mha = new MultiheadAttention(8, 2);
var q = randn(4, 1, 8);
var att = mha.call(q, q, q);
print(att.attnOutput().shape(), att.attnOutputWeights().shape());
print(att.attnOutputWeights());
print("each row sums to 1:", att.attnOutputWeights().sum(-1).allclose(ones(1, 4)));
var mask = Transformer.generateSquareSubsequentMask(4);
print(mask);
att = mha.call(q, q, q, null, true, mask);
print(att.attnOutputWeights());

//# ## 4. A Transformer encoder: are there more 1s than 2s?
//#
//# Sequences of ten tokens from 0 to 4; the label says whether 1 occurs more often than 2. An
//# embedding, two encoder layers (attention plus a small feed-forward network, each with a
//# residual connection and layer norm), the mean over positions, and a linear layer.
//# There is no positional encoding: attention by itself does not know the order of its inputs,
//# and counting does not need it.
Tensor[] make(int n) {
    var xs = randint(0, 5, n, 10);
    return new Tensor[]{xs, xs.eq(1L).sum(1).gt(xs.eq(2L).sum(1)).toLong()};
}
var train = make(256);
var test = make(128);

class Counter extends Module {
    final Embedding embedding = register("embedding", new Embedding(5, 16));
    final TransformerEncoder encoder = register("encoder", new TransformerEncoder(
        new TransformerEncoderLayer(16, 2, 32, 0.1, "relu", 1e-5, true, false), 2));
    final Linear fc = register("fc", new Linear(16, 2));
    @Override public Tensor forward(Tensor x) { return fc.call(encoder.call(embedding.call(x)).mean(1)); }
}
var counter = new Counter();
print(counter.parameters().stream().mapToLong(p -> p.numel()).sum(), "parameters");
var opt = new Adam(counter.parameters(), 0.005);
var criterion = new CrossEntropyLoss();
for (int step = 0; step < 64; step++) {
    int i = (step % 8) * 32;
    var loss = criterion.call(counter.call(train[0].get(i + ":" + (i + 32))), train[1].get(i + ":" + (i + 32)));
    opt.zeroGrad();
    loss.backward();
    opt.step();
    if (step % 8 == 7) System.out.printf("step %d: loss %.4f%n", step + 1, loss.item());
}
counter.eval();
double accuracy;
try (var _ = noGrad()) { accuracy = counter.call(test[0]).argmax(1).eq(test[1]).toFloat().mean().item(); }
System.out.printf("test accuracy %.4f%n", accuracy);
