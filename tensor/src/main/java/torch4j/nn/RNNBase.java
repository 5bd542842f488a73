package torch4j.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.autograd.GradMode;
import torch4j.nn.RnnCells.Params;
import torch4j.nn.init.Init;
import torch4j.nn.utils.rnn.PackedSequence;

/**
 * What {@link RNN}, {@link LSTM} and {@link GRU} share ({@code nn.RNNBase}): the per-layer
 * parameters {@code weight_ih_l{k}}, {@code weight_hh_l{k}}, {@code bias_ih_l{k}},
 * {@code bias_hh_l{k}} ({@code weight_hr_l{k}} with an LSTM projection; {@code _reverse} for the
 * second direction) registered in PyTorch's order, initialised U(−1/√hidden, 1/√hidden) in that
 * order, the input and hidden-size checks with PyTorch's messages, and the repr.
 *
 * <p>{@link #call(Tensor)} returns the output sequence only (PyTorch's {@code output, _ =
 * rnn(x)}); {@code forwardWithHidden} returns the output and the final hidden state.
 */
public abstract class RNNBase extends Module {
    /** PyTorch's mode names. */
    enum Mode { RNN_TANH, RNN_RELU, LSTM, GRU }

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    final Mode mode;
    /** The constructor arguments. */
    public final long inputSize, hiddenSize, projSize;
    /** The constructor arguments. */
    public final int numLayers;
    /** The constructor arguments. */
    public final boolean bias, batchFirst, bidirectional;
    /** The constructor argument (as a float, as PyTorch keeps it). */
    public final double dropout;
    private final List<List<String>> allWeightNames = new ArrayList<>();

    /**
     * A recurrent network's output and final state: {@code output} is the output sequence (a
     * tensor, or a {@link PackedSequence} for packed input), {@code hN} the final hidden state
     * (num_layers·num_directions, batch, hidden), {@code cN} the LSTM's final cell state (null for
     * RNN and GRU).
     */
    public record Result<O>(O output, Tensor hN, Tensor cN) {}

    RNNBase(Mode mode, long inputSize, long hiddenSize, RNNOptions o) {
        this.mode = mode;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.numLayers = o.numLayers;
        this.bias = o.bias;
        this.batchFirst = o.batchFirst;
        this.dropout = o.dropout;
        this.bidirectional = o.bidirectional;
        this.projSize = o.projSize;
        if (!(o.dropout >= 0 && o.dropout <= 1))
            throw new IllegalArgumentException("dropout should be a number in range [0, 1] representing the probability of an element being zeroed");
        if (o.dropout > 0 && o.numLayers == 1)
            warnOnce("dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout="
                    + PyRepr.floatRepr(o.dropout) + " and num_layers=" + o.numLayers);
        if (projSize < 0) throw new IllegalArgumentException("proj_size should be a positive integer or zero to disable projections");
        if (projSize >= hiddenSize) throw new IllegalArgumentException("proj_size has to be smaller than hidden_size");
        long gateSize = switch (mode) {
            case LSTM -> 4 * hiddenSize;
            case GRU -> 3 * hiddenSize;
            default -> hiddenSize;
        };
        int dirs = bidirectional ? 2 : 1;
        long realHidden = projSize > 0 ? projSize : hiddenSize;
        for (int layer = 0; layer < numLayers; layer++) {
            for (int direction = 0; direction < dirs; direction++) {
                long layerInput = layer == 0 ? inputSize : realHidden * dirs;
                String suffix = "_l" + layer + (direction == 1 ? "_reverse" : "");
                List<String> names = new ArrayList<>();
                names.add(param("weight_ih" + suffix, gateSize, layerInput));
                names.add(param("weight_hh" + suffix, gateSize, realHidden));
                if (bias) {
                    names.add(param("bias_ih" + suffix, gateSize));
                    names.add(param("bias_hh" + suffix, gateSize));
                }
                if (projSize > 0) names.add(param("weight_hr" + suffix, projSize, hiddenSize));
                allWeightNames.add(names);
            }
        }
        resetParameters();
    }

    private String param(String name, long... shape) {
        register(name, new Parameter(Torch.empty(shape)));
        return name;
    }

    static void warnOnce(String message) {
        if (WARNED.add(message)) System.err.println("UserWarning: " + message);
    }

    /** PyTorch's {@code reset_parameters}: every parameter, in registration order, U(−1/√hidden, 1/√hidden). */
    public void resetParameters() {
        double stdv = hiddenSize > 0 ? 1.0 / Math.sqrt(hiddenSize) : 0;
        try (var _ = GradMode.noGrad()) {
            for (Tensor w : parameters()) Init.uniform_(w, -stdv, stdv);
        }
    }

    /** {@code all_weights}: each layer-direction's parameters, in order. */
    public List<List<Tensor>> allWeights() {
        List<List<Tensor>> out = new ArrayList<>();
        for (List<String> names : allWeightNames) {
            List<Tensor> ws = new ArrayList<>();
            for (String n : names) ws.add(parameters.get(n));
            out.add(ws);
        }
        return out;
    }

    /** {@code flatten_parameters()}: a no-op on the CPU, as in PyTorch. */
    public void flattenParameters() {}

    List<Params> params() {
        List<Params> out = new ArrayList<>(allWeightNames.size());
        for (List<String> names : allWeightNames) {
            String sfx = names.get(0).substring("weight_ih".length());
            out.add(new Params(parameters.get("weight_ih" + sfx), parameters.get("weight_hh" + sfx),
                    bias ? parameters.get("bias_ih" + sfx) : null, bias ? parameters.get("bias_hh" + sfx) : null,
                    projSize > 0 ? parameters.get("weight_hr" + sfx) : null));
        }
        return out;
    }

    int numDirections() { return bidirectional ? 2 : 1; }

    // ---------------------------------------------------------------- checks (PyTorch's words)

    void checkInput(Tensor input, boolean packed) {
        int expected = packed ? 2 : 3;
        if (input.dim() != expected)
            throw new IllegalArgumentException("input must have " + expected + " dimensions, got " + input.dim());
        if (inputSize != input.size(-1))
            throw new IllegalArgumentException("input.size(-1) must be equal to input_size. Expected " + inputSize + ", got " + input.size(-1));
    }

    long miniBatch(Tensor input, long[] batchSizes) {
        return batchSizes != null ? batchSizes[0] : input.size(batchFirst ? 0 : 1);
    }

    static void checkHiddenSize(Tensor hx, long[] expected, String what) {
        if (!hx.shape().equals(torch4j.Size.of(expected)))
            throw new IllegalArgumentException("Expected " + what + " size " + PyRepr.tuple(expected) + ", got " + java.util.Arrays.toString(hx.shape().toLongArray()));
    }

    // ---------------------------------------------------------------- the forward pass

    /**
     * The whole forward ({@code RNNBase.forward} and ATen's {@code _rnn_impl}): input (padded
     * tensor or packed data with batchSizes), the initial states already checked; returns output,
     * h_n (and c_n).
     */
    Result<Tensor> run(Tensor input, long[] batchSizes, Tensor hx, Tensor cx) {
        List<Tensor> hs = hx.unbind(0), cs = cx == null ? null : cx.unbind(0);
        List<Tensor[]> hiddens = new ArrayList<>(hs.size());
        for (int i = 0; i < hs.size(); i++) hiddens.add(cs == null ? new Tensor[]{hs.get(i)} : new Tensor[]{hs.get(i), cs.get(i)});
        boolean timeMajorView = batchSizes == null && batchFirst;
        if (timeMajorView) input = input.transpose(0, 1);
        var out = RnnLayers.stack(cell(), input, batchSizes, params(), hiddens, numLayers, dropout, training, bidirectional);
        Tensor output = timeMajorView ? out.output().transpose(0, 1) : out.output();
        List<Tensor> hy = new ArrayList<>(), cy = new ArrayList<>();
        for (Tensor[] h : out.finals()) {
            hy.add(h[0]);
            if (h.length > 1) cy.add(h[1]);
        }
        return new Result<>(output, Torch.stack(hy, 0), cy.isEmpty() ? null : Torch.stack(cy, 0));
    }

    abstract RnnCells.Cell cell();

    /** RNN's and GRU's {@code forward(input, hx)} for a padded (or unbatched 2-D) input; hx may be null. */
    Result<Tensor> forwardSingle(Tensor input, Tensor hx) {
        boolean batched = input.dim() == 3;
        int batchDim = batchFirst ? 0 : 1;
        if (!batched) {
            input = input.unsqueeze(batchDim);
            if (hx != null) {
                if (hx.dim() != 2)
                    throw new IllegalArgumentException("For unbatched 2-D input, hx should also be 2-D but got " + hx.dim() + "-D tensor");
                hx = hx.unsqueeze(1);
            }
        } else if (hx != null && hx.dim() != 3) {
            throw new IllegalArgumentException("For batched 3-D input, hx should also be 3-D but got " + hx.dim() + "-D tensor");
        }
        long maxBatch = input.size(batchFirst ? 0 : 1);
        if (hx == null) hx = Torch.zeros(new long[]{numLayers * numDirections(), maxBatch, hiddenSize}, input.dtype(), input.device());
        checkInput(input, false);
        checkHiddenSize(hx, new long[]{numLayers * numDirections(), miniBatch(input, null), hiddenSize}, "hidden");
        var r = run(input, null, hx, null);
        if (!batched) return new Result<>(r.output().squeeze(batchDim), r.hN().squeeze(1), null);
        return r;
    }

    /** RNN's and GRU's {@code forward(packed, hx)}; hx (in the caller's batch order) may be null. */
    Result<PackedSequence> forwardSingle(PackedSequence input, Tensor hx) {
        long[] batchSizes = input.batchSizes().toLongArray();
        if (hx == null) hx = Torch.zeros(new long[]{numLayers * numDirections(), batchSizes[0], hiddenSize}, input.data().dtype(), input.data().device());
        else hx = permute(hx, input.sortedIndices());
        checkInput(input.data(), true);
        checkHiddenSize(hx, new long[]{numLayers * numDirections(), batchSizes[0], hiddenSize}, "hidden");
        var r = run(input.data(), batchSizes, hx, null);
        var output = new PackedSequence(r.output(), input.batchSizes(), input.sortedIndices(), input.unsortedIndices());
        return new Result<>(output, permute(r.hN(), input.unsortedIndices()), null);
    }

    static Tensor permute(Tensor hx, Tensor permutation) { return permutation == null || hx == null ? hx : hx.indexSelect(1, permutation); }

    @Override public String extraRepr() {
        StringBuilder s = new StringBuilder(inputSize + ", " + hiddenSize);
        if (projSize != 0) s.append(", proj_size=").append(projSize);
        if (numLayers != 1) s.append(", num_layers=").append(numLayers);
        if (!bias) s.append(", bias=False");
        if (batchFirst) s.append(", batch_first=True");
        if (dropout != 0) s.append(", dropout=").append(PyRepr.floatRepr(dropout));
        if (bidirectional) s.append(", bidirectional=True");
        return s.toString();
    }
}
