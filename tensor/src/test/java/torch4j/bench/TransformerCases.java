package torch4j.bench;

import static torch4j.Torch.*;

import torch4j.Tensor;
import torch4j.nn.MSELoss;
import torch4j.nn.TransformerEncoder;
import torch4j.nn.TransformerEncoderLayer;
import torch4j.optim.Adam;

/**
 * Attention's bench case (same name and step in bench/torch_bench.py): one Adam training step of a
 * 2-layer TransformerEncoder (d_model 128, 4 heads, PyTorch's defaults otherwise: feed-forward
 * 2048, dropout 0.1), batch-first input (32, 64, 128), MSE against a fixed target.
 */
final class TransformerCases {
    private TransformerCases() {}

    static void register() {
        Cases.add("transformer_encoder2_d128_h4_train_step_32x64", TransformerCases::encoderTrainStep);
    }

    static Runnable encoderTrainStep() {
        manualSeed(0);
        var layer = new TransformerEncoderLayer(128, 4, 2048, 0.1, "relu", 1e-5, true, false);
        var model = new TransformerEncoder(layer, 2);
        Tensor x = randn(32, 64, 128), target = randn(32, 64, 128);
        var lossFn = new MSELoss();
        var opt = new Adam(model.parameters(), 1e-4);
        return () -> {
            opt.zeroGrad();
            Tensor loss = lossFn.call(model.call(x), target);
            loss.backward();
            opt.step();
            Cases.sink = loss;
        };
    }
}
