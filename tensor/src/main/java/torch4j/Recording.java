package torch4j;

import java.util.List;
import java.util.function.Supplier;
import torch4j.autograd.GradMode;
import torch4j.autograd.Node;
import torch4j.autograd.SavedTensor;

/**
 * Where ops meet autograd. An op checks {@link #needed} (a field read per input, then the
 * thread's grad mode); only when a graph is needed does it run its forward through
 * {@link #record}, which computes it untracked and attaches an {@link OpNode} with the op's
 * backward formula.
 */
final class Recording {
    private Recording() {}

    static boolean needed(Tensor a) { return a.requiresGrad && GradMode.isEnabled(); }

    static boolean needed(Tensor a, Tensor b) { return (a.requiresGrad || b.requiresGrad) && GradMode.isEnabled(); }

    static boolean needed(Tensor a, Tensor b, Tensor c) { return (a.requiresGrad || b.requiresGrad || c.requiresGrad) && GradMode.isEnabled(); }

    static boolean needed(java.util.List<Tensor> ts) {
        for (Tensor t : ts) if (t.requiresGrad) return GradMode.isEnabled();
        return false;
    }

    /** A backward formula: the inputs' gradients from the output's gradient; saved tensors come from the node. */
    @FunctionalInterface
    interface Formula { Tensor[] apply(OpNode node, Tensor grad); }

    /** The backward of a multi-output op: the inputs' gradients from each output's (null where none arrived). */
    @FunctionalInterface
    interface MultiFormula { Tensor[] apply(OpNode node, Tensor[] grads); }

    /**
     * Makes {@code pieces} (computed untracked) the outputs 0..n-1 of one node over {@code input},
     * as split and unbind are in PyTorch; the pieces are views of the input.
     */
    static List<Tensor> attachPieces(List<Tensor> pieces, String name, MultiFormula formula, Tensor input) {
        Tensor base = input.viewBase != null ? input.viewBase : input;
        OpNode node = new OpNode(name, formula);
        node.connect(input);
        node.setNumOutputs(pieces.size());
        node.setOutputMetadata(input.shape.clone(), input.dtype());
        List<Tensor> out = new java.util.ArrayList<>(pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            Tensor p = pieces.get(k);
            p.gradFn = node;
            p.outputNr = k;
            p.requiresGrad = true;
            p.viewBase = base;
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** A node built from a name, a formula and the tensors it saves. */
    static final class OpNode extends Node {
        private final String name;
        private final Formula formula;
        private final MultiFormula multi;
        private SavedTensor[] saved = new SavedTensor[0];

        OpNode(String name, Formula formula) {
            this.name = name;
            this.formula = formula;
            this.multi = null;
        }

        OpNode(String name, MultiFormula multi) {
            this.name = name;
            this.formula = null;
            this.multi = multi;
        }

        @Override public String name() { return name; }

        @Override protected Tensor[] apply(Tensor[] grads) {
            return multi != null ? multi.apply(this, grads) : formula.apply(this, grads[0]);
        }

        @Override protected void release() { releaseSaved(); }

        void releaseSaved() { for (SavedTensor s : saved) s.release(); }

        /** Saved tensor {@code i}, checked for in-place modification. */
        Tensor saved(int i) { return saved[i].unpack(this); }

        boolean needs(int i) { return needsInputGrad(i); }
    }

    /**
     * Runs {@code forward} without recording, then makes its result the output of a new node
     * {@code name} over {@code inputs}, saving {@code save} (inputs or the output; the output is
     * saved by passing {@link #OUTPUT}).
     */
    static Tensor record(String name, Formula formula, Supplier<Tensor> forward, Tensor[] inputs, Tensor... save) {
        Tensor out;
        boolean previous = GradMode.setEnabled(false);
        try {
            out = forward.get();
        } finally {
            GradMode.setEnabled(previous);
        }
        return attach(out, name, formula, inputs, save);
    }

    /**
     * {@link #record} when an input (any may be null) requires grad and grad mode is on; otherwise
     * {@code forward} runs plainly (with grad off, so a composite forward records nothing).
     */
    static Tensor recordIfNeeded(String name, Formula formula, Supplier<Tensor> forward, Tensor[] inputs, Tensor... save) {
        boolean needed = false;
        for (Tensor t : inputs) needed |= t != null && t.requiresGrad;
        if (!needed || !GradMode.isEnabled()) {
            try (var _ = GradMode.noGrad()) { return forward.get(); }
        }
        return record(name, formula, forward, inputs, save);
    }

    /**
     * {@code out} as the result of an op PyTorch 1.13 has no derivative for: when an input requires
     * grad, it carries a {@code NotImplemented} node whose backward raises {@code message} (PyTorch's
     * "derivative for aten::X is not implemented"); otherwise it is returned as it is.
     */
    static Tensor notDifferentiable(Tensor out, String message, Tensor... inputs) {
        if (!needed(java.util.Arrays.asList(inputs))) return out;
        return attach(out, "NotImplemented", (n, g) -> { throw new IllegalArgumentException(message); }, inputs);
    }

    /** Marker in {@code save} for the op's output. */
    static final Tensor OUTPUT = Tensor.allocate(DType.BOOL, new long[0]);

    static Tensor attach(Tensor out, String name, Formula formula, Tensor[] inputs, Tensor... save) {
        if (!out.dtype().isFloatingPoint()) return out;   // integer and bool results never require grad
        OpNode node = new OpNode(name, formula);
        node.connect(inputs);
        if (out.requiresGrad || out.gradFn != null) out = out.view(out.shape, out.strides, out.offset);   // forward returned an input
        node.setOutputMetadata(out.shape.clone(), out.dtype());
        out.gradFn = node;
        out.outputNr = 0;
        out.requiresGrad = true;
        SavedTensor[] saved = new SavedTensor[save.length];
        for (int i = 0; i < save.length; i++)
            saved[i] = save[i] == OUTPUT ? new SavedTensor(out, true) : new SavedTensor(save[i], false);
        node.saved = saved;
        return out;
    }

    /** Marks the result of a view op on {@code x} as a view of x's base (for in-place writes through it). */
    static Tensor markView(Tensor out, Tensor x) {
        out.viewBase = x.viewBase != null ? x.viewBase : x;
        return out;
    }

    /**
     * An in-place op on {@code self} while a graph is needed: refuses leaves that require grad,
     * hands views to {@link ViewInPlace} (CopySlices), computes the op out of place on a copy of {@code self} that stands in for it in
     * the graph, writes the values back, and rebases {@code self} onto the new node (so
     * {@code y.add_(1)} gives {@code AddBackward0}, as PyTorch).
     */
    static Tensor inPlace(Tensor self, java.util.function.Function<Tensor, Tensor> outOfPlace) {
        if (self.viewBase != null && GradMode.isEnabled()) return ViewInPlace.apply(self.viewBase, self, outOfPlace);
        checkInPlace(self);
        Tensor stand = Conversions.cloneOf(self);
        stand.requiresGrad = self.requiresGrad;
        stand.gradFn = self.gradFn;
        stand.outputNr = self.outputNr;
        stand.accumulator = self.accumulator;
        Tensor result = outOfPlace.apply(stand);
        if (result.dtype() != self.dtype()) Pointwise.checkCast(result.dtype(), self.dtype());
        Conversions.copyInto(self, result);   // bumps the version
        self.gradFn = result.gradFn;
        self.outputNr = result.outputNr;
        self.requiresGrad = result.requiresGrad;
        if (result.gradFn != null) {
            result.gradFn.setOutputMetadata(self.shape.clone(), self.dtype());
            if (self.retainsGrad) { self.retainsGrad = false; self.retainGrad(); }
        }
        return self;
    }

    /**
     * Writes that autograd does not record (copy_, fill_, index assignment) are refused on tensors
     * that are part of a graph, rather than giving silently wrong gradients.
     */
    static void checkUntrackedWrite(Tensor self, Tensor value, String what) {
        boolean graph = self.requiresGrad || (self.viewBase != null && self.viewBase.requiresGrad) || (value != null && value.requiresGrad);
        if (!GradMode.isEnabled() || !graph) return;
        checkInPlace(self);
        if (self.viewBase != null && self.viewBase.requiresGrad && self.viewBase.gradFn == null)
            throw new IllegalStateException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        throw new IllegalStateException("torch4j's autograd does not record " + what + " on tensors that require grad; do it under"
                + " Torch.noGrad() or build the value out of place (torch.where, torch.cat)");
    }

    /** PyTorch's checks before an in-place write when a graph is being recorded. */
    static void checkInPlace(Tensor self) {
        if (!GradMode.isEnabled()) return;
        if (self.requiresGrad && self.gradFn == null)
            throw new IllegalStateException("a leaf Variable that requires grad is being used in an in-place operation.");
    }

    /** Sums a broadcast gradient back to {@code shape} (the backward of expand and of broadcasting). */
    static Tensor sumTo(Tensor g, long[] shape) {
        int lead = g.dim() - shape.length;
        if (lead > 0) {
            long[] dims = new long[lead];
            for (int d = 0; d < lead; d++) dims[d] = d;
            g = g.sum(dims);
        }
        for (int d = 0; d < shape.length; d++)
            if (shape[d] == 1 && g.shape[d] != 1) g = g.sum(d, true);
        return g;
    }
}
