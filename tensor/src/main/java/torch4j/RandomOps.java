package torch4j;

import torch4j.backend.Operand;
import torch4j.backend.RandomPrimitives;
import torch4j.backend.RandomPrimitives.Distribution;
import torch4j.random.Exponential;
import torch4j.random.Normal;
import torch4j.random.Uniform;
import torch4j.storage.Shapes;
import torch4j.storage.Storage;

/**
 * Random tensors and in-place random fills (notes/pytorch-cpu-rng.md), above the seam: PyTorch's
 * argument checks, output allocation and the version counter; the backend's random primitives
 * draw (on the CPU from the generator's mt19937 stream, in PyTorch's fill order; on meta nothing,
 * leaving the generator as it was).
 */
final class RandomOps {
    private RandomOps() {}

    static Generator orDefault(Generator g) {
        return g != null ? g : Generator.defaultGenerator();
    }

    /** Draws {@code d} into {@code t}'s elements in PyTorch's order, then records the write. */
    private static Tensor fillInPlace(Tensor t, Distribution d, Generator g) {
        Recording.checkUntrackedWrite(t, null, "random fills");
        if (t.numel() == 0) return t;
        MemoryOverlap.assertNoInternalOverlap(t); // an expanded tensor cannot be written
        t.backend().random().fill(d, orDefault(g), t.shape, operand(t));
        t.storage.bumpVersion();
        return t;
    }

    private static Operand operand(Tensor t) { return new Operand(t.storage, t.offset, t.strides); }

    // ---------------------------------------------------------------- in-place fills

    static Tensor uniform_(Tensor t, double from, double to, Generator g) {
        Uniform.checkBounds(t.dtype(), from, to);
        return fillInPlace(t, new RandomPrimitives.Uniform(from, to), g);
    }

    static Tensor normal_(Tensor t, double mean, double std, Generator g) {
        Normal.checkStd(std);
        if (!t.dtype().isFloatingPoint()) throw notImplemented("normal_kernel_cpu", t.dtype());
        return fillInPlace(t, new RandomPrimitives.Normal(mean, std), g);
    }

    static Tensor random_(Tensor t, Generator g) {
        return fillInPlace(t, new RandomPrimitives.Integers(), g);
    }

    static Tensor random_(Tensor t, long from, long to, Generator g) {
        return fillInPlace(t, new RandomPrimitives.IntegerRange(from, to), g);
    }

    static Tensor bernoulli_(Tensor t, double p, Generator g) {
        return fillInPlace(t, new RandomPrimitives.Bernoulli(p), g);
    }

    /**
     * Dropout's noise for {@code x} (ATen's {@code _dropout}): a contiguous tensor like x filled
     * by {@code bernoulli_(keep)} and divided by {@code keep} in x's dtype. float32 and float64
     * on the CPU draw it in one pass with the same draws and values; other dtypes and devices
     * take the two ops.
     */
    static Tensor dropoutNoise(Tensor x, double keep, Generator g) {
        Tensor noise = TensorFactories.empty(x.shape.clone(), x.dtype(), x.device());
        boolean fused = (x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64) && x.device().isCpu();
        if (!fused) return bernoulli_(noise, keep, g).div_(keep);
        // what div_(keep) makes of a drawn 1: the same scalar division, on one element
        double scale = TensorFactories.ones(new long[]{1}, x.dtype(), x.device()).div_(keep).item();
        return fillInPlace(noise, new RandomPrimitives.ScaledBernoulli(keep, scale), g);
    }

    static Tensor exponential_(Tensor t, double lambd, Generator g) {
        Exponential.checkLambda(lambd);
        if (!t.dtype().isFloatingPoint()) throw notImplemented("exponential_cpu", t.dtype());
        return fillInPlace(t, new RandomPrimitives.Exponential(lambd), g);
    }

    /** {@code bernoulli_(P)}: P expanded to t's shape, read in t's fill order. */
    static Tensor bernoulli_(Tensor t, Tensor p, Generator g) {
        if (!p.dtype().isFloatingPoint()) throw notImplemented("bernoulli_tensor_cpu_p_", p.dtype());
        Devices.common(t, p);
        Tensor probs = p.expand(t.shape);
        return fillInPlace(t, new RandomPrimitives.BernoulliTensor(operand(probs)), g);
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

    static Tensor randperm(long n, DType dtype, Generator g) { return randperm(n, dtype, g, Device.CPU); }

    /** {@code torch.randperm(n, device=...)}: drawn by the device's backend (on meta: nothing drawn). */
    static Tensor randperm(long n, DType dtype, Generator g, Device device) {
        Creation.checkShape(new long[] {n});
        Tensor t = Tensor.allocate(dtype, new long[] {n}, device);
        t.backend().random().randperm(orDefault(g), n, operand(t));
        t.storage.bumpVersion();
        return t;
    }

    /** {@code torch.normal(mean: Tensor, std: Tensor)}: {@code normal_(0, 1)}, then {@code × std}, {@code + mean}. */
    static Tensor normal(Tensor mean, Tensor std, Generator g) {
        if (Recording.needed(mean, std)) return zeroGrad("NormalBackward3", () -> normal(mean, std, g), mean, std);
        checkStdTensor(std);
        Tensor out = Tensor.allocate(mean.dtype(), Shapes.broadcast(mean.shape, std.shape), Devices.common(mean, std));
        normal_(out, 0, 1, g);
        return out.mul_(std).add_(mean);
    }

    /** {@code torch.normal(mean: Tensor, std: float)}: {@code normal_(0, std)}, then {@code + mean}. */
    static Tensor normal(Tensor mean, double std, Generator g) {
        if (Recording.needed(mean)) return zeroGrad("NormalBackward1", () -> normal(mean, std, g), mean);
        Normal.checkStd(std);
        Tensor out = mean.allocateLike(mean.dtype(), mean.shape.clone());
        normal_(out, 0, std, g);
        return out.add_(mean);
    }

    /** {@code torch.normal(mean: float, std: Tensor)}: {@code normal_(0, 1)}, {@code × std}, {@code + mean} in std's dtype. */
    static Tensor normal(double mean, Tensor std, Generator g) {
        if (Recording.needed(std)) return zeroGrad("NormalBackward2", () -> normal(mean, std, g), std);
        checkStdTensor(std);
        Tensor out = std.allocateLike(std.dtype(), std.shape.clone());
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
        std.backend().random().checkStd(std.shape, operand(std));
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
        Tensor p = input.detach(), dense = p.contiguous();
        RandomPrimitives kernels = input.backend().random();
        kernels.checkMultinomial(rows, categories, replacement, operand(dense));   // meta: PyTorch's NotImplementedError
        if (rows * nSample == 0) return input.allocateLike(DType.INT64, shape);
        if (!replacement) {
            Tensor q = exponential_(emptyLike(p, p.dtype()), 1, g);
            return Sorting.topk(p.div(q), nSample, -1, true, true).indices();
        }
        Tensor result = input.allocateLike(DType.INT64, shape);
        kernels.multinomial(orDefault(g), rows, categories, Math.toIntExact(nSample), operand(result), operand(dense));
        result.storage.bumpVersion();
        return result;
    }

    /** {@code torch.bernoulli(P)}: a contiguous tensor like P, each element 1 with its probability. */
    static Tensor bernoulli(Tensor p, Generator g) {
        return bernoulli_(p.allocateLike(p.dtype(), p.shape.clone()), p, g);
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
        return Sorting.allocateStrided(like, dtype, strides);
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
