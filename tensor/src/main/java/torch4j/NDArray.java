package torch4j;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * What {@code x.numpy()} gives: an n-dimensional array that shares memory with a CPU tensor (a
 * strided view stays one), so "change the tensor, the array changes" (and the other way round). It prints as numpy's
 * {@code str} does; {@link #buffer()} is the shared memory as a {@code java.nio} buffer.
 *
 * <pre>{@code
 * jshell> var t = ones(5); var n = t.numpy(); t.add_(1); print(n)
 * [2. 2. 2. 2. 2.]
 * jshell> n.set(7, 0); t
 * $5 ==> tensor([7., 2., 2., 2., 2.])
 * }</pre>
 */
public final class NDArray {
    private final Tensor tensor;

    private NDArray(Tensor tensor) { this.tensor = tensor; }

    static NDArray of(Tensor t) {
        if (!t.isCpu())
            throw new IllegalArgumentException("can't convert " + t.device().type() + " device type tensor to numpy. Use Tensor.cpu()"
                    + " to copy the tensor to host memory first.");
        if (t.requiresGrad())
            throw new IllegalArgumentException("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
        return new NDArray(t.detach());
    }

    /** numpy's {@code a.shape}, as a {@link Size}. */
    public Size shape() { return tensor.shape(); }

    /** numpy's {@code a.ndim}. */
    public int ndim() { return tensor.dim(); }

    /** The element type (numpy's {@code a.dtype}: float32, int64, ...). */
    public DType dtype() { return tensor.dtype(); }

    /** The element at {@code indices} (row-major), as a double. */
    public double get(long... indices) { return tensor.get(indices).item(); }

    /** Writes {@code value} at {@code indices}; the tensor sees it (numpy's {@code a[i, j] = v}). */
    public NDArray set(double value, long... indices) {
        tensor.storage().bumpVersion();
        Conversions.fill(tensor.get(indices), Conversions.scalar(value));
        return this;
    }

    /**
     * The shared memory as a {@code java.nio} buffer of the element type ({@code FloatBuffer} for
     * float32, ...; a {@code ByteBuffer} of 0/1 for bool): writes go to the tensor.
     */
    public Buffer buffer() {
        if (!tensor.isContiguous())
            throw new IllegalStateException("buffer(): the array is a strided view; a java.nio buffer needs a contiguous one (x.contiguous().numpy())");
        Object a = tensor.storage().array();
        int off = (int) tensor.storageOffset(), n = (int) tensor.numel();
        return switch (a) {
            case float[] f -> FloatBuffer.wrap(f, off, n).slice();
            case double[] d -> DoubleBuffer.wrap(d, off, n).slice();
            case long[] l -> LongBuffer.wrap(l, off, n).slice();
            case int[] i -> IntBuffer.wrap(i, off, n).slice();
            case short[] s -> ShortBuffer.wrap(s, off, n).slice();
            case byte[] b -> ByteBuffer.wrap(b, off, n).slice();
            default -> throw new IllegalStateException("no nio buffer for " + a.getClass().getSimpleName());
        };
    }

    /** {@code torch.from_numpy(a)}: the tensor this array shares memory with. */
    public Tensor toTensor() { return tensor; }

    /** numpy's {@code str(a)}: {@code [2. 2. 2.]}, {@code [[1 2]\n [3 4]]}, {@code [ True False]}. */
    @Override public String toString() { return NumpyFormat.str(tensor); }
}
