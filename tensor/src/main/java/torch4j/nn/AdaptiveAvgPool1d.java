package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 1-D adaptive average pooling ({@code nn.AdaptiveAvgPool1d}) of (N, C, L) or (C, L) to a fixed
 * output length whatever L.
 *
 * <pre>{@code
 * jshell> new AdaptiveAvgPool1d(2).call(tensor(1., 3., 2., 0.).view(1, 4))
 * $1 ==> tensor([[2., 1.]])
 * }</pre>
 */
public class AdaptiveAvgPool1d extends Module {
    /** The output length. */
    public final long outputSize;

    /** {@code nn.AdaptiveAvgPool1d(output_size)}. */
    public AdaptiveAvgPool1d(long outputSize) { this.outputSize = outputSize; }

    @Override public Tensor forward(Tensor input) { return F.adaptiveAvgPool1d(input, outputSize); }

    @Override public String extraRepr() { return "output_size=" + outputSize; }
}
