package torch4j.nn;

/**
 * The keyword arguments of {@code nn.RNN}, {@code nn.LSTM} and {@code nn.GRU} beyond the two sizes,
 * with PyTorch's defaults: {@code num_layers=1, bias=True, batch_first=False, dropout=0,
 * bidirectional=False, proj_size=0} (LSTM only), {@code nonlinearity='tanh'} (RNN only).
 *
 * <pre>{@code
 * jshell> new LSTM(10, 20, new RNNOptions().numLayers(2).dropout(0.5).bidirectional(true))
 * $1 ==> LSTM(10, 20, num_layers=2, dropout=0.5, bidirectional=True)
 * }</pre>
 */
public final class RNNOptions {
    int numLayers = 1;
    boolean bias = true, batchFirst, bidirectional;
    double dropout;
    long projSize;
    boolean projSizeGiven;
    String nonlinearity;

    /** All defaults. */
    public RNNOptions() {}

    /** {@code num_layers}: recurrent layers stacked on each other. */
    public RNNOptions numLayers(int numLayers) { this.numLayers = numLayers; return this; }

    /** {@code bias}: whether the layers have {@code bias_ih} and {@code bias_hh}. */
    public RNNOptions bias(boolean bias) { this.bias = bias; return this; }

    /** {@code batch_first}: input and output as (batch, seq, feature) rather than (seq, batch, feature). */
    public RNNOptions batchFirst(boolean batchFirst) { this.batchFirst = batchFirst; return this; }

    /** {@code dropout}: the probability of the dropout applied to the outputs of all layers but the last (training only). */
    public RNNOptions dropout(double dropout) { this.dropout = dropout; return this; }

    /** {@code bidirectional}: a second, reversed pass over the sequence per layer. */
    public RNNOptions bidirectional(boolean bidirectional) { this.bidirectional = bidirectional; return this; }

    /** {@code proj_size} (LSTM only): projects each hidden state to this size ({@code weight_hr_l*}). */
    public RNNOptions projSize(long projSize) { this.projSize = projSize; this.projSizeGiven = true; return this; }

    /** {@code nonlinearity} (RNN only): "tanh" or "relu". */
    public RNNOptions nonlinearity(String nonlinearity) { this.nonlinearity = nonlinearity; return this; }
}
