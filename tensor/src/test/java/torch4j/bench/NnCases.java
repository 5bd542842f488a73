package torch4j.bench;

import static torch4j.Torch.*;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.CrossEntropyLoss;
import torch4j.nn.LSTM;
import torch4j.nn.Linear;
import torch4j.nn.MSELoss;
import torch4j.nn.Module;
import torch4j.nn.functional.F;
import torch4j.optim.SGD;

/** The training loops of the nn lessons as bench cases (same names and loops in bench/torch_bench.py). */
final class NnCases {
    private NnCases() {}

    static final class Net extends Module {
        final Linear hidden, out;

        Net(long in, long hiddenUnits, long outputs) {
            hidden = register("hidden", new Linear(in, hiddenUnits));
            out = register("out", new Linear(hiddenUnits, outputs));
        }

        @Override public Tensor forward(Tensor x) { return out.call(F.relu(hidden.call(x))); }
    }

    /** {@code steps} steps of the regression lesson (MSELoss, SGD lr 0.2) per call, training on. */
    static Runnable regression(int steps) {
        manualSeed(1);
        Tensor x = linspace(-1, 1, 100).unsqueeze(1);
        Tensor y = x.pow(2).add(rand(x.size()).mul(0.2));
        return loop(() -> new Net(1, 10, 1), x, y, new MSELoss(), 0.2, steps);
    }

    /** {@code steps} steps of the two-cluster lesson (CrossEntropyLoss, SGD lr 0.02) per call. */
    static Runnable classification(int steps) {
        manualSeed(1);
        Tensor n = ones(100, 2);
        Tensor x = cat(List.of(normal(n.mul(2), 1), normal(n.mul(-2), 1)), 0);
        Tensor y = cat(List.of(zeros(100), ones(100))).toLong();
        return loop(() -> new Net(2, 10, 2), x, y, new CrossEntropyLoss(), 0.02, steps);
    }

    /** LSTM(64 -> 128, num_layers=2) forward and backward of out.sum() on a (35, 32, 64) batch, grads reset to None each call. */
    static Runnable lstmForwardBackward() {
        manualSeed(0);
        LSTM lstm = new LSTM(64, 128, 2);
        Tensor x = randn(35, 32, 64);
        return () -> {
            lstm.zeroGrad(true);
            Tensor out = lstm.forwardWithHidden(x).output();
            out.sum().backward();
            Cases.sink = out;
        };
    }

    /** A fresh network per call (as torch_bench.py: a net trained on and on drifts into denormal gradients). */
    private static Runnable loop(java.util.function.Supplier<Net> makeNet, Tensor x, Tensor y, Module lossFunc, double lr, int steps) {
        return () -> {
            manualSeed(2);
            Net net = makeNet.get();
            SGD optimizer = new SGD(net.parameters(), lr);
            for (int t = 0; t < steps; t++) {
                Tensor loss = lossFunc.call(net.call(x), y);
                optimizer.zeroGrad();
                loss.backward();
                optimizer.step();
                Cases.sink = loss;
            }
        };
    }
}
