package torch4j;

import java.util.List;
import java.util.function.Supplier;
import torch4j.autograd.GradMode;

/**
 * The activations of {@code torch.nn} that are one ATen op with its own node but not a plain map
 * over one tensor: GLU (halves of the input), PReLU (a learnable weight per channel) and RReLU
 * (random slopes drawn as ATen draws them). Forwards and backwards are written in tensor ops over
 * the pointwise declarations, so they run on every backend and differentiate twice.
 */
final class NnActivationNodes {
    private NnActivationNodes() {}

    /** Runs {@code forward} as an op with node {@code name} when a graph is needed, else plainly. */
    private static Tensor op(String name, Recording.Formula formula, Supplier<Tensor> forward, Tensor[] inputs, Tensor... save) {
        return Recording.recordIfNeeded(name, formula, forward, inputs, save);
    }

    // ---------------------------------------------------------------- GLU

    /**
     * glu(x, dim): a·σ(b), a and b the halves of x along dim ({@code GluBackward0}).
     *
     * @throws IllegalArgumentException PyTorch's messages for a scalar or an odd dimension
     */
    static Tensor glu(Tensor x, long dim) {
        if (x.dim() == 0) throw new IllegalArgumentException("glu does not support scalars because halving size must be even");
        int d = (int) (dim < 0 ? dim + x.dim() : dim);
        long size = x.size(d);
        if (size % 2 != 0) throw new IllegalArgumentException("Halving dimension must be even, but dimension " + d + " is size " + size);
        return op("GluBackward0", (n, g) -> {
            List<Tensor> halves = n.saved(0).chunk(2, d);
            Tensor a = halves.get(0), s = halves.get(1).sigmoid();
            // d/da = σ(b), d/db = a·σ(b)·(1 − σ(b))
            return new Tensor[]{Torch.cat(List.of(g.mul(s), g.mul(a).mul(s).mul(s.neg().add(1.0))), d)};
        }, () -> {
            List<Tensor> halves = x.chunk(2, d);
            return halves.get(0).mul(halves.get(1).sigmoid());
        }, new Tensor[]{x}, x);
    }

    // ---------------------------------------------------------------- PReLU

    // ---------------------------------------------------------------- RReLU

    /**
     * rrelu(x, lower, upper, training): in training each non-positive element is multiplied by a
     * slope drawn from U(lower, upper), as ATen's {@code rrelu_with_noise} draws it: one 53-bit
     * uniform (two engine words) per element ≤ 0 in row-major order, the bounds first cast to x's
     * dtype, the draw cast back; positive elements draw nothing. Otherwise the slope is
     * (lower + upper) / 2. Node {@code RreluWithNoiseBackward0} ({@code …1} in place).
     *
     * @throws IllegalArgumentException "Lower bound should be less than or equal to the upper bound"
     */
    static Tensor rrelu(Tensor x, double lower, double upper, boolean training, boolean inplace) {
        if (!(lower <= upper)) throw new IllegalArgumentException("Lower bound should be less than or equal to the upper bound");
        if (!inplace) return rrelu(x, lower, upper, training, "RreluWithNoiseBackward0");
        if (Recording.needed(x)) return Recording.inPlace(x, s -> rrelu(s, lower, upper, training, "RreluWithNoiseBackward1"));
        Tensor r = rrelu(x, lower, upper, training, "RreluWithNoiseBackward1");
        Conversions.copyInto(x, r);
        return x;
    }

    private static Tensor rrelu(Tensor x, double lower, double upper, boolean training, String node) {
        if (!training) {
            double slope = (lower + upper) / 2;
            return op(node, (n, g) -> new Tensor[]{Pointwise.where(n.saved(0).gt(0.0), g, g.mul(slope))},
                    () -> Pointwise.apply(NnActivations.leakyReluOp(slope), x), new Tensor[]{x}, x);
        }
        Tensor noise = noise(x, lower, upper);
        return op(node, (n, g) -> new Tensor[]{g.mul(noise)}, () -> x.mul(noise), new Tensor[]{x});
    }

    /** 1 where x > 0 (or NaN), a drawn slope where x ≤ 0; a meta tensor has no values to test, so nothing is drawn. */
    private static Tensor noise(Tensor x, double lower, double upper) {
        Tensor noise = Torch.onesLike(x).contiguous();
        if (x.isMeta()) return noise;
        try (var _ = GradMode.noGrad()) {
            Tensor negative = x.le(0.0);
            long k = (long) negative.sum().item();
            boolean single = x.dtype() == DType.FLOAT32;
            double lo = single ? (float) lower : lower, hi = single ? (float) upper : upper;
            Tensor draws = Torch.empty(new long[]{k}, DType.FLOAT64).uniform_(lo, hi);
            noise.set(negative, draws.to(x.dtype()));
        }
        return noise;
    }
}
