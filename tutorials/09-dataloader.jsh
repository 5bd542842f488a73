//# # 09 · DataLoader: training in mini-batches
//#
//# A `DataLoader` cuts a dataset into batches and, with `shuffle`, deals them in a new order every
//# epoch. One pass over all the data is an **epoch**; one batch through the model is an
//# **iteration**; the batch size decides how many iterations an epoch has.
//# Run it with `./torch4j tutorials/09-dataloader.jsh`.

//# ## A dataset of tensors
//#
//# `TensorDataset` pairs tensors row by row: item `i` is `{x[i], y[i]}`. Its `size()` is
//# Python's `len(dataset)`.
manualSeed(1);
var x = linspace(1, 10, 10);
var y = linspace(10, 1, 10);
var dataset = new TensorDataset(x, y);
Tensor[] first = dataset.get(0);
print(dataset.size(), first[0], first[1]);

//# ## Shuffled batches, three epochs
//#
//# A for-each loop over the loader is one epoch. With `shuffle = true` each epoch draws a new
//# permutation from the global generator, the same one PyTorch draws after `manual_seed(1)`.
var loader = DataLoader.of(dataset, 5, true);
print(loader.size());
for (int epoch = 0; epoch < 3; epoch++) {
    int step = 0;
    for (Tensor[] batch : loader) {
        System.out.printf("epoch %d step %d x %s y %s%n", epoch, step++, batch[0], batch[1]);
    }
}

//# ## When the batch size does not divide the data
//#
//# Ten items in batches of four leave a short last batch of two; `dropLast` throws it away.
for (Tensor[] batch : DataLoader.of(dataset, 4)) print(batch[0]);
for (Tensor[] batch : DataLoader.builder(dataset).batchSize(4).dropLast(true).build()) print(batch[0]);

//# ## Mini-batch training
//#
//# Fitting `y = 3x + 2` from 100 noisy points, ten points per optimizer step: each epoch takes
//# ten steps, each on a different random tenth of the data.
manualSeed(0);
var xs = rand(100, 1).mul(2).sub(1);
var ys = xs.mul(3).add(2).add(randn(100, 1).mul(0.1));
var train = DataLoader.of(new TensorDataset(xs, ys), 10, true);
var model = new Linear(1, 1);
var opt = new SGD(model.parameters(), 0.1);
var lossFn = new MSELoss();
var epochLosses = new ArrayList<Double>();
for (int epoch = 0; epoch < 5; epoch++) {
    double total = 0;
    for (Tensor[] batch : train) {
        var loss = lossFn.call(model.call(batch[0]), batch[1]);
        opt.zeroGrad();
        loss.backward();
        opt.step();
        total += loss.item() * batch[0].size(0);
    }
    epochLosses.add(total / xs.size(0));
    System.out.printf("epoch %d: mean loss %.5f%n", epoch, total / xs.size(0));
}
System.out.printf("weight %.4f bias %.4f%n", model.weight.item(), model.bias.item());

//# The mean loss per epoch falls quickly: mini-batches give many small steps per pass over the data.
plot(epochLosses, "o-"); title("mean training loss per epoch"); xlabel("epoch");
show();
