// Lesson 04: layers and modules. Run it with ./torch4j tutorials/04-modules.jsh
// Every print matches what PyTorch 1.13 prints for the same program.

//# # Lesson 04: from a hand-made layer to nn.Module
//# A layer is a function with parameters. We write a linear layer and a small perceptron by
//# hand as `Module` subclasses, then use torch4j's `Linear`, `Sequential` and `addModule`, and
//# look at what a module holds: its parameters and its state dict.
import torch4j.nn.Module;

//# ## A linear layer by hand
//# y = x W + b. Wrapping W and b in `Parameter` and `register`ing them under a name is what
//# makes them the module's parameters (Python does this when you assign `self.w = nn.Parameter(...)`).
class MyLinear extends Module {
    final Parameter w, b;

    MyLinear(long inFeatures, long outFeatures) {
        w = register("w", new Parameter(randn(inFeatures, outFeatures)));
        b = register("b", new Parameter(randn(outFeatures)));
    }

    @Override public Tensor forward(Tensor x) {
        return x.matmul(w).add(b);
    }
}

manualSeed(0);
var layer = new MyLinear(4, 3);
var x = randn(2, 4);
print(layer.call(x));
layer.namedParameters().forEach((name, p) -> print(name, p.shape()));

//# ## A perceptron
//# Modules nest: a perceptron is two of our layers with a sigmoid after each. A child module
//# registered by name puts its parameters under that name (`layer1.w`), and the module prints
//# as its tree of children, as in PyTorch.
class Perceptron extends Module {
    final MyLinear layer1, layer2;

    Perceptron(long inFeatures, long hidden, long outFeatures) {
        layer1 = register("layer1", new MyLinear(inFeatures, hidden));
        layer2 = register("layer2", new MyLinear(hidden, outFeatures));
    }

    @Override public Tensor forward(Tensor x) {
        x = sigmoid(layer1.call(x));
        return sigmoid(layer2.call(x));
    }
}

manualSeed(0);
var perceptron = new Perceptron(3, 4, 1);
print(perceptron.call(ones(2, 3)));
perceptron.namedParameters().forEach((name, p) -> print(name, p.shape()));
print(perceptron);

//# ## nn.Linear
//# The built-in layer stores the weight as (out × in) and initialises it as PyTorch does, so the
//# same seed gives the same numbers.
manualSeed(0);
var fc = new Linear(3, 2);
print(fc);
print(fc.weight);
print(fc.bias);
print(fc.call(ones(1, 3)));

//# ## Sequential and addModule
//# `Sequential` chains modules, named 0, 1, 2...; `get(i)` picks one. Built empty and filled with
//# `addModule`, the children get the names you choose.
manualSeed(0);
var net = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 1));
print(net);
print(net.get(0));
print(net.call(ones(2, 3)));
var net2 = new Sequential();
net2.addModule("hidden", new Linear(3, 4));
net2.addModule("act", new ReLU());
net2.addModule("out", new Linear(4, 1));
print(net2);

//# ## Parameters and the state dict
//# `parameters()` is what an optimizer gets; `stateDict()` maps each name to a tensor and is what
//# gets saved (lesson 08).
print(net2.parameters().stream().mapToLong(Tensor::numel).sum());
net2.namedParameters().forEach((name, p) -> print(name, p.shape()));
net2.stateDict().forEach((key, value) -> print(key, value.shape()));
print(net2.stateDict().get("out.bias"));
