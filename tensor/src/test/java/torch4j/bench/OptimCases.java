package torch4j.bench;

import java.util.List;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.CrossEntropyLoss;
import torch4j.nn.Linear;
import torch4j.nn.ReLU;
import torch4j.nn.Sequential;
import torch4j.optim.Adam;
import torch4j.optim.Optimizer;
import torch4j.optim.SGD;

/**
 * Optimizer cases of the side-by-side bench (twins in bench/torch_bench.py): the MLP
 * 784-128-10 training step with Adam at batch 64, and the optimizer steps alone on its 101,770
 * parameters (gradients filled once).
 */
final class OptimCases {
    private OptimCases() {}

    static void register() {
        Cases.add("mlp784_adam_train_step_b64", () -> trainStep(true));
        Cases.add("mlp784_sgd_train_step_b64", () -> trainStep(false));
        Cases.add("adam_step_mlp784", () -> optimizerStep(true));
        Cases.add("sgd_momentum_step_mlp784", () -> optimizerStep(false));
    }

    static Sequential mlp() {
        Torch.manualSeed(0);
        return new Sequential(new Linear(784, 128), new ReLU(), new Linear(128, 10));
    }

    static Optimizer optimizer(Sequential model, boolean adam) {
        return adam ? new Adam(model.parameters(), 1e-3) : new SGD(model.parameters(), SGD.options().lr(0.01).momentum(0.9));
    }

    /** zero_grad, forward, cross entropy, backward, step: one iteration of a training loop. */
    static Runnable trainStep(boolean adam) {
        Sequential model = mlp();
        Optimizer opt = optimizer(model, adam);
        CrossEntropyLoss lossFn = new CrossEntropyLoss();
        Tensor x = Torch.randn(64, 784), y = Torch.randint(0, 10, 64);
        return () -> {
            opt.zeroGrad();
            Tensor loss = lossFn.call(model.call(x), y);
            loss.backward();
            opt.step();
            Cases.sink = loss;
        };
    }

    static Runnable optimizerStep(boolean adam) {
        Sequential model = mlp();
        Optimizer opt = optimizer(model, adam);
        for (Tensor p : model.parameters()) p.setGrad(Torch.randnLike(p).mul(1e-3));
        List<Tensor> params = model.parameters();
        return () -> { opt.step(); Cases.sink = params; };
    }
}
