package torch4j.nn;

import torch4j.Tensor;

/**
 * One step of a GRU ({@code nn.GRUCell}): reset and update gates, candidate n = tanh(W_in·x +
 * b_in + r·(W_hn·h + b_hn)), h' = (1 − z)·n + z·h. Input (batch, input_size) or unbatched
 * (input_size); h defaults to zeros.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var cell = new GRUCell(10, 20)
 * cell ==> GRUCell(10, 20)
 * jshell> cell.call(randn(3, 10)).gradFn()
 * $2 ==> <AddBackward0>
 * }</pre>
 */
public class GRUCell extends RNNCellBase {
    /** {@code nn.GRUCell(input_size, hidden_size)}. */
    public GRUCell(long inputSize, long hiddenSize) { this(inputSize, hiddenSize, true); }

    /** {@code nn.GRUCell(input_size, hidden_size, bias)}. */
    public GRUCell(long inputSize, long hiddenSize, boolean bias) { super(inputSize, hiddenSize, bias, 3); }

    /** {@code cell(input)}: h zeros. */
    @Override public Tensor forward(Tensor input) { return forward(input, null); }

    /**
     * {@code cell(input, hx)}.
     *
     * @throws IllegalArgumentException PyTorch's messages for a wrong input dimension or size
     */
    @Override public Tensor forward(Tensor input, Tensor hx) {
        boolean isBatched = input.dim() == 2;
        input = batched(input, "GRUCell");
        hx = hx == null ? zeroState(input) : isBatched ? hx : hx.unsqueeze(0);
        check(input, hx);
        Tensor ret = RnnCells.GRU.step(input, new Tensor[]{hx}, params(), false)[0];
        return isBatched ? ret : ret.squeeze(0);
    }
}
