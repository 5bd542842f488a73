package torch4j;

import torch4j.Pointwise.Binary;
import torch4j.Pointwise.Unary;

/**
 * The autograd side of elementwise ops: the shapes of their derivative formulas (written next to
 * each kernel in {@link UnaryOps} / {@link BinaryOps}) and how a call is recorded. Formulas are in
 * Tensor ops, so with {@code createGraph} they build a graph of their own (higher derivatives).
 */
final class PointwiseGrad {
    private PointwiseGrad() {}

    /** Which tensors a formula reads: the inputs, the result, or nothing beyond the gradient. */
    enum Saves { NONE, INPUT, OUTPUT, BOTH }

    /** {@code (grad, input, result) -> grad of input}; input/result are null when not saved. */
    @FunctionalInterface interface UnaryFormula { Tensor apply(Tensor g, Tensor x, Tensor y); }

    /** {@code (grad, a, b, result) -> grad of one operand}. */
    @FunctionalInterface interface BinaryFormula { Tensor apply(Tensor g, Tensor a, Tensor b, Tensor y); }

    record UnaryGrad(String node, Saves saves, UnaryFormula formula) {}

    record BinaryGrad(String node, String scalarNode, Saves saves, BinaryFormula da, BinaryFormula db) {}

    static Tensor record(Unary op, Tensor x) {
        UnaryGrad d = op.grad();
        if (d == null) return untracked(op, x);
        Tensor[] save = switch (d.saves()) {
            case NONE -> new Tensor[0];
            case INPUT -> new Tensor[]{x};
            case OUTPUT -> new Tensor[]{Recording.OUTPUT};
            case BOTH -> new Tensor[]{x, Recording.OUTPUT};
        };
        Saves s = d.saves();
        return Recording.record(d.node(), (n, g) -> new Tensor[]{d.formula().apply(g,
                        s == Saves.INPUT || s == Saves.BOTH ? n.saved(0) : null,
                        s == Saves.OUTPUT ? n.saved(0) : s == Saves.BOTH ? n.saved(1) : null)},
                () -> Pointwise.apply(op, x), new Tensor[]{x}, save);
    }

    static Tensor record(Binary op, Tensor a, Tensor b) {
        BinaryGrad d = op.grad();
        if (d == null) return untracked(op, a, b);
        Saves s = d.saves();
        Tensor[] save = switch (s) {
            case NONE -> new Tensor[0];
            case INPUT -> new Tensor[]{a, b};
            case OUTPUT -> new Tensor[]{Recording.OUTPUT};
            case BOTH -> new Tensor[]{a, b, Recording.OUTPUT};
        };
        // ops with a Scalar overload (fmod, remainder) record only self, as PyTorch's FmodBackward0
        boolean scalarOverload = b.wrappedNumber && d.scalarNode() != null;
        String name = scalarOverload ? d.scalarNode() : d.node();
        return Recording.record(name, (n, g) -> {
            Tensor sa = s == Saves.INPUT || s == Saves.BOTH ? n.saved(0) : null;
            Tensor sb = s == Saves.INPUT || s == Saves.BOTH ? n.saved(1) : null;
            Tensor sy = s == Saves.OUTPUT ? n.saved(0) : s == Saves.BOTH ? n.saved(2) : null;
            return new Tensor[]{n.needs(0) ? d.da().apply(g, sa, sb, sy) : null, n.needs(1) ? d.db().apply(g, sa, sb, sy) : null};
        }, () -> Pointwise.apply(op, a, b), scalarOverload ? new Tensor[]{a} : new Tensor[]{a, b}, save);
    }

    /** Ops with a bool result (comparisons, isnan) are not differentiable and give a tensor without grad. */
    private static Tensor untracked(Unary op, Tensor x) {
        if (op.result() != Pointwise.Result.BOOL)
            throw new IllegalStateException("the derivative for '" + op.name() + "' is not implemented.");
        try (var _ = torch4j.autograd.GradMode.noGrad()) { return Pointwise.apply(op, x); }
    }

    private static Tensor untracked(Binary op, Tensor a, Tensor b) {
        if (op.result() != Pointwise.Result.BOOL)
            throw new IllegalStateException("the derivative for '" + op.name() + "' is not implemented.");
        try (var _ = torch4j.autograd.GradMode.noGrad()) { return Pointwise.apply(op, a, b); }
    }

    /** Zeros shaped like the gradient: the derivative of floor, sign, round and the like. */
    static Tensor zeros(Tensor g) { return Torch.zerosLike(g); }

    /** maximum's gradient for {@code p} against {@code q} (or q's, {@code forP} false): where it won, halved on ties. */
    static Tensor selectMax(Tensor g, Tensor p, Tensor q, boolean forP) {
        Tensor won = forP ? p.ge(q) : q.ge(p);
        return Pointwise.where(p.eq(q), g.div(2.0), g).mul(won);
    }
}
