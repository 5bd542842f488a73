package torch4j;

/**
 * The pointwise losses of {@code torch.nn} that are single ATen ops with their own backward node:
 * mse, smooth L1, Huber, binary cross-entropy (on probabilities and on logits), and the scalar
 * {@code mul}/{@code div} overloads ATen's composite losses record. Forward values come from
 * tensor ops run untracked; gradients are one formula each, in tensor ops.
 * Reductions: 0 none, 1 mean, 2 sum (ATen's enum order).
 */
final class NnLosses {
    private NnLosses() {}

    static final int NONE = 0, MEAN = 1, SUM = 2;

    static Tensor reduce(Tensor loss, int reduction) {
        return reduction == MEAN ? loss.mean() : reduction == SUM ? loss.sum() : loss;
    }

    /** The gradient of an elementwise loss term, scaled as its reduction: g broadcast, / numel for mean. */
    private static Tensor scaled(Tensor perElement, Tensor g, int reduction) {
        Tensor out = perElement.mul(g);
        return reduction == MEAN ? out.div((double) perElement.numel()) : out;
    }

    /** The same gradient with the opposite sign for the target (losses of {@code input − target}). */
    private static Tensor[] inputAndTarget(Recording.OpNode n, Tensor gradInput) {
        return new Tensor[]{n.needs(0) ? gradInput : null, n.needs(1) ? gradInput.neg() : null};
    }

    static Tensor mse(Tensor x, Tensor t, int reduction) {
        if (Recording.needed(x, t))
            return Recording.record("MseLossBackward0", (n, g) -> inputAndTarget(n, mseGrad(n.saved(0), n.saved(1), g, reduction)),
                    () -> mse(x, t, reduction), new Tensor[]{x, t}, x, t);
        if (reduction != NONE && plainPair(x, t)) {   // one pass, no temporaries (the training-loop case)
            Devices.common(x, t);
            Tensor out = x.allocateLike(x.dtype(), new long[0]);
            x.backend().reductions().mseLoss(x.numel(), reduction == MEAN, Reductions.operand(out), Reductions.operand(x), Reductions.operand(t));
            return out;
        }
        Tensor d = x.sub(t);
        return reduce(d.mul_(d), reduction);
    }

    /** 2·(x − t)·g (/ numel for mean): in tensor ops under create_graph, else one pass for a reduced loss. */
    private static Tensor mseGrad(Tensor x, Tensor t, Tensor g, int reduction) {
        if (torch4j.autograd.GradMode.isEnabled() || reduction == NONE || !plainPair(x, t) || g.dtype() != x.dtype())
            return scaled(x.sub(t).mul(2.0), g, reduction);
        Tensor out = x.allocateLike(x.dtype(), x.shape.clone());
        x.backend().reductions().mseLossBackward(x.numel(), reduction == MEAN, Reductions.operand(out), Reductions.operand(x),
                Reductions.operand(t), Reductions.operand(g));
        return out;
    }

    /** Same shape and floating dtype, both contiguous: elementwise by flat index. */
    private static boolean plainPair(Tensor a, Tensor b) {
        return a.dtype() == b.dtype() && a.isFloatingPoint() && java.util.Arrays.equals(a.shape, b.shape) && a.isContiguous() && b.isContiguous();
    }

    /** ½d²/β where |d| < β, else |d| − ½β; β = 0 is plain L1. */
    static Tensor smoothL1(Tensor x, Tensor t, int reduction, double beta) {
        if (beta < 0) throw new IllegalArgumentException("smooth_l1_loss does not support negative values for beta.");
        if (Recording.needed(x, t))
            return Recording.record("SmoothL1LossBackward0", (n, g) -> {
                Tensor d = n.saved(0).sub(n.saved(1));
                return inputAndTarget(n, scaled(Pointwise.where(d.abs().lt(beta), d.div(beta), d.sign()), g, reduction));
            }, () -> smoothL1(x, t, reduction, beta), new Tensor[]{x, t}, x, t);
        Tensor d = x.sub(t).abs();
        return reduce(Pointwise.where(d.lt(beta), d.square().mul(0.5 / beta), d.sub(0.5 * beta)), reduction);
    }

    /** ½d² where |d| < δ, else δ·(|d| − ½δ). */
    static Tensor huber(Tensor x, Tensor t, int reduction, double delta) {
        if (delta <= 0) throw new IllegalArgumentException("huber_loss does not support non-positive values for delta.");
        if (Recording.needed(x, t))
            return Recording.record("HuberLossBackward0", (n, g) -> {
                Tensor d = n.saved(0).sub(n.saved(1));
                return inputAndTarget(n, scaled(d.clamp(-delta, delta), g, reduction));
            }, () -> huber(x, t, reduction, delta), new Tensor[]{x, t}, x, t);
        Tensor d = x.sub(t).abs();
        return reduce(Pointwise.where(d.lt(delta), d.square().mul(0.5), d.sub(0.5 * delta).mul(delta)), reduction);
    }

    /** −w·(t·log x + (1 − t)·log(1 − x)), the logs clamped at −100 as ATen does. */
    static Tensor binaryCrossEntropy(Tensor x, Tensor t, Tensor weight, int reduction) {
        if (Recording.needed(x, t))
            return Recording.record("BinaryCrossEntropyBackward0", (n, g) -> {
                Tensor p = n.saved(0), y = n.saved(1);
                Tensor w = weight == null ? g : g.mul(weight);
                Tensor gx = p.sub(y).div(p.neg().add(1.0).mul(p).clampMin(1e-12));   // (x − t) / max(x(1 − x), ε)
                Tensor gt = logClamped(p.neg().add(1.0)).sub(logClamped(p));         // log(1 − x) − log x
                return new Tensor[]{n.needs(0) ? scaled(gx, w, reduction) : null, n.needs(1) ? scaled(gt, w, reduction) : null};
            }, () -> binaryCrossEntropy(x, t, weight, reduction), new Tensor[]{x, t}, x, t);
        if (x.lt(0.0).logicalOr(x.gt(1.0)).any().booleanValue())
            throw new IllegalArgumentException("all elements of input should be between 0 and 1");
        Tensor loss = t.mul(logClamped(x)).add(t.neg().add(1.0).mul(logClamped(x.neg().add(1.0)))).neg();
        return reduce(weight == null ? loss : loss.mul(weight), reduction);
    }

    private static Tensor logClamped(Tensor p) { return p.log().clampMin(-100.0); }

    /**
     * (1 − t)·x + L·(log(1 + e^(−|x|)) + max(−x, 0)), L = 1 + (posWeight − 1)·t: the stable
     * form of −w·(posWeight·t·log σ(x) + (1 − t)·log(1 − σ(x))).
     */
    static Tensor bceWithLogits(Tensor x, Tensor t, Tensor weight, Tensor posWeight, int reduction) {
        if (Recording.needed(x, t))
            return Recording.record("BinaryCrossEntropyWithLogitsBackward0", (n, g) -> {
                Tensor z = n.saved(0), y = n.saved(1);
                Tensor w = weight == null ? g : g.mul(weight);
                Tensor gx = posWeight == null ? z.sigmoid().sub(y)   // (pw·t + 1 − t)·σ(x) − pw·t
                        : y.mul(posWeight).add(1.0).sub(y).mul(z.sigmoid()).sub(y.mul(posWeight));
                Tensor gt = posWeight == null ? z.neg()              // (pw − 1)·softplus(−x) − x
                        : posWeight.sub(1.0).mul(softplusOfNegative(z)).sub(z);
                return new Tensor[]{n.needs(0) ? scaled(gx, w, reduction) : null, n.needs(1) ? scaled(gt, w, reduction) : null};
            }, () -> bceWithLogits(x, t, weight, posWeight, reduction), new Tensor[]{x, t}, x, t);
        Tensor logWeight = posWeight == null ? null : posWeight.sub(1.0).mul(t).add(1.0);
        Tensor loss = t.neg().add(1.0).mul(x);
        loss = logWeight == null ? loss.add(softplusOfNegative(x)) : loss.add(logWeight.mul(softplusOfNegative(x)));
        return reduce(weight == null ? loss : loss.mul(weight), reduction);
    }

    /** log(1 + e^(−x)) computed as log1p(e^(−|x|)) + max(−x, 0), finite for any x. */
    private static Tensor softplusOfNegative(Tensor x) {
        return x.abs().neg().exp().log1p().add(x.neg().clampMin(0.0));
    }

    /** ATen's {@code mul(Tensor, Scalar)} (the C++ overload composites use): {@code MulBackward1}. */
    static Tensor mulScalar(Tensor x, double s) {
        if (Recording.needed(x))
            return Recording.record("MulBackward1", (n, g) -> new Tensor[]{g.mul(s)}, () -> mulScalar(x, s), new Tensor[]{x});
        return x.mul(s);
    }

    /** ATen's {@code div(Tensor, Scalar)}: {@code DivBackward1}. */
    static Tensor divScalar(Tensor x, double s) {
        if (Recording.needed(x))
            return Recording.record("DivBackward1", (n, g) -> new Tensor[]{g.div(s)}, () -> divScalar(x, s), new Tensor[]{x});
        return x.div(s);
    }
}
