package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.init.Init;

/**
 * What {@link RNNCell}, {@link LSTMCell} and {@link GRUCell} share ({@code nn.RNNCellBase}): the
 * parameters {@code weight_ih} (chunks·hidden, input), {@code weight_hh} (chunks·hidden, hidden),
 * {@code bias_ih}, {@code bias_hh} (None without bias), initialised U(−1/√hidden, 1/√hidden) in
 * that order; the size checks; the repr.
 */
public abstract class RNNCellBase extends Module {
    /** The constructor arguments. */
    public final long inputSize, hiddenSize;
    /** Whether the cell has biases. */
    public final boolean bias;

    RNNCellBase(long inputSize, long hiddenSize, boolean bias, int numChunks) {
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.bias = bias;
        register("weight_ih", new Parameter(Torch.empty(numChunks * hiddenSize, inputSize)));
        register("weight_hh", new Parameter(Torch.empty(numChunks * hiddenSize, hiddenSize)));
        if (bias) {
            register("bias_ih", new Parameter(Torch.empty(numChunks * hiddenSize)));
            register("bias_hh", new Parameter(Torch.empty(numChunks * hiddenSize)));
        } else {
            registerParameter("bias_ih", null);
            registerParameter("bias_hh", null);
        }
        resetParameters();
    }

    /** PyTorch's {@code reset_parameters}: each parameter U(−1/√hidden, 1/√hidden), in order. */
    public void resetParameters() {
        double stdv = hiddenSize > 0 ? 1.0 / Math.sqrt(hiddenSize) : 0;
        try (var _ = GradMode.noGrad()) {
            for (Tensor w : parameters()) Init.uniform_(w, -stdv, stdv);
        }
    }

    RnnCells.Params params() {
        return new RnnCells.Params(parameters.get("weight_ih"), parameters.get("weight_hh"), parameters.get("bias_ih"), parameters.get("bias_hh"), null);
    }

    /** The input as a batch (1-D input gets a batch dimension), after PyTorch's dimension assertion. */
    Tensor batched(Tensor input, String name) {
        if (input.dim() != 1 && input.dim() != 2)
            throw new IllegalArgumentException(name + ": Expected input to be 1-D or 2-D but received " + input.dim() + "-D tensor");
        return input.dim() == 2 ? input : input.unsqueeze(0);
    }

    Tensor zeroState(Tensor input) { return Torch.zeros(new long[]{input.size(0), hiddenSize}, input.dtype(), input.device()); }

    /**
     * ATen's checks of a cell call: the input width, then each state's batch and width (ATen
     * 1.13 names both LSTM states "hidden0").
     */
    void check(Tensor input, Tensor... states) {
        RnnCells.checkInput(input, inputSize);
        for (Tensor state : states) RnnCells.checkHidden(input, state, hiddenSize, 0);
    }

    @Override public String extraRepr() {
        return inputSize + ", " + hiddenSize + (bias ? "" : ", bias=False");
    }
}
