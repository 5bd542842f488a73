package torch4j;

import torch4j.random.Bernoulli;
import torch4j.random.Exponential;
import torch4j.random.FillOrder;
import torch4j.random.IntegerRandom;
import torch4j.random.Multinomial;
import torch4j.random.Normal;
import torch4j.random.Randperm;
import torch4j.random.Uniform;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Random tensors and in-place random fills (notes/pytorch-cpu-rng.md): the tensor side of the
 * {@code torch4j.random} array kernels. A contiguous tensor is filled in place, row-major; any
 * other layout gets the values in PyTorch's fill order ({@link FillOrder}) through a buffer, and
 * the normal fill then takes the scalar path, as PyTorch does.
 */
final class RandomOps {
    private RandomOps() {}

    /** A fill of {@code n} values into {@code array[off..off+n)}, told whether the tensor is contiguous. */
    private interface ArrayFill {
        void fill(Object array, int off, int n, boolean contiguous);
    }

    static Generator orDefault(Generator g) {
        return g != null ? g : Generator.defaultGenerator();
    }

    /** Runs {@code fill} over {@code t}'s elements in PyTorch's order, then records the write. */
    private static Tensor fillInPlace(Tensor t, ArrayFill fill) {
        Recording.checkUntrackedWrite(t, null, "random fills");
        long numel = t.numel();
        if (numel == 0) return t;
        MemoryOverlap.assertNoInternalOverlap(t); // an expanded tensor cannot be written
        Object array = t.storage.array();
        int n = (int) numel;
        if (Shapes.isContiguous(t.shape, t.strides)) {
            fill.fill(array, (int) t.offset, n, true);
        } else {
            int[] indices = FillOrder.storageIndices(t.shape, t.strides, t.offset);
            Object buffer = Storage.allocate(t.dtype(), n).array();
            fill.fill(buffer, 0, n, false);
            FillOrder.scatter(buffer, 0, array, indices);
        }
        t.storage.bumpVersion();
        return t;
    }

    // ---------------------------------------------------------------- in-place fills

    static Tensor uniform_(Tensor t, double from, double to, Generator g) {
        Uniform.checkBounds(t.dtype(), from, to);
        Generator gen = orDefault(g);
        return fillInPlace(t, (a, off, n, contiguous) -> {
            if (a instanceof float[] f) Uniform.fill(gen, f, off, n, from, to);
            else Uniform.fill(gen, (double[]) a, off, n, from, to);
        });
    }

    static Tensor normal_(Tensor t, double mean, double std, Generator g) {
        Normal.checkStd(std);
        if (!t.dtype().isFloatingPoint()) throw notImplemented("normal_kernel_cpu", t.dtype());
        Generator gen = orDefault(g);
        return fillInPlace(t, (a, off, n, contiguous) -> {
            if (a instanceof float[] f) Normal.fill(gen, f, off, n, mean, std, contiguous);
            else Normal.fill(gen, (double[]) a, off, n, mean, std, contiguous);
        });
    }

    static Tensor random_(Tensor t, Generator g) {
        Generator gen = orDefault(g);
        return fillInPlace(t, (a, off, n, contiguous) -> IntegerRandom.fill(gen, t.dtype(), a, off, n));
    }

    static Tensor random_(Tensor t, long from, long to, Generator g) {
        Generator gen = orDefault(g);
        return fillInPlace(t, (a, off, n, contiguous) -> IntegerRandom.fillFromTo(gen, t.dtype(), a, off, n, from, to));
    }

    static Tensor bernoulli_(Tensor t, double p, Generator g) {
        Generator gen = orDefault(g);
        return fillInPlace(t, (a, off, n, contiguous) -> Bernoulli.fill(gen, t.dtype(), a, off, n, p));
    }

    static Tensor exponential_(Tensor t, double lambd, Generator g) {
        Exponential.checkLambda(lambd);
        if (!t.dtype().isFloatingPoint()) throw notImplemented("exponential_cpu", t.dtype());
        Generator gen = orDefault(g);
        return fillInPlace(t, (a, off, n, contiguous) -> {
            if (a instanceof float[] f) Exponential.fill(gen, f, off, n, lambd);
            else Exponential.fill(gen, (double[]) a, off, n, lambd);
        });
    }

    /** {@code bernoulli_(P)}: P expanded to t's shape, read in t's fill order. */
    static Tensor bernoulli_(Tensor t, Tensor p, Generator g) {
        if (!p.dtype().isFloatingPoint()) throw notImplemented("bernoulli_tensor_cpu_p_", p.dtype());
        Tensor probs = p.expand(t.shape);
        int[] order = Shapes.isContiguous(t.shape, t.strides) ? rowMajorOrder(t.shape.length)
                : FillOrder.iterationOrder(t.shape, t.strides);
        int[] at = FillOrder.storageIndices(probs.shape, probs.strides, probs.offset, order);
        Generator gen = orDefault(g);
        if (probs.dtype() == DType.FLOAT64) {
            double[] src = (double[]) probs.storage.array();
            double[] pv = new double[at.length];
            for (int i = 0; i < at.length; i++) pv[i] = src[at[i]];
            return fillInPlace(t, (a, off, n, contiguous) -> Bernoulli.fill(gen, t.dtype(), a, off, n, pv, 0));
        }
        float[] src = (float[]) probs.storage.array();
        float[] pv = new float[at.length];
        for (int i = 0; i < at.length; i++) pv[i] = src[at[i]];
        return fillInPlace(t, (a, off, n, contiguous) -> Bernoulli.fill(gen, t.dtype(), a, off, n, pv, 0));
    }

    private static int[] rowMajorOrder(int ndim) {
        int[] order = new int[ndim];
        for (int i = 0; i < ndim; i++) order[i] = ndim - 1 - i;
        return order;
    }

    // ---------------------------------------------------------------- new tensors

    static Tensor rand(long[] shape, DType dtype, Generator g) {
        return uniform_(allocate(shape, dtype), 0, 1, g);
    }

    static Tensor randn(long[] shape, DType dtype, Generator g) {
        return normal_(allocate(shape, dtype), 0, 1, g);
    }

    static Tensor randint(long low, long high, long[] shape, DType dtype, Generator g) {
        return random_(allocate(shape, dtype), low, high, g);
    }

    static Tensor randperm(long n, DType dtype, Generator g) {
        Tensor t = allocate(new long[] {n}, dtype);
        Randperm.fill(orDefault(g), (int) n, dtype, t.storage.array(), 0);
        t.storage.bumpVersion();
        return t;
    }

    /** {@code torch.normal(mean: Tensor, std: Tensor)}: {@code normal_(0, 1)}, then {@code × std}, {@code + mean}. */
    static Tensor normal(Tensor mean, Tensor std, Generator g) {
        if (Recording.needed(mean, std)) return zeroGrad("NormalBackward3", () -> normal(mean, std, g), mean, std);
        checkStdTensor(std);
        Tensor out = allocate(Shapes.broadcast(mean.shape, std.shape), mean.dtype());
        normal_(out, 0, 1, g);
        return out.mul_(std).add_(mean);
    }

    /** {@code torch.normal(mean: Tensor, std: float)}: {@code normal_(0, std)}, then {@code + mean}. */
    static Tensor normal(Tensor mean, double std, Generator g) {
        if (Recording.needed(mean)) return zeroGrad("NormalBackward1", () -> normal(mean, std, g), mean);
        Normal.checkStd(std);
        Tensor out = allocate(mean.shape.clone(), mean.dtype());
        normal_(out, 0, std, g);
        return out.add_(mean);
    }

    /** {@code torch.normal(mean: float, std: Tensor)}: {@code normal_(0, 1)}, {@code × std}, {@code + mean} in std's dtype. */
    static Tensor normal(double mean, Tensor std, Generator g) {
        if (Recording.needed(std)) return zeroGrad("NormalBackward2", () -> normal(mean, std, g), std);
        checkStdTensor(std);
        Tensor out = allocate(std.shape.clone(), std.dtype());
        normal_(out, 0, 1, g);
        return out.mul_(std).add_(Creation.full(new long[0], mean, std.dtype()));
    }

    static Tensor normal(double mean, double std, long[] shape, DType dtype, Generator g) {
        return normal_(allocate(shape, dtype), mean, std, g);
    }

    /** PyTorch 1.13 defines the gradient of a sample with respect to its distribution's parameters as zero. */
    private static Tensor zeroGrad(String node, java.util.function.Supplier<Tensor> forward, Tensor... inputs) {
        return Recording.record(node, (n, grad) -> {
            Tensor[] out = new Tensor[inputs.length];
            for (int i = 0; i < out.length; i++) if (n.needs(i)) out[i] = Torch.zerosLike(grad);
            return out;
        }, forward, inputs);
    }

    /** {@code CHECK_NORMAL_TENSOR_STD}: every element ≥ 0 (NaN fails, as {@code std.min().ge(0)}). */
    private static void checkStdTensor(Tensor std) {
        for (double v : std.toDoubleArray()) {
            if (!(v >= 0)) throw new IllegalArgumentException("normal expects all elements of std >= 0.0");
        }
    }

    /**
     * {@code torch.multinomial(input, n, replacement)} as ATen 1.13's CPU {@code multinomial_out}:
     * without replacement, the categories with the n largest {@code p / q}, q ~ Exp(1)
     * ({@code exponential_}, then top-k: the Gumbel trick); with replacement, even for one
     * sample, inverse-CDF draws ({@link Multinomial}). Not differentiable: the result is int64
     * indices.
     */
    static Tensor multinomial(Tensor input, long nSample, boolean replacement, Generator g) {
        if (input.dim() < 1 || input.dim() > 2) throw new IllegalArgumentException("prob_dist must be 1 or 2 dim");
        if (!input.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("multinomial only supports floating-point dtypes for input, got: "
                    + input.dtype().scalarTypeName());
        }
        if (nSample <= 0) throw new IllegalArgumentException("cannot sample n_sample <= 0 samples");
        long categories = input.size(-1);
        if (!replacement && nSample > categories) {
            throw new IllegalArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        if (categories > (1L << 24)) throw new IllegalArgumentException("number of categories cannot exceed 2^24");
        long rows = input.dim() == 1 ? 1 : input.size(0);
        long[] shape = input.dim() == 1 ? new long[] {nSample} : new long[] {rows, nSample};
        if (rows * nSample == 0) return allocate(shape, DType.INT64);
        Tensor p = input.detach();
        if (!replacement) {
            checkGumbelInput(p);
            Tensor q = exponential_(emptyLike(p, p.dtype()), 1, g);
            return Sorting.topk(p.div(q), nSample, -1, true, true).indices();
        }
        Tensor result = allocate(shape, DType.INT64);
        Tensor dense = p.contiguous();
        long[] out = (long[]) result.storage.array();
        Generator gen = orDefault(g);
        int r = (int) rows, c = (int) categories, n = Math.toIntExact(nSample);
        if (dense.dtype() == DType.FLOAT64) Multinomial.withReplacement(gen, (double[]) dense.storage.array(), (int) dense.offset, r, c, n, out);
        else Multinomial.withReplacement(gen, (float[]) dense.storage.array(), (int) dense.offset, r, c, n, out);
        result.storage.bumpVersion();
        return result;
    }

    /** The checks ATen's sampling path makes: every value finite and ≥ 0, no row summing to 0. */
    private static void checkGumbelInput(Tensor p) {
        double[] v = p.toDoubleArray();
        for (double x : v) {
            if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("probability tensor contains either `inf`, `nan` or element < 0");
            }
        }
        int c = (int) p.size(-1);
        for (int row = 0; row < v.length; row += c) {
            boolean zero = true;
            for (int j = row; j < row + c && zero; j++) zero = v[j] == 0;
            if (zero) throw new IllegalArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
    }

    /** {@code torch.bernoulli(P)}: a contiguous tensor like P, each element 1 with its probability. */
    static Tensor bernoulli(Tensor p, Generator g) {
        return bernoulli_(allocate(p.shape.clone(), p.dtype()), p, g);
    }

    /** {@code torch.bernoulli(input, p)}: a tensor laid out like {@code input}, filled by {@code bernoulli_(p)}. */
    static Tensor bernoulli(Tensor input, double p, Generator g) {
        return bernoulli_(emptyLike(input, input.dtype()), p, g);
    }

    /**
     * {@code empty_like} (preserve format): the input's strides when it is non-overlapping and
     * dense, else dense strides in its memory order — so {@code randn_like(x.t())} is a
     * non-contiguous fill, as in PyTorch (notes §3).
     */
    static Tensor emptyLike(Tensor like, DType dtype) {
        long[] shape = like.shape.clone();
        long[] strides = Sorting.denseStrides(shape, like.strides);
        return new Tensor(Storage.allocate(dtype, shape, strides), shape, strides, 0);
    }

    private static Tensor allocate(long[] shape, DType dtype) {
        Creation.checkShape(shape);
        return Tensor.allocate(dtype, shape.clone());
    }

    private static IllegalArgumentException notImplemented(String kernel, DType dtype) {
        String name = dtype.scalarTypeName();
        return new IllegalArgumentException("\"" + kernel + "\" not implemented for '" + name + "'");
    }

    // ---------------------------------------------------------------- generator state

    /** {@code torch.get_rng_state()}: the global generator's 5056 state bytes as a uint8 tensor. */
    static Tensor getRngState(Generator g) {
        byte[] bytes = orDefault(g).getState();
        return new Tensor(Storage.wrapUnsigned(bytes), new long[] {bytes.length}, new long[] {1}, 0);
    }

    /** {@code torch.set_rng_state(state)}: the state must be a uint8 tensor. */
    static void setRngState(Tensor state, Generator g) {
        if (state.dtype() != DType.UINT8) throw new IllegalArgumentException("RNG state must be a torch.ByteTensor");
        orDefault(g).setState((byte[]) Conversions.toFlatArray(state, DType.UINT8));
    }
}
