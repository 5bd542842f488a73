package torch4j.nn;

import java.util.List;
import torch4j.Tensor;

/**
 * One step of an LSTM ({@code nn.LSTMCell}): {@code forwardWithHidden(x, h, c)} returns PyTorch's
 * {@code (h_1, c_1)} as a two-element list; {@link #call(Tensor)} returns h_1 only. Input (batch,
 * input_size) or unbatched (input_size); the states default to zeros.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var cell = new LSTMCell(10, 20)
 * cell ==> LSTMCell(10, 20)
 * jshell> var hc = cell.forwardWithHidden(randn(3, 10), randn(3, 20), randn(3, 20));
 * jshell> hc.get(0).gradFn() + " " + hc.get(1).gradFn()
 * $3 ==> <MulBackward0> <AddBackward0>
 * }</pre>
 */
public class LSTMCell extends RNNCellBase {
    /** {@code nn.LSTMCell(input_size, hidden_size)}. */
    public LSTMCell(long inputSize, long hiddenSize) { this(inputSize, hiddenSize, true); }

    /** {@code nn.LSTMCell(input_size, hidden_size, bias)}. */
    public LSTMCell(long inputSize, long hiddenSize, boolean bias) { super(inputSize, hiddenSize, bias, 4); }

    /** {@code h_1, c_1 = cell(input)}: zero states. */
    public List<Tensor> forwardWithHidden(Tensor input) { return forwardWithHidden(input, null, null); }

    /**
     * {@code h_1, c_1 = cell(input, (h_0, c_0))}.
     *
     * @throws IllegalArgumentException PyTorch's messages for a wrong input dimension or size
     */
    public List<Tensor> forwardWithHidden(Tensor input, Tensor h0, Tensor c0) {
        boolean isBatched = input.dim() == 2;
        input = batched(input, "LSTMCell");
        if (h0 == null) {
            Tensor zeros = zeroState(input);
            h0 = zeros;
            c0 = zeros;
        } else if (!isBatched) {
            h0 = h0.unsqueeze(0);
            c0 = c0.unsqueeze(0);
        }
        check(input, h0, c0);
        Tensor[] ret = RnnCells.LSTM.step(input, new Tensor[]{h0, c0}, params(), false);
        return isBatched ? List.of(ret[0], ret[1]) : List.of(ret[0].squeeze(0), ret[1].squeeze(0));
    }

    /** h_1 ({@code cell(input)[0]}). */
    @Override public Tensor forward(Tensor input) { return forwardWithHidden(input).get(0); }
}
