package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 3-D adaptive average pooling ({@code nn.AdaptiveAvgPool3d}) of (N, C, D, H, W) or (C, D, H, W)
 * to a fixed output size. A negative size stands for Python's None (keep the input's).
 *
 * <pre>{@code
 * jshell> new AdaptiveAvgPool3d(new long[]{2, -1, 3})
 * $1 ==> AdaptiveAvgPool3d(output_size=(2, None, 3))
 * }</pre>
 */
public class AdaptiveAvgPool3d extends Module {
    /** One value (all dims) or (depth, height, width). */
    public final long[] outputSize;

    /** {@code nn.AdaptiveAvgPool3d(n)}: n × n × n. */
    public AdaptiveAvgPool3d(long outputSize) { this.outputSize = new long[]{outputSize}; }

    /** {@code nn.AdaptiveAvgPool3d((d, h, w))}. */
    public AdaptiveAvgPool3d(long[] outputSize) { this.outputSize = outputSize.clone(); }

    /** (depth, height, width) with −1 for None. */
    static long[] triple(long[] v) { return v.length == 1 ? new long[]{v[0], v[0], v[0]} : v; }

    /** Python's repr of the output size: {@code 7}, {@code (2, None, 3)}. */
    static String repr(long[] v) {
        if (v.length == 1) return v[0] < 0 ? "None" : Long.toString(v[0]);
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) s.append(i > 0 ? ", " : "").append(v[i] < 0 ? "None" : Long.toString(v[i]));
        return s.append(')').toString();
    }

    @Override public Tensor forward(Tensor input) { return F.adaptiveAvgPool3d(input, triple(outputSize)); }

    @Override public String extraRepr() { return "output_size=" + repr(outputSize); }
}
