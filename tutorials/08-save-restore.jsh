// Lesson 08: saving and restoring a network. Run it with ./torch4j tutorials/08-save-restore.jsh
// The printed numbers match PyTorch 1.13's for the same seed.

//# # Lesson 08: saving and restoring a network
//# A trained network is its parameters. We train one (the parabola of lesson 06), save it, and
//# bring it back into fresh networks: the whole state dict, then the parameters only, restored
//# two ways. `Torch.save` writes PyTorch's own file format, so Python's `torch.load` reads these
//# files too, and torch4j reads files written by PyTorch.

//# ## Train a network
manualSeed(1);
var x = linspace(-1, 1, 100).unsqueeze(1);
var y = x.pow(2).add(rand(100, 1).mul(0.2));

Sequential makeNet() {
    return new Sequential(new Linear(1, 10), new ReLU(), new Linear(10, 1));
}

var net1 = makeNet();
var optimizer = new SGD(net1.parameters(), 0.2);
var lossFunc = new MSELoss();
Tensor loss = null;
for (int step = 0; step < 200; step++) {
    loss = lossFunc.call(net1.call(x), y);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
}
print(loss);
var probe = tensor(new double[][]{{-0.5}, {0.0}, {0.5}});
print(net1.call(probe));

//# ## 1. The whole state dict into a new network
//# `stateDict()` names every parameter and buffer; a new network of the same shape starts with
//# other random weights, and `loadStateDict` makes it the trained one (it reports which keys
//# were missing or unexpected: none here).
var folder = java.nio.file.Files.createTempDirectory("lesson08");
Torch.save(net1.stateDict(), folder.resolve("net1.pt"));
var net2 = makeNet();
print(net2.call(probe));
print(net2.loadStateDict(Torch.load(folder.resolve("net1.pt"))));
print(net2.call(probe));

//# ## 2. Parameters only
//# A map of the named parameters, detached from the graph, saved and loaded back.
var toSave = new LinkedHashMap<String, Tensor>();
net1.namedParameters().forEach((name, p) -> toSave.put(name, p.detach()));
Torch.save(toSave, folder.resolve("params.pt"));
Map<String, Tensor> params = Torch.load(folder.resolve("params.pt"));
params.forEach((name, p) -> print(name, p.shape()));

//# ### 2a. As a state dict
//# With `strict = false`, keys that are absent (buffers, say) would be reported, not refused.
var net3 = makeNet();
print(net3.loadStateDict(params, false));
print(net3.call(probe));

//# ### 2b. Copied into the parameters by name
//# Writing into parameters in place must not be recorded by autograd: hence `noGrad()`.
var net4 = makeNet();
try (var off = noGrad()) {
    net4.namedParameters().forEach((name, p) -> p.copy_(params.get(name)));
}
print(net4.call(probe));
print(equal(net4.call(probe), net1.call(probe)));
