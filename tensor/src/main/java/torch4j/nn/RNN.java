package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.utils.rnn.PackedSequence;

/**
 * An Elman recurrent network ({@code nn.RNN}): h_t = tanh(x_t·W_ihᵀ + b_ih + h_{t−1}·W_hhᵀ + b_hh)
 * (or relu), stacked {@code numLayers} deep, optionally bidirectional, with dropout between
 * layers. Input (seq, batch, input_size), or (batch, seq, input_size) with {@code batchFirst},
 * or unbatched (seq, input_size), or a {@link PackedSequence}.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var rnn = new RNN(10, 20, 2)
 * rnn ==> RNN(10, 20, num_layers=2)
 * jshell> var r = rnn.forwardWithHidden(randn(5, 3, 10), randn(2, 3, 20));
 * jshell> r.output().shape() + " " + r.hN().shape()
 * $3 ==> torch.Size([5, 3, 20]) torch.Size([2, 3, 20])
 * }</pre>
 */
public class RNN extends RNNBase {
    /** "tanh" or "relu". */
    public final String nonlinearity;

    /** {@code nn.RNN(input_size, hidden_size)}. */
    public RNN(long inputSize, long hiddenSize) { this(inputSize, hiddenSize, new RNNOptions()); }

    /** {@code nn.RNN(input_size, hidden_size, num_layers)}. */
    public RNN(long inputSize, long hiddenSize, int numLayers) { this(inputSize, hiddenSize, new RNNOptions().numLayers(numLayers)); }

    /**
     * {@code nn.RNN(input_size, hidden_size, **options)}.
     *
     * @throws IllegalArgumentException PyTorch's ValueErrors (unknown nonlinearity, proj_size given, dropout outside [0, 1])
     */
    public RNN(long inputSize, long hiddenSize, RNNOptions options) {
        super(mode(options), inputSize, hiddenSize, options);
        this.nonlinearity = options.nonlinearity == null ? "tanh" : options.nonlinearity;
    }

    private static Mode mode(RNNOptions o) {
        if (o.projSizeGiven) throw new IllegalArgumentException("proj_size argument is only supported for LSTM, not RNN or GRU");
        String n = o.nonlinearity == null ? "tanh" : o.nonlinearity;
        return switch (n) {
            case "tanh" -> Mode.RNN_TANH;
            case "relu" -> Mode.RNN_RELU;
            default -> throw new IllegalArgumentException("Unknown nonlinearity '" + n + "'");
        };
    }

    @Override RnnCells.Cell cell() { return mode == Mode.RNN_TANH ? RnnCells.TANH : RnnCells.RELU; }

    /** {@code output, h_n = rnn(input)}: h_0 zeros. */
    public Result<Tensor> forwardWithHidden(Tensor input) { return forwardSingle(input, null); }

    /** {@code output, h_n = rnn(input, h_0)}; h_0 (num_layers·num_directions, batch, hidden), or 2-D for unbatched input. */
    public Result<Tensor> forwardWithHidden(Tensor input, Tensor h0) { return forwardSingle(input, h0); }

    /** {@code output, h_n = rnn(packed)}: the output packed the same way. */
    public Result<PackedSequence> forwardWithHidden(PackedSequence input) { return forwardSingle(input, null); }

    /** {@code output, h_n = rnn(packed, h_0)}. */
    public Result<PackedSequence> forwardWithHidden(PackedSequence input, Tensor h0) { return forwardSingle(input, h0); }

    /** The output sequence ({@code rnn(input)[0]}). */
    @Override public Tensor forward(Tensor input) { return forwardSingle(input, null).output(); }

    /** The output sequence ({@code rnn(input, h_0)[0]}). */
    @Override public Tensor forward(Tensor input, Tensor h0) { return forwardSingle(input, h0).output(); }
}
