// Lesson 05: activation functions, printed and plotted. Run it with ./torch4j tutorials/05-activations.jsh
// The numbers match PyTorch 1.13; the figure shows in the terminal (savefig("file.png") saves it).

//# # Lesson 05: activation functions
//# Without a non-linear function between them, stacked linear layers are one linear layer.
//# The classic choices are ReLU, sigmoid, tanh and softplus: here are their values, their
//# slopes (by autograd), and their curves.

//# ## Values at a few points
var points = linspace(-2, 2, 5);
print(points);
print(F.relu(points));
print(sigmoid(points));
print(tanh(points));
print(F.softplus(points));

//# ## Their derivatives, by autograd
//# ReLU's slope is 0 or 1; sigmoid's is at most 0.25, one reason deep sigmoid nets learn slowly;
//# tanh's is 1 at zero; softplus, a smooth ReLU, has sigmoid as its derivative.
List<Function<Tensor, Tensor>> activations = List.of(F::relu, Torch::sigmoid, Torch::tanh, F::softplus);
for (var f : activations) {
    var p = points.clone().requiresGrad_();
    f.apply(p).sum().backward();
    print(p.grad());
}

//# ## The curves
//# Four panels, as matplotlib's `subplot(2, 2, i)` draws them. In the notebook the figure appears
//# below; a script draws it in the terminal, and `savefig("activations.png")` would save it.
var x = linspace(-5, 5, 200);
print(x.get(":3"));
figure(8, 6);
subplot(2, 2, 1); plot(x, F.relu(x), "r-"); ylim(-1, 5); title("relu"); grid();
subplot(2, 2, 2); plot(x, sigmoid(x), "r-"); ylim(-0.2, 1.2); title("sigmoid"); grid();
subplot(2, 2, 3); plot(x, tanh(x), "r-"); ylim(-1.2, 1.2); title("tanh"); grid();
subplot(2, 2, 4); plot(x, F.softplus(x), "r-"); ylim(-0.2, 6); title("softplus"); grid();
show();
