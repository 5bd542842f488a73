package torch4j.nn;

import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * The padding layers' common part (PyTorch's {@code _ConstantPadNd}, {@code _ReflectionPadNd},
 * {@code _ReplicationPadNd}): {@link F#pad} with a fixed padding, mode and value. The padding is
 * (before, after) pairs from the last dim backwards; a layer given one number pads every side
 * by it, one given several uses them as they are (PyTorch's {@code _pair}/{@code _quadruple}/
 * {@code _ntuple(6)} of a tuple).
 *
 * <pre>{@code
 * jshell> new ReflectionPad1d(2).call(arange(4.).view(1, 1, 4))
 * $1 ==> tensor([[[2., 1., 0., 1., 2., 3., 2., 1.]]])
 * }</pre>
 */
public abstract class PadNd extends Module {
    /** (left, right[, top, bottom[, front, back]]), as the repr shows it. */
    public final long[] padding;
    /** "constant", "reflect" or "replicate". */
    public final String mode;
    /** The fill of constant padding, as given (an int prints as Python's int); null for the other modes. */
    public final Number value;

    PadNd(int dims, long[] padding, String mode, Number value) {
        if (padding.length == 1) {
            this.padding = new long[2 * dims];
            java.util.Arrays.fill(this.padding, padding[0]);
        } else {
            this.padding = padding.clone();
        }
        this.mode = mode;
        this.value = value;
    }

    @Override public Tensor forward(Tensor input) { return F.pad(input, padding, mode, value == null ? 0 : value.doubleValue()); }

    /** PyTorch's {@code extra_repr}: the padding tuple, and the value of a constant pad. */
    @Override public String extraRepr() {
        if (value == null || this instanceof ZeroPad2d) return PyRepr.tuple(padding);
        return "padding=" + PyRepr.tuple(padding) + ", value="
                + (value instanceof Double || value instanceof Float ? PyRepr.floatRepr(value.doubleValue()) : Long.toString(value.longValue()));
    }
}
