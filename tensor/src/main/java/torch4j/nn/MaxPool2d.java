package torch4j.nn;

import java.util.List;
import torch4j.Tensor;
import torch4j.nn.functional.F;

/**
 * 2-D max pooling ({@code nn.MaxPool2d}). Options given as one int apply to both dims; an array
 * is (height, width), and an array of one value stands for Python's plain int (as the repr
 * shows it). Stride defaults to the kernel size. With {@code returnIndices} PyTorch's forward returns
 * the tuple (values, indices); a Java forward returns one tensor, so such a module is run with
 * {@link #forwardWithIndices(Tensor)} (its plain forward refuses). As in PyTorch 1.13 the repr does not
 * show {@code return_indices}.
 *
 * <pre>{@code
 * jshell> new MaxPool2d(2)
 * $1 ==> MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
 *
 * jshell> new MaxPool2d(2, 2, 0, 1, true, false).forwardWithIndices(arange(16.).view(1, 1, 4, 4)).get(1)
 * $2 ==> tensor([[[[ 5,  7],
 *           [13, 15]]]])
 * }</pre>
 */
public class MaxPool2d extends Module {
    /** As given: one value (Python's int) or (height, width). */
    public final int[] kernelSize, stride, padding, dilation;
    /** Whether the output size rounds up (windows may start in the right/bottom padding). */
    public final boolean ceilMode;
    /** Whether the module pools with indices ({@link #forwardWithIndices(Tensor)}). */
    public final boolean returnIndices;

    /** {@code nn.MaxPool2d(kernel_size)}: stride = kernel size. */
    public MaxPool2d(int kernelSize) { this(kernelSize, kernelSize, 0, 1, false); }

    /** {@code nn.MaxPool2d(kernel_size, stride)}. */
    public MaxPool2d(int kernelSize, int stride) { this(kernelSize, stride, 0, 1, false); }

    /** {@code nn.MaxPool2d(kernel_size, stride, padding, dilation, ceil_mode)}. */
    public MaxPool2d(int kernelSize, int stride, int padding, int dilation, boolean ceilMode) {
        this(new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, new int[]{dilation}, ceilMode);
    }

    /** {@code nn.MaxPool2d} with per-dim options; {@code stride} null means the kernel size. */
    public MaxPool2d(int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        this(kernelSize, stride, padding, dilation, false, ceilMode);
    }

    /** {@code nn.MaxPool2d(kernel_size, stride, padding, dilation, return_indices, ceil_mode)} (PyTorch's order). */
    public MaxPool2d(int kernelSize, int stride, int padding, int dilation, boolean returnIndices, boolean ceilMode) {
        this(new int[]{kernelSize}, new int[]{stride}, new int[]{padding}, new int[]{dilation}, returnIndices, ceilMode);
    }

    /** {@code nn.MaxPool2d} with per-dim options and {@code return_indices}; {@code stride} null means the kernel size. */
    public MaxPool2d(int[] kernelSize, int[] stride, int[] padding, int[] dilation, boolean returnIndices, boolean ceilMode) {
        this.returnIndices = returnIndices;
        this.kernelSize = kernelSize.clone();
        this.stride = stride == null ? kernelSize.clone() : stride.clone();
        this.padding = padding.clone();
        this.dilation = dilation.clone();
        this.ceilMode = ceilMode;
    }

    /** An option as (height, width). */
    static int[] pair(int[] v) { return v.length == 1 ? new int[]{v[0], v[0]} : v; }

    /** Python's repr of an int-or-tuple option. */
    static String intOrTuple(int[] v) { return v.length == 1 ? Integer.toString(v[0]) : ConvNd.tuple(v); }

    /**
     * @throws IllegalStateException for a module built with {@code returnIndices}: its output is two
     *         tensors, see {@link #forwardWithIndices(Tensor)}
     */
    @Override public Tensor forward(Tensor input) {
        if (returnIndices)
            throw new IllegalStateException("MaxPool2d(return_indices=True) returns (values, indices): call forwardWithIndices(input) instead of forward/call");
        return F.maxPool2d(input, pair(kernelSize), pair(stride), pair(padding), pair(dilation), ceilMode);
    }

    /**
     * PyTorch's {@code module(input)} for {@code return_indices=True}: the pooled values and, for
     * each, the flat index (row·W + column) of the maximum in its plane, as
     * {@code F.max_pool2d_with_indices}. Works whatever {@code returnIndices} says; forward hooks do
     * not run (they see one tensor).
     *
     * <pre>{@code
     * jshell> new MaxPool2d(2, 2, 0, 1, true, false).forwardWithIndices(tensor(1., 3., 2., 0.).view(1, 1, 2, 2))
     * $1 ==> [tensor([[[[3.]]]]), tensor([[[[1]]]])]
     * }</pre>
     */
    public List<Tensor> forwardWithIndices(Tensor input) {
        return F.maxPool2dWithIndices(input, pair(kernelSize), pair(stride), pair(padding), pair(dilation), ceilMode);
    }

    @Override public String extraRepr() {
        return "kernel_size=" + intOrTuple(kernelSize) + ", stride=" + intOrTuple(stride) + ", padding=" + intOrTuple(padding)
                + ", dilation=" + intOrTuple(dilation) + ", ceil_mode=" + PyRepr.bool(ceilMode);
    }
}
