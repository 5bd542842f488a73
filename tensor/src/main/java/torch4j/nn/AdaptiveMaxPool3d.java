package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 3-D adaptive max pooling ({@code nn.AdaptiveMaxPool3d}); sizes as {@link AdaptiveAvgPool3d},
 * {@code returnIndices} as {@link AdaptiveMaxPool1d}.
 *
 * <pre>{@code
 * jshell> new AdaptiveMaxPool3d(2)
 * $1 ==> AdaptiveMaxPool3d(output_size=2)
 * }</pre>
 */
public class AdaptiveMaxPool3d extends Module {
    /** One value (all dims) or (depth, height, width), −1 for None. */
    public final long[] outputSize;
    /** Whether the module pools with indices ({@link #forwardWithIndices(Tensor)}). */
    public final boolean returnIndices;

    /** {@code nn.AdaptiveMaxPool3d(n)}: n × n × n. */
    public AdaptiveMaxPool3d(long outputSize) { this(new long[]{outputSize}, false); }

    /** {@code nn.AdaptiveMaxPool3d(output_size, return_indices)}. */
    public AdaptiveMaxPool3d(long[] outputSize, boolean returnIndices) {
        this.outputSize = outputSize.clone();
        this.returnIndices = returnIndices;
    }

    /** @throws IllegalStateException for a module built with {@code returnIndices}: see {@link #forwardWithIndices(Tensor)} */
    @Override public Tensor forward(Tensor input) {
        if (returnIndices)
            throw new IllegalStateException("AdaptiveMaxPool3d(return_indices=True) returns (values, indices): call forwardWithIndices(input) instead of forward/call");
        return F.adaptiveMaxPool3d(input, AdaptiveAvgPool3d.triple(outputSize));
    }

    /**
     * PyTorch's {@code module(input)} for {@code return_indices=True}: values and flat per-volume indices.
     *
     * <pre>{@code
     * jshell> new AdaptiveMaxPool3d(new long[]{1}, true).forwardWithIndices(arange(8.).view(1, 2, 2, 2)).get(1)
     * $1 ==> tensor([[[[7]]]])
     * }</pre>
     */
    public List<Tensor> forwardWithIndices(Tensor input) { return F.adaptiveMaxPool3dWithIndices(input, AdaptiveAvgPool3d.triple(outputSize)); }

    @Override public String extraRepr() { return "output_size=" + AdaptiveAvgPool3d.repr(outputSize); }
}
