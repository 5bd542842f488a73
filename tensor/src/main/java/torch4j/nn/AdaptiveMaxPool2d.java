package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D adaptive max pooling ({@code nn.AdaptiveMaxPool2d}); sizes as {@link AdaptiveAvgPool2d}.
 *
 * <pre>{@code
 * jshell> new AdaptiveMaxPool2d(new long[]{2, 3})
 * $1 ==> AdaptiveMaxPool2d(output_size=(2, 3))
 * }</pre>
 */
public class AdaptiveMaxPool2d extends Module {
    /** One value (both dims) or (height, width). */
    public final long[] outputSize;

    /** {@code nn.AdaptiveMaxPool2d(n)}: n × n. */
    public AdaptiveMaxPool2d(long outputSize) { this.outputSize = new long[]{outputSize}; }

    /** {@code nn.AdaptiveMaxPool2d((h, w))}. */
    public AdaptiveMaxPool2d(long[] outputSize) { this.outputSize = outputSize.clone(); }

    @Override public Tensor forward(Tensor input) { return F.adaptiveMaxPool2d(input, AdaptiveAvgPool2d.pair(outputSize)); }

    @Override public String extraRepr() { return "output_size=" + AdaptiveAvgPool2d.repr(outputSize); }
}
