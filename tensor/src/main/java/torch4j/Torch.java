package torch4j;

/**
 * The static entry point, PyTorch's {@code torch} namespace. The REPL imports it statically, so
 * {@code randn(2, 3)} works there as {@code torch.randn(2, 3)} does in Python.
 *
 * <pre>{@code
 * jshell> tensor(new double[][]{{1, 2}, {3, 4}})
 * $1 ==> tensor([[1., 2.],
 *                [3., 4.]])
 * jshell> arange(5)
 * $2 ==> tensor([0, 1, 2, 3, 4])
 * }</pre>
 *
 * Literals follow Python's rules: Java {@code double}/{@code float} give float32 (the default
 * dtype), {@code int}/{@code long} give int64, {@code boolean} gives bool. {@link #from(Object)}
 * keeps the Java element type instead.
 */
public final class Torch extends ConvPoolFunctions {
    private Torch() {}

    /** dtype constants, so {@code zeros(new long[]{2}, float64)} reads like Python. */
    public static final DType float32 = DType.FLOAT32, float64 = DType.FLOAT64, int64 = DType.INT64,
            int32 = DType.INT32, int16 = DType.INT16, int8 = DType.INT8, uint8 = DType.UINT8, bool = DType.BOOL;

    // ---------------------------------------------------------------- from Java values

    /** A 0-dim float32 tensor. */
    public static Tensor tensor(double value) { return Creation.fromData(value, null); }
    /** A 0-dim int64 tensor. */
    public static Tensor tensor(long value) { return Creation.fromData(value, null); }
    /** A 0-dim bool tensor. */
    public static Tensor tensor(boolean value) { return Creation.fromData(value, null); }
    /** A 1-D float32 tensor. */
    public static Tensor tensor(double... values) { return Creation.fromData(values, null); }
    /** A 1-D float32 tensor. */
    public static Tensor tensor(float... values) { return Creation.fromData(values, null); }
    /** A 1-D int64 tensor. */
    public static Tensor tensor(long... values) { return Creation.fromData(values, null); }
    /** A 1-D int64 tensor (Java int literals are Python ints). */
    public static Tensor tensor(int... values) { return Creation.fromData(values, null); }
    /** A 1-D bool tensor. */
    public static Tensor tensor(boolean... values) { return Creation.fromData(values, null); }
    /** From a nested rectangular Java array such as {@code double[][]} or {@code int[][][]}; always copies. */
    public static Tensor tensor(Object data) { return Creation.fromData(data, null); }
    /** From a Java value or nested array, converted to {@code dtype}. */
    public static Tensor tensor(Object data, DType dtype) { return Creation.fromData(data, dtype); }

    /**
     * Like {@code torch.from_numpy}: keeps the array's element type (float[] is float32, double[]
     * float64, int[] int32, byte[] int8, ...). A 1-D array is shared, so writes show through.
     */
    public static Tensor from(Object array) { return Creation.fromArray(array); }

    /** A uint8 tensor over {@code bytes} (shared), e.g. image pixels. */
    public static Tensor fromUnsigned(byte[] bytes) {
        return new Tensor(torch4j.storage.Storage.wrapUnsigned(bytes), new long[]{bytes.length}, new long[]{1}, 0);
    }

    // ---------------------------------------------------------------- filled shapes

    /** Zeros of the default float dtype. */
    public static Tensor zeros(long... shape) { return Creation.full(shape, 0, DType.defaultFloat()); }
    public static Tensor zeros(Size shape) { return zeros(shape.toLongArray()); }
    public static Tensor zeros(long[] shape, DType dtype) { return Creation.full(shape, 0, dtype); }
    /** Ones of the default float dtype. */
    public static Tensor ones(long... shape) { return Creation.full(shape, 1, DType.defaultFloat()); }
    public static Tensor ones(Size shape) { return ones(shape.toLongArray()); }
    public static Tensor ones(long[] shape, DType dtype) { return Creation.full(shape, 1, dtype); }
    /** Uninitialised in PyTorch; here zero-filled (Java arrays always are). */
    public static Tensor empty(long... shape) { return zeros(shape); }
    public static Tensor empty(long[] shape, DType dtype) { return zeros(shape, dtype); }
    /** Filled with {@code value}; a double fills float32, as {@code torch.full((2,), 1.5)}. */
    public static Tensor full(long[] shape, double value) { return Creation.full(shape, value, DType.defaultFloat()); }
    /** Filled with an integer: int64, as {@code torch.full((2,), 7)}. */
    public static Tensor full(long[] shape, long value) { return Creation.fullLong(shape, value, DType.INT64); }
    public static Tensor full(long[] shape, boolean value) { return Creation.fullLong(shape, value ? 1 : 0, DType.BOOL); }
    public static Tensor full(long[] shape, double value, DType dtype) { return Creation.full(shape, value, dtype); }
    /** An integer fill value is exact in int64 and may wrap into uint8 from -255, as in PyTorch. */
    public static Tensor full(long[] shape, long value, DType dtype) { return Creation.fullLong(shape, value, dtype); }
    /** The n×n identity. */
    public static Tensor eye(long n) { return Creation.eye(n, n, DType.defaultFloat()); }
    public static Tensor eye(long n, long m) { return Creation.eye(n, m, DType.defaultFloat()); }
    public static Tensor eye(long n, long m, DType dtype) { return Creation.eye(n, m, dtype); }

    // ---------------------------------------------------------------- ranges

    /** {@code 0, 1, ..., end-1} as int64. */
    public static Tensor arange(long end) { return Creation.arange(0L, end, 1L, DType.INT64); }
    public static Tensor arange(long start, long end) { return Creation.arange(start, end, 1L, DType.INT64); }
    public static Tensor arange(long start, long end, long step) { return Creation.arange(start, end, step, DType.INT64); }
    /** With any floating argument the result is float32. */
    public static Tensor arange(double end) { return Creation.arange(0, end, 1, DType.defaultFloat()); }
    public static Tensor arange(double start, double end) { return Creation.arange(start, end, 1, DType.defaultFloat()); }
    public static Tensor arange(double start, double end, double step) { return Creation.arange(start, end, step, DType.defaultFloat()); }
    public static Tensor arange(double start, double end, double step, DType dtype) {
        return dtype.isFloatingPoint() ? Creation.arange(start, end, step, dtype)
                : Creation.arange((long) start, (long) end, (long) step, dtype);
    }
    /** {@code steps} evenly spaced values from start to end inclusive. */
    public static Tensor linspace(double start, double end, long steps) { return Creation.linspace(start, end, steps, DType.defaultFloat()); }
    public static Tensor linspace(double start, double end, long steps, DType dtype) { return Creation.linspace(start, end, steps, dtype); }

    // ---------------------------------------------------------------- elementwise

    /** {@code condition ? x : y}, broadcasting all three. */
    public static Tensor where(Tensor condition, Tensor x, Tensor y) { return Pointwise.where(condition, x, y); }
    public static Tensor where(Tensor condition, Tensor x, double y) { return Pointwise.where(condition, x, Conversions.scalar(y)); }
    public static Tensor where(Tensor condition, double x, Tensor y) { return Pointwise.where(condition, Conversions.scalar(x), y); }
    public static Tensor where(Tensor condition, double x, double y) {
        return Pointwise.where(condition, Conversions.scalar(x), Conversions.scalar(y));
    }
    /** Integer scalars keep an integer result, as {@code torch.where(c, x, 0)}. */
    public static Tensor where(Tensor condition, Tensor x, long y) { return Pointwise.where(condition, x, Conversions.scalar(y)); }
    public static Tensor where(Tensor condition, long x, Tensor y) { return Pointwise.where(condition, Conversions.scalar(x), y); }
    public static Tensor where(Tensor condition, long x, long y) {
        return Pointwise.where(condition, Conversions.scalar(x), Conversions.scalar(y));
    }

    // ---------------------------------------------------------------- printing

    /**
     * Changes how tensors print, as {@code torch.set_printoptions}: name the options to change,
     * then {@code apply()}. Options left out return to their defaults, except that a profile
     * ("default", "short", "full") sets them all first.
     * <pre>{@code
     * jshell> setPrintOptions().precision(2).apply(); tensor(1.23456)
     * $2 ==> tensor(1.23)
     * }</pre>
     */
    public static torch4j.print.PrintOptions.Setter setPrintOptions() { return torch4j.print.PrintOptions.set(); }

    /** Restores PyTorch's default print options (precision 4, threshold 1000, edgeitems 3, linewidth 80). */
    public static void resetPrintOptions() { torch4j.print.PrintOptions.reset(); }

    /** The print options in force. */
    public static torch4j.print.PrintOptions getPrintOptions() { return torch4j.print.PrintOptions.current(); }

    // ---------------------------------------------------------------- joining and sorting

    /**
     * Concatenates along {@code dim}; the dtype promotes across inputs, and 1-D empty tensors
     * of shape (0,) are skipped, as in PyTorch.
     *
     * <pre>{@code
     * jshell> cat(List.of(tensor(1, 2), tensor(3.5, 4.5)), 0)
     * $1 ==> tensor([1.0000, 2.0000, 3.5000, 4.5000])
     * }</pre>
     */
    public static Tensor cat(java.util.List<Tensor> tensors, long dim) { return Joining.cat(tensors, dim); }
    /** Concatenates along dim 0. */
    public static Tensor cat(java.util.List<Tensor> tensors) { return Joining.cat(tensors, 0); }
    /** Concatenates along dim 0, as {@code torch.cat((a, b))}. */
    public static Tensor cat(Tensor... tensors) { return Joining.cat(java.util.List.of(tensors), 0); }
    /** Same as {@link #cat(java.util.List, long)} ({@code torch.concat}). */
    public static Tensor concat(java.util.List<Tensor> tensors, long dim) { return Joining.cat(tensors, dim); }

    /**
     * Stacks equal-shaped tensors along a new dim {@code dim}.
     *
     * <pre>{@code
     * jshell> stack(List.of(tensor(1, 2), tensor(3, 4)), 1)
     * $1 ==> tensor([[1, 3],
     *                [2, 4]])
     * }</pre>
     */
    public static Tensor stack(java.util.List<Tensor> tensors, long dim) { return Joining.stack(tensors, dim); }
    /** Stacks along a new dim 0. */
    public static Tensor stack(java.util.List<Tensor> tensors) { return Joining.stack(tensors, 0); }
    /** Stacks along a new dim 0, as {@code torch.stack((a, b))}. */
    public static Tensor stack(Tensor... tensors) { return Joining.stack(java.util.List.of(tensors), 0); }

    // ---------------------------------------------------------------- threads

    /**
     * {@code torch.get_num_threads()}: the intra-op thread count T by which PyTorch splits large
     * CPU reductions, taken by PyTorch's rule (set here, else {@code -Dtorch4j.threads}, else
     * {@code MKL_NUM_THREADS}, else {@code OMP_NUM_THREADS}, else half the online CPUs). A float32
     * sum of 32768 elements or more follows the order PyTorch uses with T threads.
     *
     * <pre>{@code
     * jshell> getNumThreads()   // a 2-vCPU machine, no environment variables
     * $1 ==> 1
     * }</pre>
     */
    public static int getNumThreads() { return torch4j.backend.Backends.cpu().numThreads(); }

    /**
     * {@code torch.set_num_threads(n)}: sets T (see {@link #getNumThreads()}), so that sums follow
     * the order of a PyTorch program that called the same. The threads torch4j's own kernels use
     * are set at startup ({@code -Dtorch4j.threads}).
     *
     * <pre>{@code
     * jshell> setNumThreads(2); arange(100000f).sum()
     * $2 ==> tensor(5.0000e+09)
     * }</pre>
     */
    public static void setNumThreads(int threads) { torch4j.backend.Backends.cpu().setNumThreads(threads); }


    // ---------------------------------------------------------------- random sampling (PyTorch's CPU streams)

    /**
     * Seeds the global generator ({@code torch.manual_seed}) and returns it. The streams that
     * follow are PyTorch's, number for number.
     *
     * <pre>{@code
     * jshell> manualSeed(42); randn(2, 2)
     * $2 ==> tensor([[0.3367, 0.1288],
     *                [0.2345, 0.2303]])
     * }</pre>
     */
    public static Generator manualSeed(long seed) { return Generator.defaultGenerator().manualSeed(seed); }
    /** Seeds the global generator non-deterministically and returns the seed ({@code torch.seed()}). */
    public static long seed() { return Generator.defaultGenerator().seed(); }
    /** The global generator's seed ({@code torch.initial_seed()}; print with {@link Long#toUnsignedString(long)}). */
    public static long initialSeed() { return Generator.defaultGenerator().initialSeed(); }
    /** The global generator ({@code torch.default_generator}). */
    public static Generator defaultGenerator() { return Generator.defaultGenerator(); }
    /** The global generator's state as a uint8 tensor of 5056 bytes ({@code torch.get_rng_state()}). */
    public static Tensor getRngState() { return RandomOps.getRngState(null); }
    /** Restores the global generator from a {@link #getRngState()} tensor ({@code torch.set_rng_state}). */
    public static void setRngState(Tensor state) { RandomOps.setRngState(state, null); }

    /**
     * Uniform samples in [0, 1) ({@code torch.rand}).
     *
     * <pre>{@code
     * jshell> manualSeed(0); rand(3)
     * $2 ==> tensor([0.4963, 0.7682, 0.0885])
     * }</pre>
     */
    public static Tensor rand(long... shape) { return RandomOps.rand(shape, DType.defaultFloat(), null); }
    public static Tensor rand(Size shape) { return rand(shape.toLongArray()); }
    public static Tensor rand(long[] shape, DType dtype) { return RandomOps.rand(shape, dtype, null); }
    public static Tensor rand(long[] shape, Generator generator) { return RandomOps.rand(shape, DType.defaultFloat(), generator); }
    public static Tensor rand(long[] shape, DType dtype, Generator generator) { return RandomOps.rand(shape, dtype, generator); }
    /** {@code torch.rand_like}: same shape, dtype and layout as {@code t}. */

    /**
     * Standard normal samples ({@code torch.randn}); 16 or more elements take PyTorch's
     * vectorised algorithm, fewer its Box-Muller path with the cached sample.
     *
     * <pre>{@code
     * jshell> manualSeed(0); randn(3)
     * $2 ==> tensor([ 1.5410, -0.2934, -2.1788])
     * }</pre>
     */
    public static Tensor randn(long... shape) { return RandomOps.randn(shape, DType.defaultFloat(), null); }
    public static Tensor randn(Size shape) { return randn(shape.toLongArray()); }
    public static Tensor randn(long[] shape, DType dtype) { return RandomOps.randn(shape, dtype, null); }
    public static Tensor randn(long[] shape, Generator generator) { return RandomOps.randn(shape, DType.defaultFloat(), generator); }
    public static Tensor randn(long[] shape, DType dtype, Generator generator) { return RandomOps.randn(shape, dtype, generator); }
    /** {@code torch.randn_like}: same shape, dtype and layout (a transposed argument gives a transposed fill). */

    /**
     * Integers in [low, high) ({@code torch.randint}); int64 unless a dtype is given.
     *
     * <pre>{@code
     * jshell> manualSeed(0); randint(0, 10, 8)
     * $2 ==> tensor([4, 9, 3, 0, 3, 9, 7, 3])
     * }</pre>
     */
    public static Tensor randint(long low, long high, long... shape) { return RandomOps.randint(low, high, shape, DType.INT64, null); }
    public static Tensor randint(long high, long[] shape) { return RandomOps.randint(0, high, shape, DType.INT64, null); }
    public static Tensor randint(long low, long high, long[] shape, DType dtype) { return RandomOps.randint(low, high, shape, dtype, null); }
    public static Tensor randint(long low, long high, long[] shape, Generator generator) { return RandomOps.randint(low, high, shape, DType.INT64, generator); }
    public static Tensor randint(long low, long high, long[] shape, DType dtype, Generator generator) { return RandomOps.randint(low, high, shape, dtype, generator); }
    /** {@code torch.randint_like(t, high)}: t's shape, dtype and layout. */

    /**
     * A random permutation of 0 … n−1 ({@code torch.randperm}).
     *
     * <pre>{@code
     * jshell> manualSeed(0); randperm(10)
     * $2 ==> tensor([4, 1, 7, 5, 3, 9, 0, 8, 6, 2])
     * }</pre>
     */
    public static Tensor randperm(long n) { return RandomOps.randperm(n, DType.INT64, null); }
    public static Tensor randperm(long n, DType dtype) { return RandomOps.randperm(n, dtype, null); }
    public static Tensor randperm(long n, Generator generator) { return RandomOps.randperm(n, DType.INT64, generator); }
    public static Tensor randperm(long n, DType dtype, Generator generator) { return RandomOps.randperm(n, dtype, generator); }

    /**
     * {@code torch.normal}: elementwise means and standard deviations (broadcast), or scalars
     * with a size. {@code normal(mean, 1)} is {@code randn} plus mean.
     *
     * <pre>{@code
     * jshell> manualSeed(0); normal(ones(2, 2).mul(2), 1)
     * $2 ==> tensor([[ 3.5410,  1.7066],
     *                [-0.1788,  2.5684]])
     * }</pre>
     */
    public static Tensor normal(Tensor mean, Tensor std) { return RandomOps.normal(mean, std, null); }
    public static Tensor normal(Tensor mean, Tensor std, Generator generator) { return RandomOps.normal(mean, std, generator); }
    public static Tensor normal(Tensor mean, double std) { return RandomOps.normal(mean, std, null); }
    public static Tensor normal(Tensor mean, double std, Generator generator) { return RandomOps.normal(mean, std, generator); }
    public static Tensor normal(double mean, Tensor std) { return RandomOps.normal(mean, std, null); }
    public static Tensor normal(double mean, Tensor std, Generator generator) { return RandomOps.normal(mean, std, generator); }
    public static Tensor normal(double mean, double std, long... size) { return RandomOps.normal(mean, std, size, DType.defaultFloat(), null); }
    public static Tensor normal(double mean, double std, long[] size, Generator generator) { return RandomOps.normal(mean, std, size, DType.defaultFloat(), generator); }
    public static Tensor normal(double mean, double std, long[] size, DType dtype, Generator generator) { return RandomOps.normal(mean, std, size, dtype, generator); }

    /** {@code torch.bernoulli(input, p)}: input's shape, dtype and layout, each element 1 with probability p. */
    public static Tensor bernoulli(Tensor input, double p) { return RandomOps.bernoulli(input, p, null); }
    public static Tensor bernoulli(Tensor input, double p, Generator generator) { return RandomOps.bernoulli(input, p, generator); }

    // ---------------------------------------------------------------- autograd

    /**
     * {@code torch.no_grad()}: ops inside the scope record no graph.
     * <pre>{@code
     * jshell> try (var g = noGrad()) { y = x.mul(2); }
     * }</pre>
     */
    public static torch4j.autograd.GradMode.Scope noGrad() { return torch4j.autograd.GradMode.noGrad(); }

    /** {@code torch.enable_grad()}: recording back on inside a no-grad scope. */
    public static torch4j.autograd.GradMode.Scope enableGrad() { return torch4j.autograd.GradMode.enableGrad(); }

    /** {@code torch.set_grad_enabled(mode)} as a scope. */
    public static torch4j.autograd.GradMode.Scope setGradEnabled(boolean mode) { return torch4j.autograd.GradMode.setGradEnabled(mode); }

    /** Whether grad mode is on ({@code torch.is_grad_enabled()}). */
    public static boolean isGradEnabled() { return torch4j.autograd.GradMode.isEnabled(); }

    /** {@code torch.inference_mode()}: no graph recorded inside the scope. */
    public static torch4j.autograd.GradMode.Scope inferenceMode() { return torch4j.autograd.GradMode.inferenceMode(); }

    /** {@code torch.autograd.detect_anomaly()}: backward names the node that produced a NaN gradient. */
    public static torch4j.autograd.GradMode.Scope detectAnomaly() { return torch4j.autograd.GradMode.detectAnomaly(); }

    /**
     * {@code torch.autograd}, for {@code Torch.autograd().grad(...)}.
     * <pre>{@code
     * jshell> autograd().grad(List.of(x.pow(2).sum()), List.of(x))
     * }</pre>
     */
    public static AutogradApi autograd() { return AutogradApi.INSTANCE; }

    /** The {@code torch.autograd} namespace as an object (its methods forward to {@link torch4j.autograd.Autograd}). */
    public static final class AutogradApi {
        static final AutogradApi INSTANCE = new AutogradApi();
        private AutogradApi() {}

        /** {@code torch.autograd.grad(outputs, inputs)}. */
        public java.util.List<Tensor> grad(java.util.List<Tensor> outputs, java.util.List<Tensor> inputs) {
            return torch4j.autograd.Autograd.grad(outputs, inputs);
        }

        /** {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)}. */
        public java.util.List<Tensor> grad(java.util.List<Tensor> outputs, java.util.List<Tensor> inputs, java.util.List<Tensor> gradOutputs,
                                           Boolean retainGraph, boolean createGraph, boolean allowUnused) {
            return torch4j.autograd.Autograd.grad(outputs, inputs, gradOutputs, retainGraph, createGraph, allowUnused);
        }

        /** {@code torch.autograd.backward(tensors, grad_tensors, retain_graph, create_graph)}. */
        public void backward(java.util.List<Tensor> tensors, java.util.List<Tensor> gradTensors, Boolean retainGraph, boolean createGraph) {
            torch4j.autograd.Autograd.backward(tensors, gradTensors, retainGraph, createGraph);
        }

        /** {@code torch.autograd.detect_anomaly()}. */
        public torch4j.autograd.GradMode.Scope detectAnomaly() { return torch4j.autograd.GradMode.detectAnomaly(); }
    }

    // ---------------------------------------------------------------- checkpoints

    /**
     * {@code torch.save(obj, path)}: writes tensors, state dicts, optimizer state dicts and Maps or
     * Lists of them in PyTorch's own format (Python's {@code torch.load} reads it), atomically.
     * See {@link torch4j.serialization.Checkpoints} for the format and the types.
     * <pre>{@code
     * jshell> Torch.save(net.stateDict(), "net.pt")
     * }</pre>
     */
    public static void save(Object obj, String path) { torch4j.serialization.Checkpoints.save(obj, path); }
    /** {@code torch.save} to a path. */
    public static void save(Object obj, java.nio.file.Path path) { torch4j.serialization.Checkpoints.save(obj, path); }
    /** {@code torch.save} to a stream (left open). */
    public static void save(Object obj, java.io.OutputStream out) { torch4j.serialization.Checkpoints.save(obj, out); }

    /**
     * {@code torch.load(path)}: reads a file written by {@link #save} or by PyTorch's {@code torch.save},
     * executing no code (as {@code weights_only=True}); the result type follows the assignment.
     * <pre>{@code
     * jshell> net.loadStateDict(Torch.load("net.pt"))
     * $2 ==> <All keys matched successfully>
     * }</pre>
     */
    public static <T> T load(String path) { return torch4j.serialization.Checkpoints.load(path); }
    /** {@code torch.load} from a path. */
    public static <T> T load(java.nio.file.Path path) { return torch4j.serialization.Checkpoints.load(path); }
    /** {@code torch.load} from a stream, read to its end (left open). */
    public static <T> T load(java.io.InputStream in) { return torch4j.serialization.Checkpoints.load(in); }
}
