package torch4j.nn;

import torch4j.Tensor;
import torch4j.Torch;
import torch4j.nn.utils.rnn.PackedSequence;

/**
 * A long short-term memory network ({@code nn.LSTM}): input, forget, cell and output gates (the
 * rows of {@code weight_ih_l0} in that order), c' = f·c + i·g, h' = o·tanh(c'), projected to
 * {@code projSize} by {@code weight_hr_l{k}} when asked; stacked, optionally bidirectional, with
 * dropout between layers. {@code forwardWithHidden} returns PyTorch's {@code (output, (h_n, c_n))}
 * as {@code output()}, {@code hN()}, {@code cN()}.
 *
 * <pre>{@code
 * jshell> manualSeed(0); var lstm = new LSTM(10, 20, 2)
 * lstm ==> LSTM(10, 20, num_layers=2)
 * jshell> var r = lstm.forwardWithHidden(randn(5, 3, 10), randn(2, 3, 20), randn(2, 3, 20));
 * jshell> r.output().gradFn()
 * $3 ==> <StackBackward0>
 * }</pre>
 */
public class LSTM extends RNNBase {
    /** {@code nn.LSTM(input_size, hidden_size)}. */
    public LSTM(long inputSize, long hiddenSize) { this(inputSize, hiddenSize, new RNNOptions()); }

    /** {@code nn.LSTM(input_size, hidden_size, num_layers)}. */
    public LSTM(long inputSize, long hiddenSize, int numLayers) { this(inputSize, hiddenSize, new RNNOptions().numLayers(numLayers)); }

    /**
     * {@code nn.LSTM(input_size, hidden_size, **options)}.
     *
     * @throws IllegalArgumentException PyTorch's ValueErrors (proj_size negative or not below hidden_size, dropout outside [0, 1])
     */
    public LSTM(long inputSize, long hiddenSize, RNNOptions options) {
        super(check(options), inputSize, hiddenSize, options);
    }

    private static Mode check(RNNOptions o) {
        if (o.nonlinearity != null) throw new IllegalArgumentException("__init__() got an unexpected keyword argument 'nonlinearity'");
        return Mode.LSTM;
    }

    @Override RnnCells.Cell cell() { return RnnCells.LSTM; }

    private long realHidden() { return projSize > 0 ? projSize : hiddenSize; }

    /** {@code output, (h_n, c_n) = lstm(input)}: zero initial states. */
    public Result<Tensor> forwardWithHidden(Tensor input) { return forwardPadded(input, null, null); }

    /**
     * {@code output, (h_n, c_n) = lstm(input, (h_0, c_0))}: h_0 (layers·directions, batch,
     * proj_size or hidden), c_0 (layers·directions, batch, hidden); 2-D for unbatched input.
     */
    public Result<Tensor> forwardWithHidden(Tensor input, Tensor h0, Tensor c0) { return forwardPadded(input, h0, c0); }

    /** {@code output, (h_n, c_n) = lstm(packed)}. */
    public Result<PackedSequence> forwardWithHidden(PackedSequence input) { return forwardPacked(input, null, null); }

    /** {@code output, (h_n, c_n) = lstm(packed, (h_0, c_0))}, the states in the caller's batch order. */
    public Result<PackedSequence> forwardWithHidden(PackedSequence input, Tensor h0, Tensor c0) { return forwardPacked(input, h0, c0); }

    /** The output sequence ({@code lstm(input)[0]}). */
    @Override public Tensor forward(Tensor input) { return forwardPadded(input, null, null).output(); }

    private Result<Tensor> forwardPadded(Tensor input, Tensor hx, Tensor cx) {
        boolean batched = input.dim() == 3;
        int batchDim = batchFirst ? 0 : 1;
        if (!batched) input = input.unsqueeze(batchDim);
        long maxBatch = input.size(batchFirst ? 0 : 1);
        if (hx == null) {
            hx = Torch.zeros(new long[]{numLayers * numDirections(), maxBatch, realHidden()}, input.dtype(), input.device());
            cx = Torch.zeros(new long[]{numLayers * numDirections(), maxBatch, hiddenSize}, input.dtype(), input.device());
        } else if (batched) {
            if (hx.dim() != 3 || cx.dim() != 3)
                throw new IllegalArgumentException("For batched 3-D input, hx and cx should also be 3-D but got (" + hx.dim() + "-D, " + cx.dim() + "-D) tensors");
        } else {
            if (hx.dim() != 2 || cx.dim() != 2)
                throw new IllegalArgumentException("For unbatched 2-D input, hx and cx should also be 2-D but got (" + hx.dim() + "-D, " + cx.dim() + "-D) tensors");
            hx = hx.unsqueeze(1);
            cx = cx.unsqueeze(1);
        }
        checkArgs(input, null, hx, cx, miniBatch(input, null));
        var r = run(input, null, hx, cx);
        if (!batched) return new Result<>(r.output().squeeze(batchDim), r.hN().squeeze(1), r.cN().squeeze(1));
        return r;
    }

    private Result<PackedSequence> forwardPacked(PackedSequence input, Tensor hx, Tensor cx) {
        long[] batchSizes = input.batchSizes().toLongArray();
        if (hx == null) {
            hx = Torch.zeros(new long[]{numLayers * numDirections(), batchSizes[0], realHidden()}, input.data().dtype(), input.data().device());
            cx = Torch.zeros(new long[]{numLayers * numDirections(), batchSizes[0], hiddenSize}, input.data().dtype(), input.data().device());
        } else {
            hx = permute(hx, input.sortedIndices());
            cx = permute(cx, input.sortedIndices());
        }
        checkArgs(input.data(), batchSizes, hx, cx, batchSizes[0]);
        var r = run(input.data(), batchSizes, hx, cx);
        var output = new PackedSequence(r.output(), input.batchSizes(), input.sortedIndices(), input.unsortedIndices());
        return new Result<>(output, permute(r.hN(), input.unsortedIndices()), permute(r.cN(), input.unsortedIndices()));
    }

    private void checkArgs(Tensor input, long[] batchSizes, Tensor hx, Tensor cx, long miniBatch) {
        checkInput(input, batchSizes != null);
        long layers = numLayers * numDirections();
        checkHiddenSize(hx, new long[]{layers, miniBatch, realHidden()}, "hidden[0]");
        checkHiddenSize(cx, new long[]{layers, miniBatch, hiddenSize}, "hidden[1]");
    }
}
