package torch4j;

/**
 * A part of {@link Tensor}'s methods: Python's idioms on a tensor: its values as Python shows them, operator forms, the {@code new_*} family, types.
 * Split from {@code Tensor} only to keep files small; users see one class.
 */
abstract sealed class PythonMethods extends LinalgMethods permits Tensor {
    PythonMethods(torch4j.storage.Storage storage, long[] shape, long[] strides, long offset, boolean wrappedNumber) {
        super(storage, shape, strides, offset, wrappedNumber);
    }

    // ---------------------------------------------------------------- transposes (Python's attributes)

    /**
     * {@code x.T}: the dims reversed ({@code PermuteBackward0}); on a tensor that is not 2-D it
     * prints PyTorch's deprecation warning once.
     * <pre>{@code
     * jshell> arange(6).view(2, 3).T()
     * $1 ==> tensor([[0, 3],
     *                [1, 4],
     *                [2, 5]])
     * }</pre>
     */
    public Tensor T() { return PythonOps.numpyT(self()); }

    /** {@code x.mT}: the last two dims swapped, for a matrix or a batch of matrices ({@code TransposeBackward0}). */
    public Tensor mT() { return PythonOps.matrixT(self(), "mT"); }

    /** {@code x.H}: the conjugate transpose of a matrix; torch4j's tensors are real, so the transpose ({@code x.T} of a 0-dim tensor). */
    public Tensor H() { return PythonOps.adjointH(self()); }

    /** {@code x.mH}: the conjugate transpose of a matrix or a batch; for real tensors {@link #mT()}. */
    public Tensor mH() { return PythonOps.matrixT(self(), "mH"); }

    // ---------------------------------------------------------------- types

    /**
     * {@code x.type()}: PyTorch's legacy type name.
     * <pre>{@code
     * jshell> ones(2).type()
     * $1 ==> "torch.FloatTensor"
     * }</pre>
     */
    public String type() { return PythonOps.typeName(self()); }

    /** {@code x.type("torch.DoubleTensor")}: a copy of that type, or this tensor when it has it. */
    public Tensor type(String typeName) { return PythonOps.toTypeName(self(), typeName); }

    /**
     * {@code x._version}: how many times this tensor's data (shared by its views) was written in place.
     * <pre>{@code
     * jshell> var x = ones(2); x.add_(1); x._version()
     * $3 ==> 1
     * }</pre>
     */
    public long _version() { return storage().version(); }

    // ---------------------------------------------------------------- trailing-default overloads

    /** {@code x.flatten(1)}: dims {@code startDim..} flattened into one (a view when possible). */
    @TorchFunction
    public Tensor flatten(long startDim) { return Views.flatten(self(), startDim, -1); }

    /** {@code x.div(2, rounding_mode="floor")}: {@link #div(Tensor, String)} with a number. */
    @TorchFunction
    public Tensor div(double value, String roundingMode) { return div(Conversions.scalar(value), roundingMode); }

    /** {@code x.div(2, rounding_mode="floor")} with an integer divisor (keeps an integer dtype). */
    @TorchFunction
    public Tensor div(long value, String roundingMode) { return div(Conversions.scalar(value), roundingMode); }

    // ---------------------------------------------------------------- new_* (this tensor's dtype and device)

    /**
     * {@code x.new_ones(2, 3)}: ones of this tensor's dtype on its device.
     * <pre>{@code
     * jshell> tensor(1L, 2L).newOnes(2)
     * $1 ==> tensor([1, 1])
     * }</pre>
     */
    public Tensor newOnes(long... size) { return Torch.ones(size, likeOptions()); }

    /** {@code x.new_ones(size, dtype=..., device=..., requires_grad=...)}: unset options follow this tensor. */
    public Tensor newOnes(long[] size, TensorOptions options) { return Torch.ones(size, likeOptions(options)); }

    /** {@code x.new_zeros(2, 3)}: zeros of this tensor's dtype on its device. */
    public Tensor newZeros(long... size) { return Torch.zeros(size, likeOptions()); }

    /** {@code x.new_zeros(size, dtype=..., ...)}: unset options follow this tensor. */
    public Tensor newZeros(long[] size, TensorOptions options) { return Torch.zeros(size, likeOptions(options)); }

    /** {@code x.new_empty(2, 3)}: an uninitialised tensor (zero-filled here) of this tensor's dtype and device. */
    public Tensor newEmpty(long... size) { return Torch.empty(size, likeOptions()); }

    /** {@code x.new_empty(size, dtype=..., ...)}: unset options follow this tensor. */
    public Tensor newEmpty(long[] size, TensorOptions options) { return Torch.empty(size, likeOptions(options)); }

    /** {@code x.new_full((2, 3), 7.5)}: filled with {@code value} converted to this tensor's dtype ({@code 7} for int64). */
    public Tensor newFull(long[] size, double value) { return Torch.full(size, value, likeOptions()); }

    /** {@code x.new_full((2, 3), 7)}: filled with an integer, exact for int64. */
    public Tensor newFull(long[] size, long value) { return Torch.full(size, value, likeOptions()); }

    /** {@code x.new_full(size, value, dtype=..., ...)}: unset options follow this tensor. */
    public Tensor newFull(long[] size, double value, TensorOptions options) { return Torch.full(size, value, likeOptions(options)); }

    /**
     * {@code x.new_tensor(data)}: {@code tensor(data)} with this tensor's dtype and device (a copy;
     * a tensor argument gets PyTorch's "clone().detach()" warning, as in Python).
     * <pre>{@code
     * jshell> tensor(1L, 2L).newTensor(new double[]{1.5, 2.5})
     * $1 ==> tensor([1, 2])
     * }</pre>
     */
    public Tensor newTensor(Object data) { return PythonOps.newTensor(data, likeOptions()); }

    /** {@code x.new_tensor(data, dtype=..., ...)}: unset options follow this tensor. */
    public Tensor newTensor(Object data, TensorOptions options) { return PythonOps.newTensor(data, likeOptions(options)); }

    private TensorOptions likeOptions() { return TensorOptions.device(device()).withDtype(dtype()); }

    private TensorOptions likeOptions(TensorOptions o) {
        return new TensorOptions(o.dtypeOr(dtype()), o.deviceOr(device()), o.requiresGrad());
    }

    // ---------------------------------------------------------------- numpy()

    /**
     * {@code x.numpy()}: an {@link NDArray} sharing this CPU tensor's memory, so writing the tensor
     * in place changes the array and the other way round; prints as numpy prints.
     * <pre>{@code
     * jshell> var t = ones(3); var n = t.numpy(); t.add_(1); n
     * $4 ==> array([2., 2., 2.], dtype=float32)
     * }</pre>
     */
    public NDArray numpy() { return NDArray.of(self()); }
}
