package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.utils.rnn.PackedSequence;

/**
 * A gated recurrent unit network ({@code nn.GRU}): reset gate r and update gate z from the input
 * and hidden projections, candidate n = tanh(W_in·x + b_in + r·(W_hn·h + b_hn)), h' = (1 − z)·n +
 * z·h; stacked {@code numLayers} deep, optionally bidirectional, with dropout between layers.
 * Parameters {@code weight_ih_l0} (3·hidden, input) etc. hold the r, z, n rows in that order.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var gru = new GRU(10, 20, new RNNOptions().batchFirst(true))
 * gru ==> GRU(10, 20, batch_first=True)
 * jshell> var r = gru.forwardWithHidden(randn(3, 5, 10));
 * jshell> r.output().shape() + " " + r.hN().shape()
 * $3 ==> torch.Size([3, 5, 20]) torch.Size([1, 3, 20])
 * }</pre>
 */
public class GRU extends RNNBase {
    /** {@code nn.GRU(input_size, hidden_size)}. */
    public GRU(long inputSize, long hiddenSize) { this(inputSize, hiddenSize, new RNNOptions()); }

    /** {@code nn.GRU(input_size, hidden_size, num_layers)}. */
    public GRU(long inputSize, long hiddenSize, int numLayers) { this(inputSize, hiddenSize, new RNNOptions().numLayers(numLayers)); }

    /**
     * {@code nn.GRU(input_size, hidden_size, **options)}.
     *
     * @throws IllegalArgumentException PyTorch's ValueErrors (proj_size given, dropout outside [0, 1])
     */
    public GRU(long inputSize, long hiddenSize, RNNOptions options) {
        super(check(options), inputSize, hiddenSize, options);
    }

    private static Mode check(RNNOptions o) {
        if (o.projSizeGiven) throw new IllegalArgumentException("proj_size argument is only supported for LSTM, not RNN or GRU");
        if (o.nonlinearity != null) throw new IllegalArgumentException("__init__() got an unexpected keyword argument 'nonlinearity'");
        return Mode.GRU;
    }

    @Override RnnCells.Cell cell() { return RnnCells.GRU; }

    /** {@code output, h_n = gru(input)}: h_0 zeros. */
    public Result<Tensor> forwardWithHidden(Tensor input) { return forwardSingle(input, null); }

    /** {@code output, h_n = gru(input, h_0)}. */
    public Result<Tensor> forwardWithHidden(Tensor input, Tensor h0) { return forwardSingle(input, h0); }

    /** {@code output, h_n = gru(packed)}. */
    public Result<PackedSequence> forwardWithHidden(PackedSequence input) { return forwardSingle(input, null); }

    /** {@code output, h_n = gru(packed, h_0)}. */
    public Result<PackedSequence> forwardWithHidden(PackedSequence input, Tensor h0) { return forwardSingle(input, h0); }

    /** The output sequence ({@code gru(input)[0]}). */
    @Override public Tensor forward(Tensor input) { return forwardSingle(input, null).output(); }

    /** The output sequence ({@code gru(input, h_0)[0]}). */
    @Override public Tensor forward(Tensor input, Tensor h0) { return forwardSingle(input, h0).output(); }
}
