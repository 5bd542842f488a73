package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1-D adaptive max pooling ({@code nn.AdaptiveMaxPool1d}) of (N, C, L) or (C, L) to a fixed
 * output length. With {@code returnIndices} run it with {@link #forwardWithIndices(Tensor)}, as
 * {@link MaxPool2d}; the repr does not show it, as in PyTorch.
 *
 * <pre>{@code
 * jshell> new AdaptiveMaxPool1d(2)
 * $1 ==> AdaptiveMaxPool1d(output_size=2)
 * }</pre>
 */
public class AdaptiveMaxPool1d extends Module {
    /** The output length. */
    public final long outputSize;
    /** Whether the module pools with indices ({@link #forwardWithIndices(Tensor)}). */
    public final boolean returnIndices;

    /** {@code nn.AdaptiveMaxPool1d(output_size)}. */
    public AdaptiveMaxPool1d(long outputSize) { this(outputSize, false); }

    /** {@code nn.AdaptiveMaxPool1d(output_size, return_indices)}. */
    public AdaptiveMaxPool1d(long outputSize, boolean returnIndices) {
        this.outputSize = outputSize;
        this.returnIndices = returnIndices;
    }

    /** @throws IllegalStateException for a module built with {@code returnIndices}: see {@link #forwardWithIndices(Tensor)} */
    @Override public Tensor forward(Tensor input) {
        if (returnIndices)
            throw new IllegalStateException("AdaptiveMaxPool1d(return_indices=True) returns (values, indices): call forwardWithIndices(input) instead of forward/call");
        return F.adaptiveMaxPool1d(input, outputSize);
    }

    /**
     * PyTorch's {@code module(input)} for {@code return_indices=True}: values and indices along L.
     *
     * <pre>{@code
     * jshell> new AdaptiveMaxPool1d(2, true).forwardWithIndices(tensor(1., 3., 2., 0.).view(1, 4)).get(1)
     * $1 ==> tensor([[1, 2]])
     * }</pre>
     */
    public List<Tensor> forwardWithIndices(Tensor input) { return F.adaptiveMaxPool1dWithIndices(input, outputSize); }

    @Override public String extraRepr() { return "output_size=" + outputSize; }
}
