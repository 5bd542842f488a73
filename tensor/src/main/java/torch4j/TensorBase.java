package torch4j;

import torch4j.backend.Backend;
import torch4j.backend.Backends;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;
import torch4j.storage.StorageSize;

/**
 * The data half of {@link Tensor}: storage, shape, strides, offset, and the metadata, conversion
 * and view methods. Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class TensorBase permits TensorMath {
    /** Not final only so that {@code Tensor.setData} (PyTorch's {@code x.data = y}) can swap it. */
    Storage storage;
    long[] shape;       // mutable only through resize_ (and later set_/detach_)
    long[] strides;
    long offset;
    /** A tensor made from a Java number for an op (PyTorch's wrapped number): lowest promotion priority. */
    final boolean wrappedNumber;

    // autograd metadata (see Recording): requiresGrad is true for leaves that require grad and for
    // every tensor with a gradFn, so "does this op need a graph" is one field read per input.
    boolean requiresGrad;
    torch4j.autograd.Node gradFn;
    int outputNr;
    Tensor grad;
    torch4j.autograd.AccumulateGrad accumulator;
    boolean retainsGrad, warnedGrad;
    /** For a view made with grad recording: the tensor it views (the root of a chain of views), else null. */
    Tensor viewBase;

    TensorBase(Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        // Every tensor, view or not, is made here: the one place a shape whose element count
        // overflows int64 is refused (PyTorch checks it whenever a tensor's sizes are set).
        Shapes.checkedNumel(shape);
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.wrappedNumber = wrappedNumber;
    }


    /** A new contiguous zero-filled tensor on the CPU. */
    static Tensor allocate(DType dtype, long[] shape) {
        return new Tensor(Storage.allocate(dtype, shape), shape, Shapes.contiguousStrides(shape), 0);
    }

    /** A new contiguous zero-filled tensor on {@code device}, allocated by its backend. */
    static Tensor allocate(DType dtype, long[] shape, Device device) {
        long bytes = StorageSize.contiguousBytes(shape, dtype.itemSize());
        Storage s = Backends.of(device).allocate(dtype, bytes / dtype.itemSize(), device);
        return new Tensor(s, shape, Shapes.contiguousStrides(shape), 0);
    }

    /** A new contiguous zero-filled tensor with this tensor's device. */
    final Tensor allocateLike(DType dtype, long[] shape) { return allocate(dtype, shape, device()); }

    /** The backend holding this tensor's storage. */
    final Backend backend() { return Backends.of(storage); }

    /** A view on this tensor's storage. */
    Tensor view(long[] newShape, long[] newStrides, long newOffset) {
        return new Tensor(storage, newShape, newStrides, newOffset);
    }

    /** This object as the {@link Tensor} it always is (the chain is sealed). */
    final Tensor self() { return (Tensor) this; }

    // ---------------------------------------------------------------- metadata

    /** The shape, as {@code x.shape} / {@code x.size()}. */
    public Size shape() { return Size.of(shape); }

    /** Same as {@link #shape()}. */
    public Size size() { return Size.of(shape); }

    /** Extent of one dimension (negative counts from the end). */
    public long size(int dim) { return shape[Shapes.wrapDim(dim, shape.length)]; }

    /** Number of dimensions. */
    public int dim() { return shape.length; }

    /** Same as {@link #dim()}. */
    public int ndim() { return shape.length; }

    /** Number of elements. */
    @TorchFunction public long numel() { return Shapes.numel(shape); }

    /** Element type. */
    public DType dtype() { return storage.dtype(); }

    /**
     * The device holding the storage.
     * <pre>{@code
     * jshell> zeros(2).to("meta").device()
     * $1 ==> meta
     * }</pre>
     */
    public Device device() { return storage.device(); }

    /** True when the tensor is on a CUDA device. */
    public boolean isCuda() { return storage.device().isCuda(); }

    /** True when the tensor is on the meta device (shape and dtype, no data). */
    public boolean isMeta() { return storage.device().isMeta(); }

    /** True when the tensor is on the CPU. */
    public boolean isCpu() { return storage.device().isCpu(); }

    /** Strides in elements, as {@code x.stride()}. */
    public long[] stride() { return strides.clone(); }

    /** Stride of one dimension. */
    public long stride(int dim) { return strides[Shapes.wrapDim(dim, shape.length)]; }

    /** Offset of the first element in the storage, as {@code x.storage_offset()}. */
    public long storageOffset() { return offset; }

    /** Bytes per element. */
    public int elementSize() { return storage.dtype().itemSize(); }

    /** Whether elements lie in row-major order with no gaps. */
    public boolean isContiguous() { return Shapes.isContiguous(shape, strides); }

    /** True for float32 and float64. */
    @TorchFunction public boolean isFloatingPoint() { return dtype().isFloatingPoint(); }

    /** Whether two tensors view the same storage (for the memory-sharing lessons). */
    public boolean sharesStorageWith(Tensor other) { return storage == other.storage; }

    /** The backing storage (internal; PyTorch's {@code x.untyped_storage()}). */
    public Storage storage() { return storage; }

    /** The address-free analogue of {@code x.data_ptr()}: storage identity plus element offset. */
    public long dataPtr() { return ((long) System.identityHashCode(storage) << 32) + offset * elementSize(); }

    // ---------------------------------------------------------------- values out

    /**
     * The single value of a one-element tensor as a double ({@code x.item()}), so that
     * {@code double v = loss.item()} and {@code total += loss.item()} are plain arithmetic. Python's
     * {@code item()} is an int for an integer tensor and a bool for a bool one: {@code print}, the
     * REPL echo and the kernel show this double as Python shows that value ({@code 6}, {@code True};
     * see {@link torch4j.print.ItemValues}).
     * <pre>{@code
     * jshell> tensor(6L).item()
     * $1 ==> 6
     * jshell> tensor(2.5).item()
     * $2 ==> 2.5
     * }</pre>
     */
    public double item() {
        int i = singleIndex();
        double v = storage.getDouble(i);
        return dtype().isFloatingPoint() ? v : torch4j.print.ItemValues.read(v, dtype(), storage.getLong(i));
    }

    /** The single value as a long (for integer tensors, exact). */
    public long longValue() { return storage.getLong(singleIndex()); }

    /** The single value as an int. */
    public int intValue() { return (int) longValue(); }

    /** The single value as a float. */
    public float floatValue() { return (float) doubleValue(); }

    /** The single value as a double (as {@link #item()}, without noting it for Python's printing). */
    public double doubleValue() { return storage.getDouble(singleIndex()); }

    /** The single value as a boolean (nonzero is true). */
    public boolean booleanValue() { return isFloatingPoint() ? doubleValue() != 0 : longValue() != 0; }

    private int singleIndex() {
        if (numel() != 1)
            throw new IllegalStateException("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        return (int) offset;
    }

    /** Elements in row-major order as doubles. */
    public double[] toDoubleArray() { return (double[]) Conversions.toFlatArray(self(), DType.FLOAT64); }

    /** Elements in row-major order as floats. */
    public float[] toFloatArray() { return (float[]) Conversions.toFlatArray(self(), DType.FLOAT32); }

    /** Elements in row-major order as longs. */
    public long[] toLongArray() { return (long[]) Conversions.toFlatArray(self(), DType.INT64); }

    /** Elements in row-major order as ints. */
    public int[] toIntArray() { return (int[]) Conversions.toFlatArray(self(), DType.INT32); }

    /** Elements in row-major order as booleans. */
    public boolean[] toBooleanArray() { return (boolean[]) Conversions.toFlatArray(self(), DType.BOOL); }

    /** Nested Java arrays of the tensor's element type ({@code x.tolist()}); a 0-dim tensor gives a boxed value. */
    public Object toArray() { return Conversions.toNestedArray(self()); }

    /**
     * {@code x.tolist()}: nested lists of Python's numbers (float32 and float64 as {@code Double},
     * integer types as {@code Long}, bool as {@code Boolean}) that print as Python prints them; a
     * 0-dim tensor gives the number itself. The result type is inferred where it is assigned.
     * <pre>{@code
     * jshell> tensor(0.1, 2.0).tolist()
     * $1 ==> [0.10000000149011612, 2.0]
     * jshell> List<Long> ids = tensor(3L, 1L).tolist();
     * }</pre>
     */
    @SuppressWarnings("unchecked")
    public <T> T tolist() { return (T) Conversions.toPythonList(self()); }

    // ---------------------------------------------------------------- dtype conversion

    /** A copy converted to {@code dtype} (keeping a dense layout, as PyTorch), or this tensor when it already has it ({@code x.to(dtype)}). */
    public Tensor to(DType dtype) { return dtype == dtype() ? self() : Conversions.convertPreservingLayout(self(), dtype); }

    // ---------------------------------------------------------------- devices

    /**
     * {@code x.to(device)}: a copy on {@code device} (same dtype, a dense layout kept), or this
     * tensor when it is already there. Differentiable ({@code ToCopyBackward0}).
     * <pre>{@code
     * jshell> ones(2, 3).to(Device.META)
     * $1 ==> tensor(..., device='meta', size=(2, 3))
     * }</pre>
     */
    public Tensor to(Device device) { return Conversions.toDevice(self(), device, dtype()); }

    /** {@code x.to("meta")}, {@code x.to("cuda:0")}: as {@link #to(Device)} with a parsed device string. */
    public Tensor to(String device) { return to(Device.of(device)); }

    /** {@code x.to(device, dtype)}: both at once, one copy. */
    public Tensor to(Device device, DType dtype) { return Conversions.toDevice(self(), device, dtype); }

    /** {@code x.to("cuda", torch.float64)}. */
    public Tensor to(String device, DType dtype) { return to(Device.of(device), dtype); }

    /** {@code x.to(other)}: to {@code other}'s device and dtype. */
    public Tensor to(Tensor other) { return to(other.device(), other.dtype()); }

    /** {@code x.cpu()}: this tensor on the CPU (itself when it is there already). */
    public Tensor cpu() { return to(Device.CPU); }

    /** {@code x.cuda()}: this tensor on the current CUDA device; without CUDA, PyTorch's "Torch not compiled with CUDA enabled". */
    public Tensor cuda() { return to(Device.CUDA); }

    /** {@code x.cuda(n)}: on CUDA device {@code n}. */
    public Tensor cuda(int index) { return to(new Device("cuda", index)); }

    /** Same as {@link #to(DType)}. */
    public Tensor type(DType dtype) { return to(dtype); }

    /** Converts to the dtype of {@code other}. */
    public Tensor typeAs(Tensor other) { return to(other.dtype()); }

    /** {@code x.float()}: float32. */
    public Tensor toFloat() { return to(DType.FLOAT32); }

    /** {@code x.double()}: float64. */
    public Tensor toDouble() { return to(DType.FLOAT64); }

    /** {@code x.long()}: int64. */
    public Tensor toLong() { return to(DType.INT64); }

    /** {@code x.int()}: int32. */
    public Tensor toInt() { return to(DType.INT32); }

    /** {@code x.bool()}. */
    public Tensor bool() { return to(DType.BOOL); }

    /** {@code x.byte()}: uint8. */
    public Tensor toByte() { return to(DType.UINT8); }

    // ---------------------------------------------------------------- views (share storage)

    /** A view with a new shape (one dim may be -1); fails when the layout does not allow it. */
    public Tensor view(long... shape) { return Views.view(self(), shape); }

    /** A view when possible, else a copy. */
    @TorchFunction public Tensor reshape(long... shape) { return Views.reshape(self(), shape); }

    /** Views this tensor with {@code other}'s shape. */
    public Tensor viewAs(Tensor other) { return Views.view(self(), other.shape); }

    /** Same as {@code reshape(other.shape())}. */
    public Tensor reshapeAs(Tensor other) { return Views.reshape(self(), other.shape); }

    /** Swaps two dimensions. */
    @TorchFunction public Tensor transpose(long dim0, long dim1) { return Views.transpose(self(), dim0, dim1); }

    /** Transpose of a 2-D tensor (0-D and 1-D returned as is). */
    @TorchFunction public Tensor t() { return Views.t(self()); }

    /** Reorders dimensions. */
    @TorchFunction public Tensor permute(long... dims) { return Views.permute(self(), dims); }

    /** Broadcasts size-1 dims to larger sizes without copying (-1 keeps a size). */
    public Tensor expand(long... sizes) { return Views.expand(self(), sizes); }

    /** Expands to {@code other}'s shape. */
    public Tensor expandAs(Tensor other) { return Views.expand(self(), other.shape); }

    /** Removes all size-1 dims. */
    @TorchFunction public Tensor squeeze() { return Views.squeeze(self()); }

    /** Removes {@code dim} if its size is 1. */
    @TorchFunction public Tensor squeeze(long dim) { return Views.squeeze(self(), dim); }

    /** Inserts a size-1 dim at {@code dim}. */
    @TorchFunction public Tensor unsqueeze(long dim) { return Views.unsqueeze(self(), dim); }

    /** Flattens all dims into one. */
    @TorchFunction public Tensor flatten() { return Views.flatten(self(), 0, -1); }

    /** Flattens dims {@code startDim..endDim}. */
    @TorchFunction public Tensor flatten(long startDim, long endDim) { return Views.flatten(self(), startDim, endDim); }

    /** Splits {@code dim} into {@code sizes}. */
    @TorchFunction public Tensor unflatten(long dim, long... sizes) { return Views.unflatten(self(), dim, sizes); }

    /** The slice {@code start .. start+length} of {@code dim}. */
    @TorchFunction public Tensor narrow(long dim, long start, long length) { return Views.narrow(self(), dim, start, length); }

    /** Index {@code index} of {@code dim}, removing that dim. */
    @TorchFunction public Tensor select(long dim, long index) { return Views.select(self(), dim, index); }

    /** {@code x[start:end:step]} along {@code dim}. */
    public Tensor slice(long dim, long start, long end, long step) { return Views.slice(self(), dim, start, end, step); }

    /** This tensor if contiguous, else a contiguous copy. */
    public Tensor contiguous() { return Views.contiguous(self()); }

    /** A copy; like PyTorch's, it keeps the strides of a dense tensor (a transposed one stays transposed). */
    @TorchFunction public Tensor clone() { return Conversions.clonePreservingLayout(self()); }

    /** Resizes in place, as PyTorch's resize_ (keeps the storage when it is large enough). */
    public Tensor resize_(long... sizes) { Views.resize(self(), sizes); storage.bumpVersion(); return self(); }

    /**
     * Makes this tensor view {@code source} through ({@code size}, {@code stride},
     * {@code storageOffset}), as PyTorch's {@code x.set_(source, storage_offset, size, stride)}; the
     * storage grows when the view reaches past its end, as in PyTorch. Checkpoint loading rebuilds
     * views and shared storages with it.
     * <pre>{@code
     * jshell> var s = arange(6.0).storage(); zeros(0).set_(s, 1, new long[]{2, 2}, new long[]{3, 1})
     * $2 ==> tensor([[1., 2.],
     *                [4., 5.]])
     * }</pre>
     */
    public Tensor set_(Storage source, long storageOffset, long[] size, long[] stride) {
        if (requiresGrad && gradFn == null)
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
        if (source.dtype() != dtype())
            throw new IllegalArgumentException("Expected a Storage of type " + dtype().cppTypeName() + " or an UntypedStorage, but got type "
                    + source.dtype().scalarTypeName() + " for argument 1 'storage'");
        if (size.length != stride.length)
            throw new IllegalArgumentException("unequal size length (" + size.length + ") and stride length (" + stride.length + ")");
        if (storageOffset < 0) throw new IllegalArgumentException("Tensor: invalid storage offset " + storageOffset);
        for (int d = 0; d < size.length; d++) {
            if (size[d] < 0) throw new IllegalArgumentException("Trying to create tensor with negative dimension " + size[d] + ": " + Size.of(size));
            if (stride[d] < 0)
                throw new IllegalArgumentException("Storage size calculation overflowed with sizes=" + java.util.Arrays.toString(size)
                        + " and strides=" + java.util.Arrays.toString(stride));
        }
        // one past the last element the view reaches (c10's computeStorageNbytes, in elements)
        long needed = StorageSize.stridedBytes(size, stride, storageOffset, 1);
        if (needed > source.length()) {
            if (needed > StorageSize.MAX_ELEMENTS)
                throw new IllegalArgumentException("tensor of " + needed + " elements exceeds the CPU storage limit of 2^31 - 9 elements");
            source.resize((int) needed);
        }
        storage = source;
        shape = size.clone();
        strides = stride.clone();
        offset = storageOffset;
        return self();
    }

}
