package torch4j.backend;

/**
 * Elementwise maps over 1-3 strided operands by op declaration, selection, fills and ranges,
 * mask compaction and the fused optimizer updates. Part of the {@link Backend} primitive set; the
 * contract of {@link Backend} applies: the op layer has checked the arguments, allocated the
 * output on this backend's device and broadcast each input's strides to {@code shape}; inputs may
 * be strided, broadcast (stride 0) or overlap each other; an output overlaps an input only as
 * the same elements (in-place ops). A 0-dim CPU operand (a Python number) may come with
 * operands of any device, as in PyTorch.
 */
public interface PointwisePrimitives {
    /**
     * {@code out = op(x)} over {@code shape}. Inputs hold values already cast to {@code compute}
     * (the dtype the op computes in, PyTorch's common dtype); the backend chooses the kernel once
     * per call (the CPU: the float32 kernel, else double or long domain by {@code compute}) and
     * stores the results converted to {@code out}'s dtype.
     */
    void map(long[] shape, torch4j.DType compute, Operand out, Operand x, ElementwiseOp.UnaryOp op);

    /** {@code out = op(a, b)} over {@code shape}, as the one-operand form. */
    void map(long[] shape, torch4j.DType compute, Operand out, Operand a, Operand b, ElementwiseOp.BinaryOp op);

    /**
     * {@code out = cond != 0 ? x : y} ({@link TernaryOp#WHERE}); x and y hold {@code out}'s dtype.
     * {@code y} may be {@code out} itself (masked_fill in place).
     */
    void where(long[] shape, Operand out, Operand cond, Operand x, Operand y);

    /**
     * One fused pass of {@link TernaryOp#ADDCMUL}, {@link TernaryOp#ADDCDIV} or {@link TernaryOp#LERP}:
     * {@code out = op(self, a, b)} with the scalar {@code value} (addcmul's and addcdiv's value; lerp's
     * weight when {@code b} is null). Inputs hold {@code compute}'s values; float32 results round every
     * step to float in ATen's order.
     */
    void fused(TernaryOp op, long[] shape, torch4j.DType compute, Operand out, Operand self, Operand a, Operand b, double value);

    /** {@code out = value} over {@code shape}, cast to {@code out}'s dtype (a Double or a Long). */
    void fill(long[] shape, Operand out, Number value);

    /**
     * {@code out[i] = start + i * step} for the {@code n} elements of a contiguous 1-D {@code out}
     * ({@code torch.arange} over floats), rounded as the device's arange kernel does.
     */
    void arange(Operand out, long n, double start, double step);

    /** {@code out[i] = start + i * step}, exact in int64, cast to {@code out}'s dtype. */
    void arange(Operand out, long n, long start, long step);

    /** {@code torch.linspace} into a contiguous 1-D {@code out} of {@code steps} elements (out's dtype). */
    void linspace(Operand out, long steps, double start, double end);

    /**
     * The number of nonzero elements of {@code x} over {@code shape} (NaN counts), which decides
     * the shape of {@code op}'s result. A backend without data raises PyTorch's
     * "Could not run 'aten::{op}' with arguments from the 'Meta' backend."
     */
    long countNonzero(String op, long[] shape, Operand x);

    /** The elements of {@code x} where {@code mask} is nonzero, in row-major order, into a contiguous 1-D {@code out}. */
    void compress(long[] shape, Operand out, Operand x, Operand mask);

    /** The row-major coordinates of {@code x}'s nonzero elements into a contiguous int64 {@code (count, ndim)} {@code out}. */
    void nonzero(long[] shape, Operand out, Operand x);

    /**
     * One fused Adam/AdamW step over {@code n} elements of dense float32 operands at one layout
     * (p, grad, m, v and AMSGrad's running max, null without AMSGrad): p, m, v (and max) updated in place.
     */
    void adam(long n, Operand p, Operand grad, Operand m, Operand v, Operand max, OptimizerUpdates.Adam step);

    /**
     * One fused SGD step over {@code n} elements of dense float32 operands; {@code buf} is null
     * without momentum, and {@code first} means it is fresh (zeros) and takes the first direction.
     */
    void sgd(long n, Operand p, Operand grad, Operand buf, boolean first, OptimizerUpdates.Sgd step);
}
