package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D adaptive average pooling ({@code nn.AdaptiveAvgPool2d}) to a fixed output size whatever the
 * input size. A negative size stands for Python's None (keep the input's).
 *
 * <pre>{@code
 * jshell> new AdaptiveAvgPool2d(new long[]{-1, 3})
 * $1 ==> AdaptiveAvgPool2d(output_size=(None, 3))
 * }</pre>
 */
public class AdaptiveAvgPool2d extends Module {
    /** One value (both dims) or (height, width). */
    public final long[] outputSize;

    /** {@code nn.AdaptiveAvgPool2d(n)}: n × n. */
    public AdaptiveAvgPool2d(long outputSize) { this.outputSize = new long[]{outputSize}; }

    /** {@code nn.AdaptiveAvgPool2d((h, w))}. */
    public AdaptiveAvgPool2d(long[] outputSize) { this.outputSize = outputSize.clone(); }

    /** (height, width) with −1 for None. */
    static long[] pair(long[] v) { return v.length == 1 ? new long[]{v[0], v[0]} : v; }

    /** Python's repr of the output size: {@code 7}, {@code (2, 3)}, {@code (None, 3)}. */
    static String repr(long[] v) {
        if (v.length == 1) return v[0] < 0 ? "None" : Long.toString(v[0]);
        return "(" + (v[0] < 0 ? "None" : v[0]) + ", " + (v[1] < 0 ? "None" : v[1]) + ")";
    }

    @Override public Tensor forward(Tensor input) { return F.adaptiveAvgPool2d(input, pair(outputSize)); }

    @Override public String extraRepr() { return "output_size=" + repr(outputSize); }
}
