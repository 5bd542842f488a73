package torch4j.nn;

import torch4j.Tensor;

/**
 * One step of an Elman RNN ({@code nn.RNNCell}): h' = tanh(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh), or
 * relu. Input (batch, input_size) or unbatched (input_size); h defaults to zeros.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var cell = new RNNCell(10, 20)
 * cell ==> RNNCell(10, 20)
 * jshell> cell.call(randn(3, 10), randn(3, 20)).gradFn()
 * $2 ==> <TanhBackward0>
 * }</pre>
 */
public class RNNCell extends RNNCellBase {
    /** "tanh" or "relu". */
    public final String nonlinearity;

    /** {@code nn.RNNCell(input_size, hidden_size)}. */
    public RNNCell(long inputSize, long hiddenSize) { this(inputSize, hiddenSize, true, "tanh"); }

    /** {@code nn.RNNCell(input_size, hidden_size, bias, nonlinearity)}. */
    public RNNCell(long inputSize, long hiddenSize, boolean bias, String nonlinearity) {
        super(inputSize, hiddenSize, bias, 1);
        this.nonlinearity = nonlinearity;
    }

    /** {@code cell(input)}: h zeros. */
    @Override public Tensor forward(Tensor input) { return forward(input, null); }

    /**
     * {@code cell(input, hx)}.
     *
     * @throws IllegalArgumentException PyTorch's messages for a wrong input dimension or size, or
     *         an unknown nonlinearity
     */
    @Override public Tensor forward(Tensor input, Tensor hx) {
        boolean isBatched = input.dim() == 2;
        input = batched(input, "RNNCell");
        hx = hx == null ? zeroState(input) : isBatched ? hx : hx.unsqueeze(0);
        RnnCells.Cell cell = switch (nonlinearity) {
            case "tanh" -> RnnCells.TANH;
            case "relu" -> RnnCells.RELU;
            default -> throw new IllegalArgumentException("Unknown nonlinearity: " + nonlinearity);
        };
        check(input, hx);
        Tensor ret = cell.step(input, new Tensor[]{hx}, params(), false)[0];
        return isBatched ? ret : ret.squeeze(0);
    }

    @Override public String extraRepr() {
        return super.extraRepr() + ("tanh".equals(nonlinearity) ? "" : ", nonlinearity=" + nonlinearity);
    }
}
